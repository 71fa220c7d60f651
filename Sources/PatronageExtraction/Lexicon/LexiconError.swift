/// A problem in a lexicon file, with the file and (where known) the line.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(file: String, reason: String)
  /// The YAML itself is malformed.
  case syntax(file: String, line: Int?, message: String)
  /// The YAML is well formed but does not follow `patronage-lexicon/1`.
  case invalid(file: String, line: Int?, message: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read the lexicon: \(reason)"
    case .syntax(let file, let line, let message): "\(Self.place(file, line)): malformed YAML: \(message)"
    case .invalid(let file, let line, let message): "\(Self.place(file, line)): \(message)"
    }
  }

  /// The line of the problem, if known.
  public var line: Int? {
    switch self {
    case .unreadable: nil
    case .syntax(_, let line, _), .invalid(_, let line, _): line
    }
  }

  private static func place(_ file: String, _ line: Int?) -> String {
    line.map { "\(file):\($0)" } ?? file
  }
}
