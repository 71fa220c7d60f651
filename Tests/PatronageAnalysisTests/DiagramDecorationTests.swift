import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Decorations for diagrams: faction colours that follow factions, sizes and top patrons.
@Suite struct DiagramDecorationTests {
  @Test func coloursFollowFactionsAcrossYears() throws {
    let analysis = AnalysisGraph(try FactionTimelineTests.crossing())
    let decorations = DiagramDecorations.byYear(analysis)
    #expect(decorations.map(\.year) == [1920, 1921, 1922])
    let first = try #require(decorations.first)
    let last = try #require(decorations.last)
    #expect(first.fill["a"] == first.fill["b"] && first.fill["a"] != first.fill["d"])
    #expect(last.fill["c"] == first.fill["d"])
    #expect(last.faction["c"] == "F2")
  }

  @Test func sizesGrowWithCentralityAndTopPatronsAreMarked() throws {
    let graph = try TestGraphs.graph([
      TestGraphs.appointed(.person("boss"), "a", "x", 1930), TestGraphs.appointed(.person("boss"), "b", "y", 1930),
      TestGraphs.appointed(.person("a"), "c", "z", 1930),
    ])
    let decoration = try #require(DiagramDecorations.byYear(AnalysisGraph(graph)).first)
    #expect(decoration.topPatrons == ["boss", "a"])
    let boss = try #require(decoration.scale["boss"])
    let leaf = try #require(decoration.scale["b"])
    #expect(boss > leaf && leaf >= 1 && boss <= 2)
  }
}
