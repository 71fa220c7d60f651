import ArgumentParser
import PatronageAnalysis
import PatronageCore

extension Patronage {
  /// `patronage factions`: factions per year from the signed network, and how they shift.
  struct Factions: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Factions per year from the signed network, matched across years, with switches.",
      discussion: """
        Network: signed ties (allied +, opposed −), each weighing confidence × number of sentences;
        a pair's weight is the net sum. Only persons with a signed tie that year are placed.
        Partition: maximum signed modularity (Gómez, Jensen & Arenas 2009) — exhaustive for up to
        \(FactionTimeline.exactLimit) persons, else a Louvain heuristic with fixed-seed restarts;
        deterministic. Frustration = ties the partition leaves unbalanced (positive across, negative
        within), by |weight| and by count.
        Factions are matched year to year by Jaccard overlap ≥ --theta (Greene et al. 2010), keep
        stable ids (F1, F2, …) and are named after the member with the greatest positive strength.
        JSON (--timeline): {"years": [{"year", "frustration", "frustratedTies", "modularity", "exact",
        "factions": [{"id", "name", "leader", "members"}]}], "switches": [{"person", "year",
        "previousYear", "from", "to", "evidence"}], "events": [{"year", "kind", "faction", "factions"}],
        "stability": [{"year", "previousYear", "adjustedRand", "nmi", "shared", "entrants", "exits"}],
        "sensitivity": [{"theta", "switches", "births", "deaths", "merges", "splits"}]}; each year also has
        "balance": {"triangles", "balanced", "weaklyBalanced"} (strict and weak structural balance).
        With --year, the one year's object.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(help: "Show one year's factions (ids still come from matching over the whole span).")
    var year: Int?

    @Flag(help: "Show every year with switches, events and stability (the default without --year).")
    var timeline = false

    @Option(help: "Jaccard threshold for matching factions across years.")
    var theta = 0.3

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    @Flag(help: "Print how long loading, partitioning and writing took, to stderr.")
    var timings = false

    func validate() throws {
      if year != nil && timeline { throw ValidationError("give either --year or --timeline, not both") }
      if !(theta > 0 && theta <= 1) { throw ValidationError("--theta must lie in (0, 1]") }
    }

    func run() throws {
      var clock = PhaseClock(enabled: timings)
      let analysis = AnalysisGraph(try CommandSupport.loadGraph(graph))
      clock.lap("load graph (\(analysis.persons.count) persons, \(analysis.graph.relations.count) relations)")
      do {
        if let year { try analysis.checkYear(year) } else { _ = try analysis.yearSpan() }
      } catch { throw CommandSupport.fail("\(graph): \(error.description)") }
      var result = FactionTimeline(analysis, theta: theta)
      if year == nil {
        // Years with nothing in force (a corpus may mix centuries) are left out, as `build` does.
        let active = Set(analysis.graph.activeYears)
        result.years.removeAll { !active.contains($0.year) }
      }
      clock.lap("factions for \(result.years.count) years, matched")
      defer { clock.lap("write output") }
      if let year {
        let selected = result.factions(in: year)
        switch format {
        case .json: try CommandSupport.emit(selected.jsonData(), to: output)
        case .csv: try CommandSupport.emit(result.csv(years: [selected]), to: output)
        case .table: try CommandSupport.emit(result.table(years: [selected], timeline: false), to: output)
        }
        return
      }
      switch format {
      case .json: try CommandSupport.emit(result.jsonData(), to: output)
      case .csv: try CommandSupport.emit(result.csv(), to: output)
      case .table: try CommandSupport.emit(result.table(), to: output)
      }
    }
  }
}
