/// Errors raised when model values or graph files are invalid.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A year outside ``HistoricalDate/validYears``, or year 0.
  case yearOutOfRange(Int)
  /// A date that does not exist or cannot be parsed.
  case invalidDate(String)
  /// A span whose end comes before its start.
  case invalidSpan(String)
  /// A confidence outside 0...1.
  case confidenceOutOfRange(Double)
  /// A relation that breaks a rule of the model (e.g. an allied tie with an institution).
  case invalidRelation(String)
  /// A relation mentions a person or office the graph does not list.
  case unknownReference(String)
  /// Two persons or offices share an id.
  case duplicateID(String)

  public var description: String {
    switch self {
    case .yearOutOfRange(let year):
      "year \(year) is out of range: years run from \(HistoricalDate.validYears.lowerBound) to \(HistoricalDate.validYears.upperBound), and there is no year 0"
    case .invalidDate(let text): "invalid date \(text.debugDescription): write YYYY, YYYY-MM or YYYY-MM-DD"
    case .invalidSpan(let text): "invalid time span: \(text)"
    case .confidenceOutOfRange(let value): "confidence \(value) is out of range: it must lie between 0 and 1"
    case .invalidRelation(let text): "invalid relation: \(text)"
    case .unknownReference(let text): "unknown reference: \(text)"
    case .duplicateID(let id): "duplicate id \(id.debugDescription)"
    }
  }
}
