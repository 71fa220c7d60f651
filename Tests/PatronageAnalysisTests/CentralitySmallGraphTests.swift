import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Centrality on small graphs whose values are worked out by hand (domain notes §4).
@Suite struct CentralitySmallGraphTests {
  static func graph(_ n: Int, _ edges: [(Int32, Int32)], directed: Bool) -> CSRGraph {
    CSRGraph(nodeCount: n, edges: edges.map { ($0.0, $0.1, 1) }, directed: directed)
  }

  @Test func directedPathMiddleNodeHasBetweennessOneHalf() {
    let values = Centrality.betweenness(Self.graph(3, [(0, 1), (1, 2)], directed: true))
    #expect(values == [0, 0.5, 0])
  }

  @Test func closenessWithTheReachabilityCorrection() {
    let values = Centrality.closeness(Self.graph(5, [(0, 1), (1, 2), (3, 4)], directed: false))
    let expected = [1.0 / 3, 0.5, 1.0 / 3, 0.25, 0.25]
    #expect(zip(values, expected).allSatisfy { abs($0 - $1) < 1e-12 })
    let directed = Centrality.closeness(Self.graph(3, [(0, 1), (1, 2)], directed: true))
    #expect(zip(directed, [0, 0.5, 2.0 / 3]).allSatisfy { abs($0 - $1) < 1e-12 })
  }

  @Test func pageRankWithADanglingNode() {
    let values = Centrality.pageRank(Self.graph(4, [(0, 1), (1, 2), (2, 0), (0, 3)], directed: true))
    let expected = [0.3079, 0.2138, 0.2646, 0.2138]
    #expect(zip(values, expected).allSatisfy { abs($0 - $1) < 1e-4 })
  }

  @Test func pnIndexMatchesSignnet() {
    let values = Centrality.pnIndex(SignedPartitionTests.graph(SignedPartitionTests.testMatrix))
    let expected = [0.9010, 0.8613, 0.9077, 0.8613, 0.8411, 0.8497, 0.8617, 0.9016, 0.8510, 0.9073]
    #expect(zip(values, expected).allSatisfy { abs($0 - $1) < 1e-4 })
  }

  @Test func starCentreHasAllTheBetweenness() {
    let values = Centrality.betweenness(Self.graph(4, [(0, 1), (0, 2), (0, 3)], directed: false))
    #expect(values == [1, 0, 0, 0])
    let third = 1.0 / 3
    let degree = Centrality.degree(Self.graph(4, [(0, 1), (0, 2), (0, 3)], directed: false))
    #expect(degree == [1, third, third, third])
  }

  @Test func emptyAndOneNodeGraphsDoNotCrash() {
    let empty = Self.graph(0, [], directed: false)
    #expect(Centrality.betweenness(empty).isEmpty && Centrality.pageRank(empty).isEmpty)
    #expect(Centrality.eigenvector(empty).isEmpty && Centrality.pnIndex(empty).isEmpty)
    let one = Self.graph(1, [], directed: false)
    #expect(Centrality.degree(one) == [1])
    #expect(Centrality.betweenness(one) == [0] && Centrality.closeness(one) == [0])
    #expect(Centrality.pageRank(one) == [1] && Centrality.eigenvector(one) == [1])
  }

  @Test func repeatedTiesSumTheirWeightsAndWeightsFollowEvidence() throws {
    let graph = try TestGraphs.graph([
      TestGraphs.allied("a", "b", 1920...1921, sentences: 3),
      TestGraphs.appointed(.person("a"), "b", "office", 1920),
      TestGraphs.opposed("b", "c", 1920...1920),
    ])
    let network = AnalysisGraph(graph).network(.positive, year: 1920)
    #expect(network.persons == ["a", "b", "c"])
    #expect(network.edges.count == 1)
    #expect(network.edges.first?.2 == 4)
    let signed = AnalysisGraph(graph).network(.signed, year: 1920)
    #expect(signed.edges.map(\.2) == [3, -1])
    let patronage = AnalysisGraph(graph).network(.patronage, year: 1921)
    #expect(patronage.edges.map { "\($0.0)>\($0.1)" } == ["a>b"])
  }

  @Test func anEmptyYearGivesAnEmptyReport() throws {
    let graph = try TestGraphs.graph(
      [
        TestGraphs.allied("a", "b", 1920...1920), TestGraphs.allied("b", "c", 1923...1923),
      ], extraPersons: ["isolated"])
    let analysis = AnalysisGraph(graph)
    let report = CentralityReport(
      network: analysis.network(.positive, year: 1921), signed: analysis.network(.signed, year: 1921))
    #expect(report.persons.isEmpty && report.edges.isEmpty && report.signedEdges == [])
    let lone = CentralityReport(network: analysis.network(.patronage, year: 1920), signed: nil)
    #expect(lone.persons.map(\.id) == ["a", "b"] && lone.edges.isEmpty)
    #expect(lone.persons.allSatisfy { $0.betweenness == 0 && $0.pagerank == 0.5 && $0.pn == nil })
  }

  @Test func everyYearsNetworkMatchesTheSingleYearOne() throws {
    let graph = try TestGraphs.graph([
      TestGraphs.allied("a", "b", 1920...1922), TestGraphs.allied("b", "c", 1922...1923),
      TestGraphs.appointed(.person("c"), "d", "office", 1921), TestGraphs.expelled("d", from: "office", 1922),
    ])
    let analysis = AnalysisGraph(graph)
    let all = analysis.networks(.positive)
    #expect(all.map(\.year) == [1920, 1921, 1922, 1923])
    for network in all {
      let single = analysis.network(.positive, year: network.year ?? 0)
      #expect(single.persons == network.persons)
      #expect(single.csr == network.csr)
    }
    #expect(all[3].persons == ["b", "c"])
  }
}
