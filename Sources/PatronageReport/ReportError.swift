import PatronageCore
import PatronageRendering

/// Why a report could not be made, naming what to do.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No relation of the graph is dated, so there is no year to show.
  case undatedGraph
  /// Graphviz failed on a diagram.
  case render(what: String, message: String)
  /// The report folder could not be prepared or written.
  case output(OutputError)

  public var description: String {
    switch self {
    case .undatedGraph: "no relation in the graph is dated: a report needs at least one year"
    case .render(let what, let message): "cannot draw \(what): \(message)"
    case .output(let error): error.description
    }
  }

  init(_ error: RenderError, drawing what: String) {
    self = error == .undatedGraph ? .undatedGraph : .render(what: what, message: error.description)
  }
}
