import ArgumentParser
import Foundation
import PatronageCore
import PatronageRendering

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

extension Patronage {
  /// `patronage render`: draws a graph with Graphviz, in-process.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw a graph with Graphviz: the whole graph, one year, or one diagram per year.",
      discussion: """
        Persons are ellipses, offices and bodies boxes. Appointed: a solid arrow patron → appointee, \
        and appointee → office. Allied: a green line. Opposed: a dashed red line. Expelled: a dotted \
        line with a bar, from whoever removed to the person removed, and from the person to the office left.

        --per-year lays out all years together once, then draws each year with everyone in the same \
        place, so that flipping through the files shows only the ties changing; persons and offices \
        with no tie in a year are drawn faded. It writes <graph>-<year>.<ext> into the folder given \
        with -o and prints each path.

        Formats: svg, png and pdf are drawings; dot is the DOT source (with --per-year, with pinned \
        positions: re-render it with `neato -n2`); xdot and plain are Graphviz's text outputs. \
        Without --engine the engine is chosen by size: dot for small sparse diagrams, neato up to \
        400 nodes and 1,500 ties, sfdp beyond.

        Examples:
          patronage render graph.json -o graph.svg
          patronage render graph.json --year 1925 --format png -o 1925.png
          patronage render graph.json --per-year -o diagrams/
        """
    )

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(help: "Draw only the relations in force in this year.")
    var year: Int?

    @Flag(help: "Draw one diagram per year, everyone at the same place in each (needs -o DIR).")
    var perYear = false

    @Option(help: "Output format.")
    var format: OutputFormat = .svg

    @Option(help: "Layout engine (default: chosen by the diagram's size).")
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: "Output file (default: stdout); with --per-year, the output folder.")
    var output: String?

    func validate() throws {
      if year != nil && perYear {
        throw ValidationError("--year and --per-year cannot be combined: choose one")
      }
      if perYear && output == nil {
        throw ValidationError("--per-year writes one file per year: give the output folder with -o DIR")
      }
    }

    func run() throws {
      let loaded = try CommandSupport.loadGraph(graph)
      guard perYear, let folder = output else {
        let bytes: [UInt8]
        do {
          bytes = try Diagrams.render(loaded, year: year, format: format, engine: engine)
        } catch {
          throw CommandSupport.fail("\(graph): \(error.description)")
        }
        try CommandSupport.emit(bytes, to: output)
        return
      }
      let diagrams: [(year: Int, bytes: [UInt8])]
      do {
        diagrams = try Diagrams.renderPerYear(loaded, format: format, engine: engine)
      } catch {
        throw CommandSupport.fail("\(graph): \(error.description)")
      }
      do {
        try OutputFile.createDirectory(folder)
      } catch {
        throw CommandSupport.fail(error.description)
      }
      let stem = URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent
      for diagram in diagrams {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(
          "\(stem)-\(diagram.year).\(format.fileExtension)"
        ).path
        try CommandSupport.emit(diagram.bytes, to: path)
        print(path)
      }
    }
  }
}
