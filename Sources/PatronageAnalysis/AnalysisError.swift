/// Errors the analysis raises on requests it cannot answer.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The requested year lies outside the years the graph's dated relations cover.
  case yearOutOfRange(year: Int, span: ClosedRange<Int>)
  /// The graph has no dated relation, so it has no years to analyse.
  case undatedGraph
  /// A span whose first year comes after its last.
  case invalidSpan(from: Int, to: Int)

  public var description: String {
    switch self {
    case .yearOutOfRange(let year, let span):
      "year \(year) is outside the graph's span \(span.lowerBound)–\(span.upperBound): choose a year in that range"
    case .undatedGraph: "the graph has no dated relations, so there are no years to analyse"
    case .invalidSpan(let from, let to): "--from \(from) comes after --to \(to)"
    }
  }
}

extension AnalysisGraph {
  /// The graph's year span, or ``AnalysisError/undatedGraph``.
  public func yearSpan() throws(AnalysisError) -> ClosedRange<Int> {
    guard let range = yearRange else { throw .undatedGraph }
    return range
  }

  /// Checks that `year` lies in the graph's span.
  public func checkYear(_ year: Int) throws(AnalysisError) {
    let span = try yearSpan()
    guard span.contains(year) else { throw .yearOutOfRange(year: year, span: span) }
  }

  /// The years `from`...`to`, defaulting to the graph's span and checked against it.
  public func years(from: Int?, to: Int?) throws(AnalysisError) -> ClosedRange<Int> {
    let span = try yearSpan()
    let first = from ?? span.lowerBound
    let last = to ?? span.upperBound
    guard first <= last else { throw .invalidSpan(from: first, to: last) }
    try checkYear(first)
    try checkYear(last)
    return first...last
  }
}
