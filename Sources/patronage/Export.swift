import ArgumentParser
import PatronageCore

extension Patronage {
  /// `patronage export`: writes a graph in another format.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a graph JSON file as graph JSON (normalised) or relations JSONL.",
      discussion: """
        json   the project's own graph format ("patronage-graph/1"), normalised: sorted, merged, pretty-printed.
        jsonl  one line per relation and document with the fields
               doc, rel, source, target, office, from, to, evidence, confidence
               (the format ../shared/eval/score.py reads).
        Output goes to stdout unless -o is given; files are written atomically.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json, jsonl
    }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    func run() throws {
      let graph = try CommandSupport.loadGraph(graph)
      switch format {
      case .json: try CommandSupport.emit(graph.jsonData(), to: output)
      case .jsonl: try CommandSupport.emit(RelationsJSONL.encode(graph), to: output)
      }
    }
  }
}
