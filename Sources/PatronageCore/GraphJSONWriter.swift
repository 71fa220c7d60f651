import Foundation

/// Writes a graph as JSON byte for byte as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` and the types' `Encodable` conformances, with no tree of encoded values: two-space
/// indents, `" : "` between key and value, keys in UTF-8 order, empty arrays as `[` newline newline indent `]`,
/// only `"`, `\` and control characters escaped, whole-valued doubles without `.0`.
///
/// The element arrays are written in slices on all cores; the file comes in pieces, so that joining them need not
/// hold the whole text twice.
struct GraphJSONWriter {
  /// The pieces finished so far, in order.
  private var pieces: [[UInt8]] = []
  /// The piece being written.
  private var bytes: [UInt8] = []
  /// Nesting depth: the indent is two spaces a level.
  private var depth = 0
  /// Whether the container being written has no item yet.
  private var empty = false

  /// The whole file in pieces (without the final newline ``PatronageGraph/jsonData()`` adds).
  static func write(_ graph: PatronageGraph) -> [[UInt8]] {
    var writer = Self()
    writer.open(UInt8(ascii: "{"))
    writer.key("format")
    writer.string(PatronageGraph.formatVersion)
    writer.key("offices")
    writer.elements(graph.offices) { $0.office($1) }
    writer.key("persons")
    writer.elements(graph.persons) { $0.person($1) }
    writer.key("relations")
    writer.elements(graph.relations) { $0.relation($1) }
    writer.close(UInt8(ascii: "}"))
    writer.pieces.append(writer.bytes)
    return writer.pieces
  }

  /// An array of `elements`, written in slices of ``sliceLength`` concurrently.
  private mutating func elements<Element: Sendable>(
    _ elements: [Element], _ write: @escaping @Sendable (inout Self, Element) -> Void
  ) {
    open(UInt8(ascii: "["))
    let sliceCount = (elements.count + Self.sliceLength - 1) / Self.sliceLength
    let slices = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: sliceCount)
    slices.initialize(repeating: [])
    defer {
      slices.deinitialize()
      slices.deallocate()
    }
    nonisolated(unsafe) let results = slices
    let start = Self(depth: depth)
    DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
      var writer = start
      writer.empty = slice == 0
      for element in elements[(slice * Self.sliceLength)..<min(elements.count, (slice + 1) * Self.sliceLength)] {
        writer.item()
        write(&writer, element)
      }
      results[slice] = writer.bytes
    }
    pieces.append(bytes)
    bytes = []
    for index in slices.indices {
      pieces.append(slices[index])
      slices[index] = []
    }
    empty = elements.isEmpty
    close(UInt8(ascii: "]"))
  }

  /// Elements per slice written at once.
  private static let sliceLength = 4096

  private init(depth: Int = 0) { self.depth = depth }

  // MARK: Graph types

  private mutating func person(_ person: Person) {
    open(UInt8(ascii: "{"))
    key("aliases")
    open(UInt8(ascii: "["))
    for alias in person.aliases {
      item()
      string(alias)
    }
    close(UInt8(ascii: "]"))
    if let born = person.born {
      key("born")
      int(born)
    }
    if let died = person.died {
      key("died")
      int(died)
    }
    key("id")
    string(person.id.rawValue)
    key("name")
    string(person.name)
    close(UInt8(ascii: "}"))
  }

  private mutating func office(_ office: Office) {
    open(UInt8(ascii: "{"))
    if let head = office.head {
      key("head")
      string(head.rawValue)
    }
    key("id")
    string(office.id.rawValue)
    key("kind")
    string(office.kind.rawValue)
    key("name")
    string(office.name)
    if office.temporary {
      key("temporary")
      raw("true")
    }
    close(UInt8(ascii: "}"))
  }

  private mutating func relation(_ relation: Relation) {
    open(UInt8(ascii: "{"))
    key("confidence")
    double(relation.confidence)
    key("evidence")
    open(UInt8(ascii: "["))
    for evidence in relation.evidence {
      item()
      self.evidence(evidence)
    }
    close(UInt8(ascii: "]"))
    key("kind")
    string(relation.kind.rawValue)
    if let office = relation.office {
      key("office")
      string(office.rawValue)
    }
    if let source = relation.source {
      key("source")
      agent(source)
    }
    if let span = relation.span {
      key("span")
      self.span(span)
    }
    key("target")
    string(relation.target.rawValue)
    close(UInt8(ascii: "}"))
  }

  private mutating func evidence(_ evidence: Evidence) {
    open(UInt8(ascii: "{"))
    if let agent = evidence.agent {
      key("agent")
      self.agent(agent)
    }
    key("confidence")
    double(evidence.confidence)
    key("document")
    string(evidence.document)
    key("end")
    int(evidence.end)
    key("sentence")
    string(evidence.sentence)
    if let span = evidence.span {
      key("span")
      self.span(span)
    }
    key("start")
    int(evidence.start)
    close(UInt8(ascii: "}"))
  }

  private mutating func agent(_ agent: Agent) {
    open(UInt8(ascii: "{"))
    switch agent {
    case .institution(let id):
      key("institution")
      string(id.rawValue)
    case .person(let id):
      key("person")
      string(id.rawValue)
    }
    close(UInt8(ascii: "}"))
  }

  private mutating func span(_ span: TimeSpan) {
    open(UInt8(ascii: "{"))
    key("from")
    string(span.start.description)
    key("to")
    string(span.end.description)
    close(UInt8(ascii: "}"))
  }

  // MARK: JSON

  private mutating func raw(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Opens an object or array.
  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    depth += 1
    empty = true
  }

  /// Closes an object or array (`bracket` is its closing bracket); an empty one gets a blank line.
  private mutating func close(_ bracket: UInt8) {
    if empty { bytes.append(0x0A) }
    bytes.append(0x0A)
    depth -= 1
    indent()
    bytes.append(bracket)
    empty = false
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  /// Starts an item of the open container: the separator, a newline and the indent.
  private mutating func item() {
    if !empty { bytes.append(UInt8(ascii: ",")) }
    bytes.append(0x0A)
    indent()
    empty = false
  }

  /// Starts a field of the open object, up to its value. Keys are plain ASCII.
  private mutating func key(_ name: StaticString) {
    item()
    bytes.append(Self.quote)
    bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    raw("\" : ")
  }

  private mutating func int(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  /// A double as `JSONEncoder` writes it: its description, without a trailing `.0`.
  private mutating func double(_ value: Double) {
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A string, escaping `"`, `\` and control characters below U+0020.
  private mutating func string(_ text: String) {
    bytes.append(Self.quote)
    var text = text
    text.withUTF8 { utf8 in
      var plain = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == Self.quote || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
        plain = index + 1
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case Self.quote, UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
          raw("u00")
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
    }
    bytes.append(Self.quote)
  }
}
