/// Errors from laying out or rendering a diagram, each saying what to change.
///
/// Graphviz's own messages (which it would otherwise print to stderr) are captured
/// and carried in `message`.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The DOT text did not parse; `message` is Graphviz's, naming the line.
  case syntax(message: String)
  /// The engine could not lay the graph out.
  case layout(engine: String, message: String)
  /// The laid-out graph could not be written in the format.
  case render(format: String, message: String)
  /// No layout engine has this name.
  case unknownEngine(String)
  /// No output format has this name.
  case unknownFormat(String)
  /// Graphviz could not start (its plugins are missing or unconfigured).
  case contextUnavailable
  /// A node came back from the layout without a usable position.
  case missingPosition(node: String)
  /// The graph has no dated relation, so it has no years to draw.
  case undatedGraph
  /// The year asked for lies outside the graph's years.
  case yearOutOfRange(year: Int, available: ClosedRange<Int>)

  public var description: String {
    switch self {
    case .syntax(let message):
      "Graphviz could not parse the DOT text: \(Self.clean(message))"
    case .layout(let engine, let message):
      "the \(engine) layout failed: \(Self.clean(message)); try another engine with --engine"
    case .render(let format, let message):
      "could not render \(format): \(Self.clean(message)); check that Graphviz's plugins are installed (dot -c)"
    case .unknownEngine(let name):
      "unknown layout engine \(name.debugDescription): use one of "
        + LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")
    case .unknownFormat(let name):
      "unknown output format \(name.debugDescription): use one of "
        + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
    case .contextUnavailable:
      "Graphviz could not start: install graphviz and libgraphviz-dev, then run `dot -c` as root"
    case .missingPosition(let node):
      "the layout gave node \(node.debugDescription) no position; try another engine with --engine"
    case .undatedGraph:
      "the graph has no dated relation, so there are no years to draw: render it without --year/--per-year"
    case .yearOutOfRange(let year, let available):
      "year \(year) is outside the graph's years \(available.lowerBound)–\(available.upperBound)"
    }
  }

  /// Graphviz's text without its `Error: ` prefixes and trailing newlines.
  private static func clean(_ message: String) -> String {
    let lines = message.split(whereSeparator: \.isNewline).map { line in
      line.hasPrefix("Error: ") ? line.dropFirst("Error: ".count) : line[...]
    }
    let text = lines.map { line in
      String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }.filter { !$0.isEmpty }
    return text.isEmpty ? "no details given" : text.joined(separator: "; ")
  }
}
