import ArgumentParser
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
        without --year, {"years": [...]} with one such object per year.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(help: "The year to analyse (default: every year of the graph).")
    var year: Int?

    @Option(help: "The network: \(NetworkKind.allCases.filter { $0 != .signed }.map(\.rawValue).joined(separator: ", ")).")
    var network: NetworkKind = .positive

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: "In table output, show only the first N persons of each year (by PageRank).")
    var top: Int?

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    func validate() throws {
      if network == .signed { throw ValidationError("centrality runs on the positive or patronage network") }
      if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
      let analysis = AnalysisGraph(try CommandSupport.loadGraph(graph))
      let years: [Int]
      do {
        if let year {
          try analysis.checkYear(year)
          years = [year]
        } else {
          years = Array(try analysis.yearSpan())
        }
      } catch { throw CommandSupport.fail("\(graph): \(error.description)") }
      let reports = years.map { year in
        CentralityReport(
          network: analysis.network(network, year: year), signed: analysis.network(.signed, year: year))
      }
      switch format {
      case .json:
        try CommandSupport.emit(year == nil ? CentralityReport.jsonData(years: reports) : reports[0].jsonData(), to: output)
      case .csv: try CommandSupport.emit(CentralityReport.csv(reports), to: output)
      case .table: try CommandSupport.emit(CentralityReport.table(reports, top: top), to: output)
      }
    }
  }
}

extension NetworkKind: ExpressibleByArgument {}
