import Dispatch
import Foundation
import PatronageCore

/// Factions per year, matched across years into dynamic factions with stable ids, with every
/// switch, event and stability score.
public struct FactionTimeline: Sendable, Equatable, Codable {
  /// Networks up to this many persons with signed ties are partitioned exhaustively.
  public static let exactLimit = 10

  public var years: [FactionYear]
  public var switches: [FactionSwitch]
  public var events: [FactionEvent]
  public var stability: [FactionStability]
  /// How the counts of switches and events change with the matching threshold θ.
  public var sensitivity: [ThetaSensitivity]

  /// The thresholds ``sensitivity`` reports.
  public static let sensitivityThetas = [0.1, 0.2, 0.3, 0.4, 0.5]

  /// Partitions the signed network of every year in `years` (default: the graph's span) and
  /// matches factions across years with Jaccard overlap at least `theta`.
  ///
  /// Years in which nobody has a signed tie have no factions and are skipped by the matching.
  /// - Complexity: per year, O(Bₙ·m) up to ``exactLimit`` persons, else the Louvain heuristic's.
  public init(_ analysis: AnalysisGraph, years: ClosedRange<Int>? = nil, theta: Double = 0.3) {
    let networks = analysis.networks(.signed)
      .filter { network in years.map { $0.contains(network.year ?? .min) } ?? true }
    let partitions = Self.partitions(networks, graph: analysis.graph)
    (self.years, events) = Self.match(partitions, theta: theta)
    switches = Self.switches(in: self.years, graph: analysis)
    stability = zip(self.years, self.years.dropFirst()).map { Self.stability(from: $0, to: $1) }
    sensitivity = Self.sensitivityThetas.map { value in
      let (matched, events) = Self.match(partitions, theta: value)
      func count(_ kind: FactionEvent.Kind) -> Int { events.filter { $0.kind == kind }.count }
      return ThetaSensitivity(
        theta: value, switches: Self.switchCount(in: matched), births: count(.birth),
        deaths: count(.death), merges: count(.merge), splits: count(.split))
    }
  }

  /// The number of switches, as ``switches(in:graph:)`` finds them, without collecting evidence.
  static func switchCount(in years: [FactionYear]) -> Int {
    var last: [PersonID: String] = [:]
    var count = 0
    for year in years {
      for faction in year.factions {
        for member in faction.members {
          if let previous = last[member], previous != faction.id { count += 1 }
          last[member] = faction.id
        }
      }
    }
    return count
  }

  /// Gives the partitions dynamic faction ids by matching with threshold `theta`.
  static func match(_ partitions: [FactionYear], theta: Double) -> ([FactionYear], [FactionEvent]) {
    var matcher = FactionMatcher(theta: theta)
    let matched = partitions.map { matcher.assignIDs(to: $0) }
    return (matched, matcher.events)
  }

  /// The factions of every network (years in parallel on all cores; each year's result depends on
  /// that year alone, so the output does not depend on scheduling).
  static func partitions(_ networks: [SnapshotNetwork], graph: PatronageGraph) -> [FactionYear] {
    let results = UnsafeMutableBufferPointer<FactionYear?>.allocate(capacity: networks.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: networks.count) { index in
      slots[index] = partition(networks[index], graph: graph)
    }
    return results.compactMap(\.self)
  }

  /// The factions of one year, with faction ids still local ("0", "1", …); nil if nobody has a signed tie.
  static func partition(_ network: SnapshotNetwork, graph: PatronageGraph) -> FactionYear? {
    let active = (0..<network.csr.nodeCount).filter { network.csr.offsets[$0 + 1] > network.csr.offsets[$0] }
    guard let year = network.year, !active.isEmpty else { return nil }
    let sub = network.csr.induced(active)
    let exact = active.count <= exactLimit
    let result = exact ? SignedPartition.optimum(sub) : SignedPartition.louvain(sub)
    let frustration = SignedPartition.frustration(sub, labels: result.labels)
    let strength = LayerStrengths(sub).positive
    var groups: [Int: [Int]] = [:]
    for (node, label) in result.labels.enumerated() { groups[label, default: []].append(node) }
    let factions = groups.values.map { nodes in
      let leaderNode = nodes.min { (-strength[$0], $0) < (-strength[$1], $1) } ?? nodes[0]
      let leader = network.persons[active[leaderNode]]
      return Faction(
        id: "", name: "\(graph.person(leader)?.name ?? leader.rawValue)'s group", leader: leader,
        members: nodes.map { network.persons[active[$0]] })
    }.sorted { ($1.members.count, $0.members[0]) < ($0.members.count, $1.members[0]) }
    return FactionYear(
      year: year, frustration: frustration.weight, frustratedTies: frustration.ties,
      modularity: result.modularity, balance: SignedPartition.triangleBalance(sub), exact: exact, factions: factions)
  }

  /// ARI and NMI between two years on the persons they share.
  static func stability(from previous: FactionYear, to current: FactionYear) -> FactionStability {
    let before = previous.membership
    let after = current.membership
    let shared = before.keys.filter { after[$0] != nil }.sorted()
    let a = shared.compactMap { before[$0] }.map(FactionMatcher.ordinal)
    let b = shared.compactMap { after[$0] }.map(FactionMatcher.ordinal)
    return FactionStability(
      year: current.year, previousYear: previous.year,
      adjustedRand: PartitionComparison.adjustedRand(a, b),
      nmi: PartitionComparison.normalizedMutualInformation(a, b), shared: shared.count,
      entrants: after.keys.filter { before[$0] == nil }.sorted(),
      exits: before.keys.filter { after[$0] == nil }.sorted())
  }

  /// The timeline as compact JSON with sorted keys.
  public func jsonData() -> Data { AnalysisJSON.encode(self) }
}

extension FactionYear {
  /// Each member's faction id.
  public var membership: [PersonID: String] {
    var result: [PersonID: String] = [:]
    for faction in factions { for member in faction.members { result[member] = faction.id } }
    return result
  }

  /// The year as compact JSON with sorted keys.
  public func jsonData() -> Data { AnalysisJSON.encode(self) }
}

extension CSRGraph {
  /// The subgraph on `nodes` (sorted, distinct), renumbered 0..<nodes.count.
  func induced(_ nodes: [Int]) -> CSRGraph {
    var local = [Int32](repeating: -1, count: nodeCount)
    for (index, node) in nodes.enumerated() { local[node] = Int32(index) }
    var offsets = [0]
    var targets: [Int32] = []
    var weights: [Double] = []
    for node in nodes {
      for arc in self.offsets[node]..<self.offsets[node + 1] where local[Int(self.targets[arc])] >= 0 {
        targets.append(local[Int(self.targets[arc])])
        weights.append(self.weights[arc])
      }
      offsets.append(targets.count)
    }
    return CSRGraph(nodeCount: nodes.count, directed: isDirected, offsets: offsets, targets: targets, weights: weights)
  }
}
