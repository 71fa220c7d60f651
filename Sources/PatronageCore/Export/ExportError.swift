/// Why a graph cannot be exported as asked.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A year was asked for, but no relation of the graph is dated.
  case undatedGraph
  /// The year asked for lies outside the years the graph covers.
  case yearOutOfRange(year: Int, available: ClosedRange<Int>)

  public var description: String {
    switch self {
    case .undatedGraph:
      "the graph has no dated relation, so it has no years: export it whole (without --year)"
    case .yearOutOfRange(let year, let available):
      "the graph covers \(available.lowerBound)–\(available.upperBound); \(year) is outside: "
        + "choose a year in that range"
    }
  }
}
