import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Faction matching, switches, events and stability on hand-made multi-year graphs.
@Suite struct FactionTimelineTests {
  typealias T = TestGraphs

  /// Two camps in 1920; in 1922 `c` has crossed over to `d` and `e`. Statements of the same tie
  /// merge into one relation spanning both years, so a–b, d–e and a–d stay in force in 1921.
  static func crossing() throws -> PatronageGraph {
    try T.graph([
      T.allied("a", "b", 1920...1920), T.allied("a", "c", 1920...1920), T.allied("b", "c", 1920...1920),
      T.allied("d", "e", 1920...1920), T.opposed("a", "d", 1920...1920), T.opposed("c", "d", 1920...1920),
      T.opposed("b", "e", 1920...1920),
      T.allied("a", "b", 1922...1922, sentences: 2), T.allied("d", "e", 1922...1922),
      T.allied("c", "d", 1922...1922), T.allied("c", "e", 1922...1922), T.opposed("a", "c", 1922...1922),
      T.opposed("b", "c", 1922...1922), T.opposed("a", "d", 1922...1922),
    ])
  }

  @Test func campsAreFoundAndMatched() throws {
    let timeline = FactionTimeline(AnalysisGraph(try Self.crossing()))
    #expect(timeline.years.map(\.year) == [1920, 1921, 1922])
    #expect(timeline.years[1].factions.map(\.members) == [["a", "b"], ["d", "e"]])
    let first = try #require(timeline.years.first)
    #expect(first.factions.map(\.members) == [["a", "b", "c"], ["d", "e"]])
    #expect(first.factions.map(\.id) == ["F1", "F2"])
    #expect(first.frustratedTies == 0)
    let last = try #require(timeline.years.last)
    #expect(last.factions.map(\.members) == [["c", "d", "e"], ["a", "b"]])
    #expect(last.factions.map(\.id) == ["F2", "F1"])
  }

  @Test func theCrossingIsASwitchWithItsEvidence() throws {
    let timeline = FactionTimeline(AnalysisGraph(try Self.crossing()))
    #expect(timeline.switches.count == 1)
    let crossing = try #require(timeline.switches.first)
    #expect(crossing.person == "c")
    #expect((crossing.year, crossing.previousYear, crossing.from, crossing.to) == (1922, 1920, "F1", "F2"))
    let reasons = crossing.evidence.map { "\($0.kind.rawValue):\($0.with)" }.sorted()
    #expect(reasons == ["allied:d", "allied:e", "opposed:a", "opposed:b"])
    #expect(crossing.evidence.allSatisfy { !$0.evidence.isEmpty })
  }

  @Test func factionsAreNamedAfterTheirBestConnectedMember() throws {
    let timeline = FactionTimeline(AnalysisGraph(try Self.crossing()))
    let last = try #require(timeline.years.last)
    #expect(last.factions.map(\.leader) == ["d", "a"])
    #expect(last.factions.first?.name == "D's group")
  }

  @Test func stabilityComparesSharedPersons() throws {
    let timeline = FactionTimeline(AnalysisGraph(try Self.crossing()))
    #expect(timeline.stability.map(\.year) == [1921, 1922])
    let step = try #require(timeline.stability.first)
    #expect(step.shared == 4 && step.entrants.isEmpty && step.exits == ["c"])
    #expect(step.adjustedRand == 1 && step.nmi == 1)
    #expect(timeline.stability.last?.entrants == ["c"])
  }

  @Test func birthsMergesSplitsAndDeaths() throws {
    let graph = try T.graph([
      T.allied("a", "b", 1930...1932), T.allied("c", "d", 1930...1932), T.opposed("a", "c", 1930...1930),
      T.allied("a", "c", 1931...1931), T.allied("a", "d", 1931...1931), T.allied("b", "c", 1931...1931),
      T.allied("b", "d", 1931...1931), T.opposed("b", "d", 1932...1932),
      T.allied("e", "f", 1934...1934),
    ])
    let timeline = FactionTimeline(AnalysisGraph(graph))
    #expect(timeline.years.map { $0.factions.map(\.id) } == [["F1", "F2"], ["F1"], ["F1", "F3"], ["F4"]])
    let events = timeline.events.map { "\($0.year) \($0.kind.rawValue) \($0.faction) \($0.factions)" }
    #expect(
      events == [
        "1930 birth F1 []", "1930 birth F2 []", "1931 merge F1 [\"F2\"]", "1932 split F1 [\"F3\"]",
        "1934 death F1 []", "1934 death F3 []", "1934 birth F4 []",
      ])
    #expect(timeline.switches.map(\.person) == ["c", "d", "c", "d"])
  }

  @Test func sensitivityRepeatsTheMatchingAtOtherThresholds() throws {
    let timeline = FactionTimeline(AnalysisGraph(try Self.crossing()))
    let atDefault = try #require(timeline.sensitivity.first { $0.theta == 0.3 })
    #expect(atDefault.switches == timeline.switches.count && atDefault.births == 2)
    #expect(timeline.sensitivity.map(\.theta) == FactionTimeline.sensitivityThetas)
  }

  @Test func yearsWithoutSignedTiesHaveNoFactions() throws {
    let graph = try T.graph([T.appointed(.person("a"), "b", "office", 1920)], extraPersons: ["lonely"])
    let timeline = FactionTimeline(AnalysisGraph(graph))
    #expect(timeline.years.isEmpty && timeline.switches.isEmpty && timeline.stability.isEmpty)
    #expect(timeline.factions(in: 1920).factions.isEmpty)
  }

  @Test func partitionComparisonFixture() {
    #expect(abs(PartitionComparison.adjustedRand([0, 0, 1, 1], [0, 0, 0, 1])) < 1e-12)
    #expect(abs(PartitionComparison.normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 1]) - 0.3437) < 1e-4)
    #expect(PartitionComparison.adjustedRand([0, 1, 1], [5, 7, 7]) == 1)
    #expect(PartitionComparison.normalizedMutualInformation([0, 0], [3, 3]) == 1)
    #expect(PartitionComparison.normalizedMutualInformation([0, 0], [0, 1]) == 0)
  }
}
