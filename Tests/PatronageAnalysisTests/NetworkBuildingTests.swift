import PatronageCore
import Testing

@testable import PatronageAnalysis

/// The year bucketing and the direct CSR builder against the plain definitions: a per-year filter over every
/// relation, and `CSRGraph(nodeCount:edges:directed:)` on the snapshot's edges in relation order.
@Suite struct NetworkBuildingTests {
  /// Open and closed spans, an open tenure, an expulsion, deaths cutting ties short, and a gap between periods.
  static func spansGraph() throws -> PatronageGraph {
    try TestGraphs.graph(
      [
        TestGraphs.allied("ana", "boris", 1920...1925),
        TestGraphs.opposed("ana", "clara", 1921...1921),
        TestGraphs.allied("boris", "dmitri", 1922...1930),
        TestGraphs.appointed(.person("ana"), "clara", "bureau", 1923),
        TestGraphs.appointed(.institution("congress"), "dmitri", "council", 1924),
        TestGraphs.expelled("clara", from: "bureau", 1926),
        TestGraphs.opposed("boris", "elena", 1940...1941),
      ],
      deaths: ["ana": 1924])
  }

  /// A seeded random graph with repeated pairs across kinds and offices and one hub with many ties a year.
  static func randomGraph(seed: UInt64) throws -> PatronageGraph {
    var random = SplitMix64(seed: seed)
    let names = (0..<30).map { "p\($0 < 10 ? "0" : "")\($0)" }
    var ties: [TestGraphs.Tie] = []
    for _ in 0..<400 {
      let a = names[Int.random(in: 0..<names.count, using: &random)]
      let b = names[Int.random(in: 0..<names.count, using: &random)]
      guard a != b else { continue }
      let start = Int.random(in: 1920...1930, using: &random)
      let years = start...(start + Int.random(in: 0...4, using: &random))
      var tie: TestGraphs.Tie
      switch Int.random(in: 0..<4, using: &random) {
      case 0: tie = TestGraphs.allied(a, b, years, sentences: Int.random(in: 1...3, using: &random))
      case 1: tie = TestGraphs.opposed(a, b, years)
      case 2: tie = TestGraphs.appointed(.person(PersonID(rawValue: a)), b, "office\(start % 3)", start)
      default: tie = TestGraphs.expelled(b, from: "office0", start)
      }
      tie.confidence = Double(Int.random(in: 1...10, using: &random)) / 10
      ties.append(tie)
    }
    for index in 0..<40 { ties.append(TestGraphs.allied("hub", "leaf\(index)", 1925...1926)) }
    ties.append(TestGraphs.allied("p01", "p02", 1927...1927))
    ties.append(TestGraphs.opposed("p01", "p02", 1927...1927))
    return try TestGraphs.graph(ties, deaths: ["p03": 1924])
  }

  /// A snapshot network built the plain way: persons of the year's relations, edges in relation order.
  static func reference(_ kind: NetworkKind, year: Int, in analysis: AnalysisGraph) -> SnapshotNetwork {
    let snapshot = analysis.graph.snapshot(year: year)
    let persons = snapshot.persons
    let local = Dictionary(uniqueKeysWithValues: persons.enumerated().map { ($1, Int32($0)) })
    var edges: [(Int32, Int32, Double)] = []
    for relation in snapshot.relations {
      guard let source = relation.source?.person, let sign = kind.sign(of: relation.kind),
        let u = local[source], let v = local[relation.target]
      else { continue }
      edges.append((u, v, sign * AnalysisGraph.tieWeight(of: relation)))
    }
    var csr = CSRGraph(nodeCount: persons.count, edges: edges, directed: kind.isDirected)
    if kind == .signed { csr = csr.droppingZeroWeights() }
    return SnapshotNetwork(
      kind: kind, year: year, persons: persons, graphIndices: persons.map { Int32(analysis.index(of: $0) ?? -1) },
      csr: csr)
  }

  @Test func bucketsHoldWhatAPerYearFilterFinds() throws {
    let graph = try Self.spansGraph()
    let analysis = AnalysisGraph(graph)
    let range = try #require(analysis.yearRange)
    let buckets = YearBuckets(activeYears: analysis.relationYears, range: range) { $0 }
    for year in (range.lowerBound - 2)...(range.upperBound + 2) {
      let filtered = graph.relations.indices.filter { graph.activeYears(ofRelationAt: $0)?.contains(year) ?? false }
      #expect(Array(buckets[year]) == (range.contains(year) ? filtered : []), "year \(year)")
    }
    func ties(of person: PersonID, in year: Int) -> Int {
      buckets[year].filter { graph.relations[$0].kind.isSymmetric && graph.relations[$0].persons.contains(person) }
        .count
    }
    #expect(ties(of: "ana", in: 1924) == 1)
    #expect(ties(of: "ana", in: 1925) == 0, "ana died in 1924")
    #expect(buckets[1935].isEmpty)
  }

  @Test func bucketsOfANarrowerRangeClipLongSpans() throws {
    let graph = try Self.spansGraph()
    let analysis = AnalysisGraph(graph)
    let buckets = YearBuckets(activeYears: analysis.relationYears, range: 1923...1924) { $0 }
    #expect(buckets.offsets.count == 3)
    #expect(Array(buckets[1923]) == graph.snapshot(year: 1923).relationIndices)
    #expect(buckets[1922].isEmpty && buckets[1925].isEmpty)
  }

  @Test(arguments: NetworkKind.allCases, [UInt64(1), 2, 3])
  func everyYearsNetworkMatchesThePlainConstruction(kind: NetworkKind, seed: UInt64) throws {
    let analysis = AnalysisGraph(try Self.randomGraph(seed: seed))
    let networks = analysis.networks(kind)
    let range = try #require(analysis.yearRange)
    #expect(networks.map(\.year) == range.map(Optional.some))
    for network in networks {
      let year = try #require(network.year)
      let expected = Self.reference(kind, year: year, in: analysis)
      #expect(network.persons == expected.persons, "\(kind) \(year)")
      #expect(network.graphIndices == expected.graphIndices, "\(kind) \(year)")
      #expect(network.csr == expected.csr, "\(kind) \(year)")
      #expect(analysis.network(kind, year: year).csr == expected.csr)
    }
    if kind != .patronage {
      #expect(networks.contains { $0.csr.degrees.max() ?? 0 > 32 }, "the hub takes the sorting branch")
    }
  }

  @Test func cancellingSignedTiesAreDropped() throws {
    let analysis = AnalysisGraph(
      try TestGraphs.graph([
        TestGraphs.allied("ana", "boris", 1920...1920), TestGraphs.opposed("ana", "boris", 1920...1920),
      ]))
    let network = analysis.networks(.signed)[0]
    #expect(network.persons == ["ana", "boris"])
    #expect(network.csr.edgeCount == 0)
    #expect(analysis.networks(.positive)[0].csr.edgeCount == 1)
  }

  @Test func mergingSortsArcsAndSumsRepeatsInOrder() {
    var offsets = [0, 4, 5]
    var heads: [Int32] = [3, 1, 3, 2, 0]
    var weights = [0.1, 0.2, 0.3, 0.4, 0.5]
    AnalysisGraph.NetworkBuilder.sortAndMerge(offsets: &offsets, heads: &heads, weights: &weights)
    #expect(offsets == [0, 3, 4])
    #expect(heads == [1, 2, 3, 0])
    #expect(weights == [0.2, 0.4, 0.1 + 0.3, 0.5])
  }
}
