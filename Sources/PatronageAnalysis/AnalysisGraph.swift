import Dispatch
import PatronageCore

/// A graph prepared for analysis: persons interned to dense indices and every relation reduced
/// to the endpoints and weight the networks need.
///
/// Person `i` is `persons[i]`; indices follow id order, so they are the same on every run.
/// Build it once per graph and take as many ``SnapshotNetwork``s from it as needed.
public struct AnalysisGraph: Sendable {
  /// The graph analysed.
  public let graph: PatronageGraph
  /// Person ids in id order; a person's index is its position here.
  public let persons: [PersonID]
  /// Per relation (graph order): the source person's index, or -1 when the source is not a person.
  let sourceIndex: [Int32]
  /// Per relation: the target person's index.
  let targetIndex: [Int32]
  /// Per relation: its tie weight, see ``tieWeight(of:)``.
  let relationWeight: [Double]
  /// Per relation: its kind (kept apart so building networks never touches the relations themselves).
  let relationKind: [RelationKind]
  /// Per relation: the years it is in force (``PatronageGraph/activeYears(ofRelationAt:)``).
  let relationYears: [ClosedRange<Int>?]
  /// The graph's ``PatronageGraph/yearRange``, computed once.
  public let yearRange: ClosedRange<Int>?

  /// Interns the graph's persons and prepares every relation.
  ///
  /// - Complexity: O(p + r) for p persons and r relations (after the graph's own lookups).
  public init(_ graph: PatronageGraph) {
    self.graph = graph
    persons = graph.persons.map(\.id)
    var lookup: [PersonID: Int32] = [:]
    lookup.reserveCapacity(persons.count)
    for (index, id) in persons.enumerated() { lookup[id] = Int32(index) }
    var sources = [Int32](repeating: -1, count: graph.relations.count)
    var targets = [Int32](repeating: -1, count: graph.relations.count)
    var weights = [Double](repeating: 0, count: graph.relations.count)
    for (index, relation) in graph.relations.enumerated() {
      if let source = relation.source?.person { sources[index] = lookup[source] ?? -1 }
      targets[index] = lookup[relation.target] ?? -1
      weights[index] = Self.tieWeight(of: relation)
    }
    sourceIndex = sources
    targetIndex = targets
    relationWeight = weights
    relationKind = graph.relations.map(\.kind)
    relationYears = graph.relations.indices.map(graph.activeYears(ofRelationAt:))
    yearRange = graph.yearRange
  }

  /// The weight a relation gives its tie: its confidence times the number of sentences stating
  /// it (at least one), so a tie stated three times with confidence 0.9 weighs 2.7.
  public static func tieWeight(of relation: Relation) -> Double {
    relation.confidence * Double(max(1, relation.evidence.count))
  }

  /// The index of a person, if the graph has it.
  public func index(of person: PersonID) -> Int? {
    persons.sortedIndex(of: person)
  }

  /// The network of one kind among the relations in force in `year`.
  public func network(_ kind: NetworkKind, year: Int) -> SnapshotNetwork {
    network(kind, relationIndices: graph.snapshot(year: year).relationIndices, year: year)
  }

  /// The networks of one kind for every year of the graph's span, in year order.
  ///
  /// The relations are bucketed by year once (``YearBuckets``); years are built in parallel, each from its own
  /// relations, so the result does not depend on scheduling.
  ///
  /// - Complexity: O(r + y·p/64 + s + m log d) for r relations, y years, p persons, s relation-years and m arcs
  ///   in all networks (d: the largest degree).
  public func networks(_ kind: NetworkKind) -> [SnapshotNetwork] {
    guard let range = yearRange else { return [] }
    let ties = self.ties(kind)
    let buckets = YearBuckets(activeYears: relationYears, range: range) { ties[$0] }
    let results = UnsafeMutableBufferPointer<SnapshotNetwork?>.allocate(capacity: range.count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let slots = results
    let blocks = min(8, range.count)
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      var builder = NetworkBuilder(personCount: persons.count)
      for index in stride(from: block, to: range.count, by: blocks) {
        let year = range.lowerBound + index
        slots[index] = builder.network(kind, ties: buckets[year], year: year, in: self)
      }
    }
    return results.compactMap(\.self)
  }

  /// The network of one kind over every relation of the graph, dated or not (`year` is nil).
  public func aggregateNetwork(_ kind: NetworkKind) -> SnapshotNetwork {
    network(kind, relationIndices: Array(graph.relations.indices), year: nil)
  }

  /// The network of one kind over the given relations.
  public func network(_ kind: NetworkKind, relationIndices: [Int], year: Int?) -> SnapshotNetwork {
    var builder = NetworkBuilder(personCount: persons.count)
    let ties = self.ties(kind)
    return builder.network(kind, ties: relationIndices.map { ties[$0] }[...], year: year, in: self)
  }
}

extension CSRGraph {
  /// The graph without arcs whose weights cancelled out to zero.
  func droppingZeroWeights() -> CSRGraph {
    guard weights.contains(0) else { return self }
    var offsets = [0]
    var targets: [Int32] = []
    var weights: [Double] = []
    for node in 0..<nodeCount {
      for arc in self.offsets[node]..<self.offsets[node + 1] where self.weights[arc] != 0 {
        targets.append(self.targets[arc])
        weights.append(self.weights[arc])
      }
      offsets.append(targets.count)
    }
    return CSRGraph(nodeCount: nodeCount, directed: isDirected, offsets: offsets, targets: targets, weights: weights)
  }
}

extension RelationKind {
  /// The kind's position in `allCases`.
  var ordinal: Int {
    switch self {
    case .appointed: 0
    case .allied: 1
    case .opposed: 2
    case .expelled: 3
    }
  }
}
