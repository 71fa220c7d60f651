import ArgumentParser
import Foundation
import PatronageAnalysis
import PatronageCore

extension Patronage {
  /// `patronage centrality`: centrality figures per person for one year or every year.
  struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Centrality per person and year: degree, betweenness, closeness, PageRank, eigenvector, PN.",
      discussion: """
        Networks (--network):
          positive   allied ties + patron–client ties from appointments whose patron is a person;
                     undirected (the default).
          patronage  patron → client arcs from appointments; directed (closeness and eigenvector use
                     incoming ties, degree counts in + out).
        Each tie weighs confidence × number of sentences stating it, summed over the relations
        joining the pair. Degree, betweenness and closeness use hops (weights ignored; normalised as
        networkx does); weightedDegree, PageRank (damping 0.85) and eigenvector use the weights.
        The PN index (Everett & Borgatti 2014) is computed on the signed network of the same year
        (allied +, opposed −). The persons of a year are everyone a relation in force that year touches.
        JSON: {"year", "network", "edges": [[a, b, weight]], "signedEdges", "persons": [{"id", "degree",
        "weightedDegree", "betweenness", "closeness", "pagerank", "eigenvector", "pn"}]};
        without --year, {"years": [...]} with one such object per year. --aggregate analyses one
        network over every relation of the graph, dated or not ("year": null). --measures limits the
        figures computed (the others are left out). --timings prints phase times to stderr.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(help: "The year to analyse (default: every year of the graph).")
    var year: Int?

    @Option(
      help: "The network: \(NetworkKind.allCases.filter { $0 != .signed }.map(\.rawValue).joined(separator: ", ")).")
    var network: NetworkKind = .positive

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Flag(help: "Analyse one network over all relations instead of yearly snapshots.")
    var aggregate = false

    @Option(
      help: "Comma-separated figures to compute: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ",")).",
      transform: Self.parseMeasures)
    var measures: Set<CentralityMeasure> = Set(CentralityMeasure.allCases)

    @Flag(help: "Print how long loading, building networks, computing and writing took, to stderr.")
    var timings = false

    @Option(help: "In table output, show only the first N persons of each year (by PageRank).")
    var top: Int?

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    func validate() throws {
      if network == .signed { throw ValidationError("centrality runs on the positive or patronage network") }
      if let top, top < 1 { throw ValidationError("--top must be at least 1") }
      if aggregate && year != nil { throw ValidationError("give either --year or --aggregate, not both") }
    }

    static func parseMeasures(_ text: String) throws -> Set<CentralityMeasure> {
      var result = Set<CentralityMeasure>()
      for name in text.split(separator: ",") {
        guard let measure = CentralityMeasure(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError(
            "unknown figure \(String(name).debugDescription): use "
              + CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
          )
        }
        result.insert(measure)
      }
      return result
    }

    func run() throws {
      var clock = PhaseClock(enabled: timings)
      let analysis = AnalysisGraph(try CommandSupport.loadGraph(graph))
      clock.lap("load graph (\(analysis.persons.count) persons, \(analysis.graph.relations.count) relations)")
      let pairs: [(SnapshotNetwork, SnapshotNetwork?)]
      do {
        if aggregate {
          pairs = [
            (analysis.aggregateNetwork(network), measures.contains(.pn) ? analysis.aggregateNetwork(.signed) : nil)
          ]
        } else if let year {
          try analysis.checkYear(year)
          pairs = [
            (
              analysis.network(network, year: year),
              measures.contains(.pn) ? analysis.network(.signed, year: year) : nil
            )
          ]
        } else {
          _ = try analysis.yearSpan()
          let main = analysis.networks(network)
          let signed = measures.contains(.pn) ? analysis.networks(.signed).map(Optional.some) : main.map { _ in nil }
          // Years with nothing in force (a corpus may mix centuries) are left out, as `build` does.
          let active = Set(analysis.graph.activeYears)
          pairs = zip(main, signed).filter { active.contains($0.0.year ?? .min) }
        }
      } catch { throw CommandSupport.fail("\(graph): \(error.description)") }
      let ties = pairs.reduce(0) { $0 + $1.0.csr.edgeCount }
      clock.lap("build \(pairs.count) networks (\(ties) ties in all)")
      let figures = pairs.map { CentralityReport.figures(network: $0.0, signed: $0.1, measures: measures) }
      clock.lap("compute \(measures.map(\.rawValue).sorted().joined(separator: ","))")
      let reports = pairs.indices.lazy.map {
        CentralityReport(network: pairs[$0].0, signed: pairs[$0].1, figures: figures[$0])
      }
      switch format {
      case .json:
        let single = year != nil || aggregate
        try CommandSupport.emit(
          single ? reports.first?.jsonData() ?? Data() : CentralityReport.jsonData(years: reports), to: output)
      case .csv: try CommandSupport.emit(CentralityReport.csv(Array(reports)), to: output)
      case .table: try CommandSupport.emit(CentralityReport.table(Array(reports), top: top), to: output)
      }
      clock.lap("assemble reports and write output")
      // Its last use is while the networks are built: freed there, the whole graph's release would be timed as
      // building.
      withExtendedLifetime(analysis) {}
    }
  }
}

/// Wall-clock and CPU phase timings printed to stderr when enabled.
struct PhaseClock {
  let enabled: Bool
  private var last = ContinuousClock.now
  private var lastCPU = PhaseClock.cpuSeconds()

  init(enabled: Bool) { self.enabled = enabled }

  /// Prints the wall and CPU (user + system, all threads) time since the previous lap, labelled.
  mutating func lap(_ label: String) {
    let now = ContinuousClock.now
    let cpu = Self.cpuSeconds()
    if enabled {
      let elapsed = now - last
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let line = String(format: "timing: %.3f s (cpu %.3f s)  ", seconds, cpu - lastCPU) + label
      CommandSupport.warn(line)
    }
    last = now
    lastCPU = cpu
  }

  /// CPU time used by the process so far.
  private static func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
  }
}

extension NetworkKind: ExpressibleByArgument {}
