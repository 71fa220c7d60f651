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
  ///
  /// Written by ``GraphJSONWriter``, which gives the bytes ``encodedByJSONEncoder()`` gives, faster and with no
  /// tree of encoded values.
  public func jsonData() -> Data {
    var pieces = GraphJSONWriter.write(self)
    var data = Data(capacity: pieces.reduce(1) { $0 + $1.count })
    for index in pieces.indices {
      data.append(contentsOf: pieces[index])
      pieces[index] = []  // each piece is released once copied
    }
    data.append(0x0A)
    return data
  }

  /// The graph as `JSONEncoder` encodes it with the options ``jsonData()`` follows: the reference its writer is
  /// tested against.
  func encodedByJSONEncoder() -> Data {
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
    try self.init(body: Self.decodeBody(data, path: path), path: path)
  }

  /// Reads a graph JSON file.
  public init(contentsOfFile path: String) throws(GraphFileError) {
    // The file's bytes are released before the graph is built from what they decode to.
    let body: FileBody
    do {
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw GraphFileError.unreadable(path: path, reason: (error as NSError).localizedDescription)
      }
      body = try Self.decodeBody(data, path: path)
    }
    try self.init(body: body, path: path)
  }

  private init(body: FileBody, path: String) throws(GraphFileError) {
    do {
      try self.init(persons: body.persons, offices: body.offices, relations: body.relations)
    } catch {
      throw .invalid(path: path, error: error)
    }
  }

  /// Decodes a file's fields.
  ///
  /// A file in the plain layout (see ``GraphJSONLayout``) is decoded a slice of elements at a time, the slices
  /// on all cores, so no tree of the whole file is ever held. Any other file, and any file that fails to decode
  /// that way, is decoded whole, which gives the same values or names what is wrong.
  private static func decodeBody(_ data: Data, path: String) throws(GraphFileError) -> FileBody {
    if let body = decodeInSlices(data) { return body }
    let decoder = JSONDecoder()
    let header: FormatHeader
    do {
      header = try decoder.decode(FormatHeader.self, from: data)
    } catch {
      throw Self.describe(error, path: path)
    }
    guard let format = header.format else { throw .missingFormat(path: path) }
    guard format == Self.formatVersion else { throw .unsupportedFormat(path: path, found: format) }
    do {
      return try decoder.decode(FileBody.self, from: data)
    } catch {
      throw Self.describe(error, path: path)
    }
  }

  /// The fields of a plain-layout file of the current format, decoded in slices; nil when the file is not one
  /// or a slice does not decode.
  private static func decodeInSlices(_ data: Data) -> FileBody? {
    data.withUnsafeBytes { bytes -> FileBody? in
      guard let layout = GraphJSONLayout(bytes: bytes), layout.format == formatVersion,
        let persons = decodeElements(at: layout.persons, in: bytes, { $0.person() }),
        let offices = decodeElements(at: layout.offices, in: bytes, { $0.office() }),
        let relations = decodeElements(at: layout.relations, in: bytes, { $0.relation() })
      else { return nil }
      return FileBody(format: layout.format, persons: persons, offices: offices, relations: relations)
    }
  }

  /// Decodes the elements at `ranges` as slices of up to ``sliceLength`` elements (slices run concurrently; the
  /// result keeps file order).
  ///
  /// Each slice is read with ``GraphJSONReader`` using `read`; a slice it does not accept is wrapped in brackets
  /// and decoded with `JSONDecoder`, which reads the rarer forms the reader leaves to it.
  private static func decodeElements<Element: Decodable & Sendable>(
    at ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer,
    _ read: @escaping @Sendable (inout GraphJSONReader) -> Element?
  ) -> [Element]? {
    let sliceCount = (ranges.count + sliceLength - 1) / sliceLength
    let slices = UnsafeMutableBufferPointer<[Element]?>.allocate(capacity: sliceCount)
    slices.initialize(repeating: nil)
    defer {
      slices.deinitialize()
      slices.deallocate()
    }
    nonisolated(unsafe) let results = slices
    nonisolated(unsafe) let source = bytes
    DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
      let elementRanges = ranges[(slice * sliceLength)..<min(ranges.count, (slice + 1) * sliceLength)]
      results[slice] = readSlice(elementRanges, in: source, read) ?? decodeSlice(elementRanges, in: source)
    }
    var elements: [Element] = []
    elements.reserveCapacity(ranges.count)
    for index in slices.indices {
      guard let slice = slices[index] else { return nil }
      slices[index] = nil  // each slice is released once copied
      elements.append(contentsOf: slice)
    }
    return elements
  }

  /// The elements at `ranges` read by ``GraphJSONReader``; nil at the first it does not accept.
  private static func readSlice<Element>(
    _ ranges: ArraySlice<Range<Int>>, in bytes: UnsafeRawBufferPointer, _ read: (inout GraphJSONReader) -> Element?
  ) -> [Element]? {
    var reader = GraphJSONReader(bytes: bytes)
    var elements: [Element] = []
    elements.reserveCapacity(ranges.count)
    for range in ranges {
      guard let element = reader.decode(at: range, read) else { return nil }
      elements.append(element)
    }
    return elements
  }

  /// The elements at `ranges` wrapped in brackets and decoded by `JSONDecoder`; nil when they do not decode.
  private static func decodeSlice<Element: Decodable>(
    _ ranges: ArraySlice<Range<Int>>, in bytes: UnsafeRawBufferPointer
  ) -> [Element]? {
    guard let first = ranges.first, let last = ranges.last else { return [] }
    var text = Data(capacity: last.upperBound - first.lowerBound + 2)
    text.append(UInt8(ascii: "["))
    text.append(contentsOf: bytes[first.lowerBound..<last.upperBound])
    text.append(UInt8(ascii: "]"))
    let decoded = try? JSONDecoder().decode([Element].self, from: text)
    return decoded?.count == ranges.count ? decoded : nil
  }

  /// Elements per slice decoded at once.
  private static let sliceLength = 4096

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
