import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Centrality against the networkx values in the domain notes (§4) on karate and Florentine.
@Suite struct CentralityFixtureTests {
  let florentine: SnapshotNetwork
  let karate: SnapshotNetwork

  init() throws {
    florentine = AnalysisGraph(try TestGraphs.fixture("analysis-florentine.json")).network(.positive, year: 1430)
    karate = AnalysisGraph(try TestGraphs.fixture("analysis-karate.json")).network(.positive, year: 1930)
  }

  @Test func fixturesHaveTheExpectedSize() {
    #expect(florentine.persons.count == 15)
    #expect(florentine.csr.edgeCount == 20)
    #expect(karate.persons.count == 34)
    #expect(karate.csr.edgeCount == 78)
  }

  @Test func betweennessMatchesNetworkx() throws {
    let values = Centrality.betweenness(florentine.csr)
    #expect(abs(try TestGraphs.value(values, "medici", in: florentine) - 0.5220) < 1e-4)
    #expect(abs(try TestGraphs.value(values, "guadagni", in: florentine) - 0.2546) < 1e-4)
    #expect(abs(try TestGraphs.value(values, "albizzi", in: florentine) - 0.2125) < 1e-4)
    let karateValues = Centrality.betweenness(karate.csr)
    #expect(abs(try TestGraphs.value(karateValues, "k00", in: karate) - 0.4376) < 1e-4)
    #expect(abs(try TestGraphs.value(karateValues, "k33", in: karate) - 0.3041) < 1e-4)
  }

  @Test func medicisRawBetweennessIsFortySevenAndAHalf() throws {
    let normalised = try TestGraphs.value(Centrality.betweenness(florentine.csr), "medici", in: florentine)
    #expect(abs(normalised * 14 * 13 / 2 - 47.5) < 1e-9)
  }

  @Test func closenessMatchesNetworkx() throws {
    #expect(abs(try TestGraphs.value(Centrality.closeness(florentine.csr), "medici", in: florentine) - 0.5600) < 1e-4)
    let values = Centrality.closeness(karate.csr)
    #expect(abs(try TestGraphs.value(values, "k00", in: karate) - 0.5690) < 1e-4)
    #expect(abs(try TestGraphs.value(values, "k33", in: karate) - 0.5500) < 1e-4)
  }

  @Test func pageRankMatchesNetworkxWeightedAndUnweighted() throws {
    #expect(abs(try TestGraphs.value(Centrality.pageRank(florentine.csr), "medici", in: florentine) - 0.1458) < 1e-4)
    #expect(abs(try TestGraphs.value(Centrality.pageRank(karate.csr), "k00", in: karate) - 0.0885) < 1e-4)
    let unit = CSRGraph(
      nodeCount: karate.csr.nodeCount, directed: false, offsets: karate.csr.offsets, targets: karate.csr.targets,
      weights: karate.csr.weights.map { _ in 1 })
    #expect(abs(try TestGraphs.value(Centrality.pageRank(unit), "k00", in: karate) - 0.0970) < 1e-4)
  }

  @Test func eigenvectorMatchesNetworkx() throws {
    #expect(abs(try TestGraphs.value(Centrality.eigenvector(florentine.csr), "medici", in: florentine) - 0.4303) < 1e-4)
    let unit = CSRGraph(
      nodeCount: karate.csr.nodeCount, directed: false, offsets: karate.csr.offsets, targets: karate.csr.targets,
      weights: karate.csr.weights.map { _ in 1 })
    let values = Centrality.eigenvector(unit)
    #expect(abs(try TestGraphs.value(values, "k00", in: karate) - 0.3555) < 1e-4)
    #expect(abs(try TestGraphs.value(values, "k33", in: karate) - 0.3734) < 1e-4)
  }

  @Test func pageRankSumsToOne() {
    #expect(abs(Centrality.pageRank(karate.csr).reduce(0, +) - 1) < 1e-9)
  }
}
