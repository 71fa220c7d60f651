import ArgumentParser
import Foundation
import PatronageCore
import PatronageRendering

extension Patronage {
  /// `patronage export`: writes a graph in another format.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a graph JSON file for other tools: GraphML, GEXF, CSV, node-link JSON, DOT, JSON, JSONL.",
      discussion: """
        Formats:
          graphml    typed attributes (networkx read_graphml, yEd, Cytoscape)
          gexf       GEXF 1.3 with spells (years), for Gephi's timeline
          csv        nodes.csv and edges.csv in the folder given with -o
          node-link  node-link JSON (networkx node_link_graph, D3)
          dot        the DOT source of `patronage render --format dot`
          json       the project's own graph format, normalised
          jsonl      one line per relation and document (for score.py)

        Nodes are person:<id> and office:<id>. Each relation is one edge r<n>: patron → \
        appointee, expeller → expelled (the office stands in when no one is named), and \
        allied / opposed between two persons. All edges are directed, as networkx reads no \
        mixed graphs; allied and opposed carry directed=false.

        Edge attributes: kind, directed, agent, office, from and to (the dates the sources \
        give), first_year and last_year (the years in force: for an appointment, the tenure), \
        confidence, evidence_count, evidence (the first sentence) and document. Node \
        attributes: kind, name, aliases, office_kind, first_year, last_year. GEXF adds one \
        spell per run of years a node or edge is present (closed: start="1922" end="1925" \
        includes 1925). CSV headers follow neo4j-admin import (id:ID, :LABEL, :START_ID, \
        :END_ID, :TYPE, confidence:double); other tools read them as column names. GraphML \
        and GEXF replace the control characters XML 1.0 forbids by U+FFFD.

        --year Y keeps the relations in force in that year and the nodes they touch (not for \
        json and jsonl). Output goes to stdout unless -o is given; files are written atomically.

        Examples:
          patronage export graph.json --format gexf -o graph.gexf
          patronage export graph.json --format graphml --year 1925 -o 1925.graphml
          patronage export graph.json --format csv -o graph-csv/
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case graphml, gexf, csv
      case nodeLink = "node-link"
      case dot, json, jsonl
    }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format

    @Option(help: "Export only the relations in force in this year.")
    var year: Int?

    @Option(name: .shortAndLong, help: "Output file (default: stdout); for csv, the output folder.")
    var output: String?

    func validate() throws {
      if format == .csv && (output == nil || output == "-") {
        throw ValidationError("csv writes two files, nodes.csv and edges.csv: give the output folder with -o DIR")
      }
      if let year, format == .json || format == .jsonl {
        throw ValidationError(
          "--year \(year) is not available for \(format.rawValue), the whole graph's own format: "
            + "use graphml, gexf, csv, node-link or dot")
      }
    }

    func run() throws {
      let loaded = try CommandSupport.loadGraph(graph)
      switch format {
      case .json: try CommandSupport.emit(loaded.jsonData(), to: output)
      case .jsonl: try CommandSupport.emit(RelationsJSONL.encode(loaded), to: output)
      case .dot: try CommandSupport.emit(dot(loaded), to: output)
      case .graphml: try CommandSupport.emit(GraphMLExport.document(table(loaded)), to: output)
      case .gexf: try CommandSupport.emit(GEXFExport.document(table(loaded)), to: output)
      case .nodeLink: try CommandSupport.emit(NodeLinkExport.document(table(loaded)), to: output)
      case .csv:
        let folder = URL(fileURLWithPath: output ?? ".")
        let tables = CSVExport.tables(try table(loaded))
        try CommandSupport.emit(tables.nodes, to: folder.appendingPathComponent("nodes.csv").path)
        try CommandSupport.emit(tables.edges, to: folder.appendingPathComponent("edges.csv").path)
      }
    }

    private func table(_ loaded: PatronageGraph) throws -> ExportGraph {
      do {
        return try ExportGraph(graph: loaded, year: year)
      } catch {
        throw CommandSupport.fail("\(graph): \(error.description)")
      }
    }

    private func dot(_ loaded: PatronageGraph) throws -> [UInt8] {
      do {
        return try Diagrams.render(loaded, year: year, format: .dot)
      } catch {
        throw CommandSupport.fail("\(graph): \(error.description)")
      }
    }
  }
}
