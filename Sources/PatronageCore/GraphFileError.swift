/// Errors reading a graph JSON file, each naming the problem so the user can fix it.
public enum GraphFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The bytes are not JSON (or not UTF-8).
  case notJSON(path: String, detail: String)
  /// The JSON has no `"format"` field, so it is not a Patronage graph.
  case missingFormat(path: String)
  /// The `"format"` names a version this build cannot read.
  case unsupportedFormat(path: String, found: String)
  /// A field is missing or has the wrong type.
  case malformed(path: String, field: String, detail: String)
  /// The content breaks a rule of the model (unknown reference, bad year, …).
  case invalid(path: String, error: ModelError)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read the graph file: \(reason)"
    case .notJSON(let path, let detail): "\(path): not a valid JSON file: \(detail)"
    case .missingFormat(let path):
      "\(path): not a Patronage graph: the top-level object has no \"format\" field (expected \"\(PatronageGraph.formatVersion)\")"
    case .unsupportedFormat(let path, let found):
      "\(path): unsupported graph format \(found.debugDescription): this version of patronage reads \"\(PatronageGraph.formatVersion)\""
    case .malformed(let path, let field, let detail): "\(path): malformed graph at \(field): \(detail)"
    case .invalid(let path, let error): "\(path): \(error.description)"
    }
  }
}
