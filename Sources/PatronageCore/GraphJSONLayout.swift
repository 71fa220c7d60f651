/// Where the fields of a graph JSON file lie: the `"format"` string and the byte range of every element of
/// the `"persons"`, `"offices"` and `"relations"` arrays, found by one scan that builds no JSON tree.
///
/// It lets the graph be decoded a slice of elements at a time (see ``PatronageGraph/init(jsonData:path:)``),
/// so the decoder never holds a tree of the whole file. It accepts only the plain layout: one top-level object
/// with exactly those four keys, written without escapes. Anything else (other keys, duplicates, escapes, broken
/// nesting, trailing bytes) gives nil, and the whole-file decoder then reads the file or names what is wrong.
/// The elements' own bytes are not checked here: decoding them does that.
struct GraphJSONLayout: Equatable {
  /// The `"format"` value.
  var format: String
  /// Byte ranges of the `"persons"` elements, in file order.
  var persons: [Range<Int>]
  /// Byte ranges of the `"offices"` elements.
  var offices: [Range<Int>]
  /// Byte ranges of the `"relations"` elements.
  var relations: [Range<Int>]

  /// Scans `bytes`; nil when they are not the plain layout.
  ///
  /// - Complexity: O(n) for n bytes.
  init?(bytes: UnsafeRawBufferPointer) {
    var scanner = Scanner(bytes: bytes)
    guard let fields = scanner.topLevel() else { return nil }
    self = fields
  }

  init(format: String, persons: [Range<Int>], offices: [Range<Int>], relations: [Range<Int>]) {
    self.format = format
    self.persons = persons
    self.offices = offices
    self.relations = relations
  }

  /// A cursor over the bytes; every method returns nil (or false) at the first byte it does not accept.
  private struct Scanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    mutating func topLevel() -> GraphJSONLayout? {
      guard take(UInt8(ascii: "{")) else { return nil }
      var format: String?
      var arrays: [String: [Range<Int>]] = [:]
      repeat {
        guard let key = plainString(), take(UInt8(ascii: ":")) else { return nil }
        switch key {
        case "format":
          guard format == nil, let value = plainString() else { return nil }
          format = value
        case "persons", "offices", "relations":
          guard arrays[key] == nil, let elements = array() else { return nil }
          arrays[key] = elements
        default: return nil
        }
      } while take(UInt8(ascii: ","))
      guard take(UInt8(ascii: "}")) else { return nil }
      skipSpace()
      guard position == bytes.count, let format, let persons = arrays["persons"], let offices = arrays["offices"],
        let relations = arrays["relations"]
      else { return nil }
      return GraphJSONLayout(format: format, persons: persons, offices: offices, relations: relations)
    }

    /// JSON whitespace.
    mutating func skipSpace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    /// Skips whitespace and takes `byte` if it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard position < bytes.count, bytes[position] == byte else { return false }
      position += 1
      return true
    }

    /// A string with no escapes or control characters, valid UTF-8.
    mutating func plainString() -> String? {
      guard take(Self.quote) else { return nil }
      let start = position
      while position < bytes.count, bytes[position] != Self.quote {
        guard bytes[position] != Self.backslash, bytes[position] >= 0x20 else { return nil }
        position += 1
      }
      guard position < bytes.count else { return nil }
      position += 1
      return String(validating: bytes[start..<(position - 1)], as: UTF8.self)
    }

    /// An array: the byte range of each element.
    mutating func array() -> [Range<Int>]? {
      guard take(UInt8(ascii: "[")) else { return nil }
      var elements: [Range<Int>] = []
      if take(UInt8(ascii: "]")) { return elements }
      repeat {
        skipSpace()
        let start = position
        guard skipValue() else { return nil }
        elements.append(start..<position)
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// Steps over one value: a string, a nested object or array (brackets must match), or a scalar.
    mutating func skipValue() -> Bool {
      var closers: [UInt8] = []
      repeat {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        switch byte {
        case Self.quote:
          guard skipString() else { return false }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          closers.append(byte + 2)  // "}" and "]" follow "{" and "[" two code points on
          position += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          guard closers.last == byte else { return false }
          closers.removeLast()
          position += 1
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"):
          guard !closers.isEmpty else { return false }
          position += 1
        default:
          let start = position
          while position < bytes.count, !Self.endsScalar(bytes[position]) { position += 1 }
          guard position > start else { return false }
        }
      } while !closers.isEmpty
      return true
    }

    /// Whether `byte` ends a number, `true`, `false` or `null`.
    private static func endsScalar(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "}"),
        UInt8(ascii: "["), UInt8(ascii: "{"), quote:
        true
      default: false
      }
    }

    /// Steps over a string, escapes included.
    private mutating func skipString() -> Bool {
      position += 1
      while position < bytes.count {
        switch bytes[position] {
        case Self.quote:
          position += 1
          return true
        case Self.backslash: position += 2
        default: position += 1
        }
      }
      return false
    }
  }
}
