import Foundation

extension PatronageGraph {
  /// The format tag written into, and required from, every graph JSON file.
  public static let formatVersion = "patronage-graph/1"

  private struct FileBody: Codable {
    var format: String
    var persons: [Person]
    var offices: [Office]
    var relations: [Relation]
  }

  private struct FormatHeader: Decodable {
    var format: String?
  }

  /// The graph as JSON: pretty-printed, keys sorted, deterministic to the byte,
  /// ending with a newline.
  public func jsonData() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let body = FileBody(
      format: Self.formatVersion, persons: persons, offices: offices, relations: relations)
    // Encoding plain value types with finite doubles cannot fail.
    guard var data = try? encoder.encode(body) else {
      preconditionFailure("graph encoding failed")
    }
    data.append(0x0A)
    return data
  }

  /// Reads a graph from JSON produced by ``jsonData()``.
  ///
  /// - Parameter path: the name used in error messages.
  /// - Throws: ``GraphFileError`` naming the file and the problem.
  public init(jsonData data: Data, path: String) throws(GraphFileError) {
    let decoder = JSONDecoder()
    let header: FormatHeader
    do {
      header = try decoder.decode(FormatHeader.self, from: data)
    } catch {
      throw Self.describe(error, path: path)
    }
    guard let format = header.format else { throw .missingFormat(path: path) }
    guard format == Self.formatVersion else { throw .unsupportedFormat(path: path, found: format) }
    let body: FileBody
    do {
      body = try decoder.decode(FileBody.self, from: data)
    } catch {
      throw Self.describe(error, path: path)
    }
    do {
      try self.init(persons: body.persons, offices: body.offices, relations: body.relations)
    } catch {
      throw .invalid(path: path, error: error)
    }
  }

  /// Reads a graph JSON file.
  public init(contentsOfFile path: String) throws(GraphFileError) {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    try self.init(jsonData: data, path: path)
  }

  private static func describe(_ error: any Error, path: String) -> GraphFileError {
    guard let error = error as? DecodingError else {
      return .notJSON(path: path, detail: String(describing: error))
    }
    func field(_ codingPath: [any CodingKey]) -> String {
      codingPath.isEmpty
        ? "the top level"
        : codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return .notJSON(path: path, detail: context.debugDescription)
    case .dataCorrupted(let context):
      return .malformed(path: path, field: field(context.codingPath), detail: context.debugDescription)
    case .keyNotFound(let key, let context):
      return .malformed(
        path: path, field: field(context.codingPath + [key]), detail: "required field is missing")
    case .typeMismatch(let type, let context):
      return .malformed(path: path, field: field(context.codingPath), detail: "expected \(type)")
    case .valueNotFound(let type, let context):
      return .malformed(path: path, field: field(context.codingPath), detail: "expected \(type), found null")
    @unknown default:
      return .notJSON(path: path, detail: String(describing: error))
    }
  }
}
