import PatronageAnalysis
import PatronageCore
import PatronageRendering

/// Everything the build and the report compute per year: factions, centrality, appointment control
/// and the diagrams' decorations, for the years in which some relation is in force.
public struct YearlyAnalysis: Sendable {
  /// The graph analysed.
  public let graph: PatronageGraph
  /// The years with a relation in force, ascending (a corpus may mix centuries: empty years are left out).
  public let years: [Int]
  /// Factions per active year, matched across years.
  public let timeline: FactionTimeline
  /// Centrality on the positive-tie network (PN index on the signed one), one report per active year.
  public let centrality: [CentralityReport]
  /// Who controlled appointments, per active year and over the span.
  public let appointments: AppointmentReport
  /// What the analysis shows on each year's diagram, by year.
  public let decorations: [Int: YearDecoration]

  /// Analyses every active year of `graph`; nil when no relation is dated.
  ///
  /// - Complexity: dominated by betweenness and closeness per year, O(n·m).
  public init?(_ graph: PatronageGraph) {
    let years = graph.activeYears
    guard let first = years.first, let last = years.last else { return nil }
    let analysis = AnalysisGraph(graph)
    let active = Set(years)
    var timeline = FactionTimeline(analysis)
    timeline.years.removeAll { !active.contains($0.year) }
    centrality = zip(analysis.networks(.positive), analysis.networks(.signed))
      .filter { active.contains($0.0.year ?? .min) }
      .map { CentralityReport(network: $0.0, signed: $0.1) }
    var appointments = AppointmentControl(graph).report(years: first...last)
    appointments.years.removeAll { !active.contains($0.year ?? .min) }
    self.graph = graph
    self.years = years
    self.timeline = timeline
    self.appointments = appointments
    let decorations = PatronageAnalysis.DiagramDecorations.byYear(analysis, timeline: timeline)
    self.decorations = Dictionary(decorations.map { ($0.year, $0) }) { first, _ in first }
  }

  /// The renderer's decorations for one year: faction fills, sizes by PageRank, top patrons highlighted.
  public func rendering(year: Int) -> PatronageRendering.DiagramDecorations {
    guard let decoration = decorations[year] else { return .none }
    return PatronageRendering.DiagramDecorations(
      personFill: decoration.fill, personScale: decoration.scale, highlighted: Set(decoration.topPatrons))
  }

  /// The centrality report of one year, if it is active.
  public func centrality(year: Int) -> CentralityReport? { centrality.first { $0.year == year } }

  /// The appointment control of one year, if it is active.
  public func appointments(year: Int) -> AppointmentYear? { appointments.years.first { $0.year == year } }

  /// The factions of one year, if anybody had a signed tie.
  public func factions(year: Int) -> FactionYear? { timeline.years.first { $0.year == year } }
}
