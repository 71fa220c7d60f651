import Foundation

/// Reads the elements of a graph JSON file straight from its UTF-8 bytes, building ``Person``, ``Office`` and
/// ``Relation`` values with no JSON tree and no copies of the input.
///
/// It mirrors the types' `Decodable` conformances: the same required and optional keys, the same treatment of
/// `null`, the same defaults and checks. Keys may come in any order; keys it does not know are stepped over, as
/// the decoder ignores them. It gives nil at anything it does not accept: bad JSON, a failed check, and also the
/// rarer forms that Foundation's decoder may still read (a known key given twice, an integer written with a
/// fraction or an exponent, an escape that is half a surrogate pair). The caller then decodes with `JSONDecoder`,
/// which reads those or names what is wrong, so the reader never changes what a file means or how an error reads.
struct GraphJSONReader {
  private let bytes: UnsafeRawBufferPointer
  private var position = 0
  /// A string's bytes with its escapes undone.
  private var unescaped: [UInt8] = []

  init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// Reads the one value that fills `range` with `read`; nil when it does not read or bytes are left over.
  mutating func decode<Element>(at range: Range<Int>, _ read: (inout Self) -> Element?) -> Element? {
    position = range.lowerBound
    guard let value = read(&self) else { return nil }
    return position == range.upperBound ? value : nil
  }

  // MARK: Graph types

  /// A ``Person``, as its `init(from:)` reads one.
  mutating func person() -> Person? {
    guard var fields = object() else { return nil }
    var id: PersonID?
    var name: String?
    var aliases: [String] = []
    var born: Int?
    var died: Int?
    while let key = nextKey(Self.personKeys, &fields) {
      switch key {
      case 0:
        guard let value = identifier() else { return nil }
        id = PersonID(rawValue: value)
      case 1:
        guard let value = string() else { return nil }
        name = value
      case 2:
        guard let value = nullable({ $0.strings() }) else { return nil }
        aliases = value ?? []
      case 3:
        guard let value = nullable({ $0.int() }) else { return nil }
        born = value
      default:
        guard let value = nullable({ $0.int() }) else { return nil }
        died = value
      }
    }
    guard fields.closed, let id, let name else { return nil }
    return Person(id: id, name: name, aliases: aliases, born: born, died: died)
  }

  /// An ``Office``, as its `init(from:)` reads one.
  mutating func office() -> Office? {
    guard var fields = object() else { return nil }
    var id: OfficeID?
    var name: String?
    var kind: OfficeKind?
    var head: OfficeID?
    var temporary = false
    while let key = nextKey(Self.officeKeys, &fields) {
      switch key {
      case 0:
        guard let value = identifier() else { return nil }
        id = OfficeID(rawValue: value)
      case 1:
        guard let value = string() else { return nil }
        name = value
      case 2:
        guard let value = string().flatMap(OfficeKind.init(rawValue:)) else { return nil }
        kind = value
      case 3:
        guard let value = nullable({ $0.identifier() }) else { return nil }
        head = value.map(OfficeID.init(rawValue:))
      default:
        guard let value = nullable({ $0.bool() }) else { return nil }
        temporary = value ?? false
      }
    }
    guard fields.closed, let id, let name, let kind else { return nil }
    return Office(id: id, name: name, kind: kind, head: head, temporary: temporary)
  }

  /// A ``Relation``, as its synthesized `init(from:)` reads one: fields stored as written (the evidence is not
  /// re-sorted, symmetric endpoints are not reordered).
  mutating func relation() -> Relation? {
    guard var fields = object() else { return nil }
    var kind: RelationKind?
    var source: Agent?
    var target: PersonID?
    var office: OfficeID?
    var span: TimeSpan?
    var confidence: Double?
    var evidence: [Evidence]?
    while let key = nextKey(Self.relationKeys, &fields) {
      switch key {
      case 0:
        guard let value = string().flatMap(RelationKind.init(rawValue:)) else { return nil }
        kind = value
      case 1:
        guard let value = nullable({ $0.agent() }) else { return nil }
        source = value
      case 2:
        guard let value = identifier() else { return nil }
        target = PersonID(rawValue: value)
      case 3:
        guard let value = nullable({ $0.identifier() }) else { return nil }
        office = value.map(OfficeID.init(rawValue:))
      case 4:
        guard let value = nullable({ $0.span() }) else { return nil }
        span = value
      case 5:
        guard let value = double() else { return nil }
        confidence = value
      default:
        guard let value = array({ $0.evidence() }) else { return nil }
        evidence = value
      }
    }
    guard fields.closed, let kind, let target, let confidence, let evidence else { return nil }
    var relation = Relation(kind: kind, source: source, target: target, office: office, span: span)
    relation.source = source
    relation.target = target
    relation.confidence = confidence
    relation.evidence = evidence
    return relation
  }

  /// An ``Evidence``, as its synthesized `init(from:)` reads one.
  private mutating func evidence() -> Evidence? {
    guard var fields = object() else { return nil }
    var document: String?
    var start: Int?
    var end: Int?
    var sentence: String?
    var confidence: Double?
    var span: TimeSpan?
    var agent: Agent?
    while let key = nextKey(Self.evidenceKeys, &fields) {
      switch key {
      case 0:
        guard let value = string() else { return nil }
        document = value
      case 1:
        guard let value = int() else { return nil }
        start = value
      case 2:
        guard let value = int() else { return nil }
        end = value
      case 3:
        guard let value = string() else { return nil }
        sentence = value
      case 4:
        guard let value = double() else { return nil }
        confidence = value
      case 5:
        guard let value = nullable({ $0.span() }) else { return nil }
        span = value
      default:
        guard let value = nullable({ $0.agent() }) else { return nil }
        agent = value
      }
    }
    guard fields.closed, let document, let start, let end, let sentence, let confidence else { return nil }
    return Evidence(
      document: document, start: start, end: end, sentence: sentence, confidence: confidence, span: span,
      agent: agent)
  }

  /// An ``Agent``: the person if one is given, else the institution.
  private mutating func agent() -> Agent? {
    guard var fields = object() else { return nil }
    var person: String?
    var institution: String?
    while let key = nextKey(Self.agentKeys, &fields) {
      guard let value = nullable({ $0.identifier() }) else { return nil }
      if key == 0 { person = value } else { institution = value }
    }
    guard fields.closed else { return nil }
    if let person { return .person(PersonID(rawValue: person)) }
    return institution.map { .institution(OfficeID(rawValue: $0)) }
  }

  /// A ``TimeSpan``: `from`, and `to` when given, checked as its initializer checks them.
  private mutating func span() -> TimeSpan? {
    guard var fields = object() else { return nil }
    var start: HistoricalDate?
    var end: HistoricalDate?
    while let key = nextKey(Self.spanKeys, &fields) {
      if key == 0 {
        guard let value = date() else { return nil }
        start = value
      } else {
        guard let value = nullable({ $0.date() }) else { return nil }
        end = value
      }
    }
    guard fields.closed, let start else { return nil }
    return try? TimeSpan(start, end)
  }

  /// A ``HistoricalDate``: a year as a number, or text `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
  private mutating func date() -> HistoricalDate? {
    guard peek() == Self.quote else { return int().flatMap { try? HistoricalDate(year: $0) } }
    let start = position + 1
    guard let text = string() else { return nil }
    if let date = Self.plainDate(bytes[start..<(position - 1)]) { return date }
    return try? HistoricalDate(parsing: text)
  }

  /// The date in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit month and day); nil for any other
  /// text, which ``HistoricalDate/init(parsing:)`` then reads.
  private static func plainDate(_ text: Slice<UnsafeRawBufferPointer>) -> HistoricalDate? {
    guard text.count == 4 || text.count == 7 || text.count == 10 else { return nil }
    func number(_ offset: Int, _ length: Int) -> Int? {
      var value = 0
      for byte in text.dropFirst(offset).prefix(length) {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    let dash = UInt8(ascii: "-")
    guard let year = number(0, 4) else { return nil }
    if text.count == 4 { return try? HistoricalDate(year: year) }
    guard text[text.startIndex + 4] == dash, let month = number(5, 2) else { return nil }
    if text.count == 7 { return try? HistoricalDate(year: year, month: month) }
    guard text[text.startIndex + 7] == dash, let day = number(8, 2) else { return nil }
    return try? HistoricalDate(year: year, month: month, day: day)
  }

  private static let personKeys = keys("id", "name", "aliases", "born", "died")
  private static let officeKeys = keys("id", "name", "kind", "head", "temporary")
  private static let relationKeys = keys("kind", "source", "target", "office", "span", "confidence", "evidence")
  private static let evidenceKeys = keys("document", "start", "end", "sentence", "confidence", "span", "agent")
  private static let agentKeys = keys("person", "institution")
  private static let spanKeys = keys("from", "to")

  private static func keys(_ names: String...) -> [[UInt8]] { names.map { Array($0.utf8) } }

  // MARK: JSON values

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The next byte after whitespace, not taken; 0 at the end.
  private mutating func peek() -> UInt8 {
    skipSpace()
    return position < bytes.count ? bytes[position] : 0
  }

  /// JSON whitespace.
  private mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  /// Skips whitespace and takes `byte` if it comes next.
  private mutating func take(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  /// Takes `word` (`null`, `true`, `false`) if it comes next.
  private mutating func take(word: StaticString) -> Bool {
    skipSpace()
    let count = word.utf8CodeUnitCount
    guard bytes.count - position >= count,
      memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0
    else { return false }
    position += count
    return true
  }

  /// `null` (giving `.some(nil)`), or what `read` reads; nil when neither.
  private mutating func nullable<Value>(_ read: (inout Self) -> Value?) -> Value?? {
    if take(word: "null") { return .some(nil) }
    guard let value = read(&self) else { return nil }
    return value
  }

  private mutating func bool() -> Bool? {
    if take(word: "true") { return true }
    if take(word: "false") { return false }
    return nil
  }

  /// An array of what `read` reads.
  private mutating func array<Element>(_ read: (inout Self) -> Element?) -> [Element]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    var elements: [Element] = []
    if take(UInt8(ascii: "]")) { return elements }
    repeat {
      guard let element = read(&self) else { return nil }
      elements.append(element)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? elements : nil
  }

  private mutating func strings() -> [String]? { array { $0.string() } }

  /// A string that can serve as an id (see ``PatronageIdentifier/isValid(_:)``).
  private mutating func identifier() -> String? {
    guard let text = string() else { return nil }
    // Printable ASCII, the common case, holds no control character.
    if !text.isEmpty, text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text }
    return PersonID.isValid(text) ? text : nil
  }

  /// A string, escapes undone; nil for bad UTF-8 or escapes and unescaped control characters.
  private mutating func string() -> String? {
    guard take(Self.quote) else { return nil }
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == Self.quote {
        position += 1
        return String(validating: bytes[start..<(position - 1)], as: UTF8.self)
      }
      if byte == Self.backslash { return escapedString(from: start) }
      guard byte >= 0x20 else { return nil }
      position += 1
    }
    return nil
  }

  /// The rest of a string that starts at `start` and has an escape at the current position.
  private mutating func escapedString(from start: Int) -> String? {
    unescaped.removeAll(keepingCapacity: true)
    unescaped.append(contentsOf: bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case Self.quote:
        return String(validating: unescaped, as: UTF8.self)
      case Self.backslash:
        guard position < bytes.count else { return nil }
        let escape = bytes[position]
        position += 1
        switch escape {
        case Self.quote, Self.backslash, UInt8(ascii: "/"): unescaped.append(escape)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
          guard let scalar = escapedScalar() else { return nil }
          unescaped.append(contentsOf: UTF8.encode(scalar)!)
        default: return nil
        }
      default:
        guard byte >= 0x20 else { return nil }
        unescaped.append(byte)
      }
    }
    return nil
  }

  /// The scalar of a `\uXXXX` escape whose `\u` is taken, joining a surrogate pair; nil for half a pair.
  private mutating func escapedScalar() -> Unicode.Scalar? {
    guard let unit = hex4() else { return nil }
    switch unit {
    case 0xD800..<0xDC00:
      guard bytes.count - position >= 2, bytes[position] == Self.backslash, bytes[position + 1] == UInt8(ascii: "u")
      else { return nil }
      position += 2
      guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    case 0xDC00..<0xE000: return nil
    default: return Unicode.Scalar(unit)
    }
  }

  /// Four hex digits.
  private mutating func hex4() -> UInt32? {
    guard bytes.count - position >= 4 else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// Where a JSON number lies, and what it holds.
  private struct NumberToken {
    var range: Range<Int>
    /// The digits as an integer, sign applied, while they fit in 15 digits (then exact as a Double too).
    var significand: Int?
    /// Digits after the decimal point.
    var fractionDigits: Int
    var hasExponent: Bool
  }

  /// A number in JSON's grammar.
  private mutating func number() -> NumberToken? {
    skipSpace()
    let start = position
    let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    var digits = 0
    var significand = 0
    func isDigit(_ index: Int) -> Bool {
      index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    }
    func takeDigits() -> Int {
      let first = position
      while isDigit(position) {
        if digits < 15 { significand = significand * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
        digits += 1
        position += 1
      }
      return position - first
    }
    let integerDigits = takeDigits()
    guard integerDigits > 0, integerDigits == 1 || bytes[position - integerDigits] != UInt8(ascii: "0") else {
      return nil
    }
    var fractionDigits = 0
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      fractionDigits = takeDigits()
      guard fractionDigits > 0 else { return nil }
    }
    var hasExponent = false
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      hasExponent = true
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard isDigit(position) else { return nil }
      while isDigit(position) { position += 1 }
    }
    return NumberToken(
      range: start..<position, significand: digits <= 15 ? (negative ? -significand : significand) : nil,
      fractionDigits: fractionDigits, hasExponent: hasExponent)
  }

  /// An integer written as digits only (no fraction, no exponent) that fits in `Int`.
  private mutating func int() -> Int? {
    guard let token = number(), token.fractionDigits == 0, !token.hasExponent else { return nil }
    if let significand = token.significand { return significand }
    return Int(String(decoding: bytes[token.range], as: UTF8.self))
  }

  /// A finite number, rounded to the nearest `Double` as `strtod` rounds it.
  private mutating func double() -> Double? {
    guard let token = number() else { return nil }
    // Both the significand and the power of ten are exact doubles, so one division rounds correctly.
    if let significand = token.significand, !token.hasExponent, token.fractionDigits < Self.powersOfTen.count {
      let value = Double(significand) / Self.powersOfTen[token.fractionDigits]
      return significand == 0 && bytes[token.range.lowerBound] == UInt8(ascii: "-") ? -value : value
    }
    guard let value = Double(String(decoding: bytes[token.range], as: UTF8.self)), value.isFinite else {
      return nil
    }
    return value
  }

  /// 10⁰ through 10²², every one exact in a `Double`.
  private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

  /// Steps over any value, checking it is JSON (strings' escapes and UTF-8 included).
  private mutating func skipValue(depth: Int = 0) -> Bool {
    guard depth < 512 else { return false }
    switch peek() {
    case Self.quote: return string() != nil
    case UInt8(ascii: "["): return array { $0.skipValue(depth: depth + 1) ? () : nil } != nil
    case UInt8(ascii: "{"):
      guard var fields = object() else { return false }
      while nextKey([], &fields) != nil {}
      return fields.closed
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
    case UInt8(ascii: "n"): return take(word: "null")
    default: return number() != nil
    }
  }

  /// Where an object's fields have got to.
  private struct Fields {
    /// The known keys read so far, a bit each.
    var seen: UInt32 = 0
    var first = true
    /// Whether the closing brace has been read.
    var closed = false
  }

  /// Takes the opening brace of an object.
  private mutating func object() -> Fields? { take(UInt8(ascii: "{")) ? Fields() : nil }

  /// The index in `keys` of the object's next key, its colon taken; keys not in `keys` are stepped over with their
  /// values. Nil at the closing brace (`fields.closed` is then set) and at anything wrong, a repeated key included.
  private mutating func nextKey(_ keys: [[UInt8]], _ fields: inout Fields) -> Int? {
    while true {
      if take(UInt8(ascii: "}")) {
        fields.closed = true
        return nil
      }
      if !fields.first { guard take(UInt8(ascii: ",")) else { return nil } }
      fields.first = false
      guard let key = key(in: keys), take(UInt8(ascii: ":")) else { return nil }
      guard let key else {
        guard skipValue(depth: 1) else { return nil }
        continue
      }
      guard fields.seen & (1 << key) == 0 else { return nil }
      fields.seen |= 1 << key
      return key
    }
  }

  /// A key: its index in `keys`, `.some(nil)` for any other key, nil when no string comes next.
  private mutating func key(in keys: [[UInt8]]) -> Int?? {
    guard peek() == Self.quote else { return nil }
    let start = position + 1
    var end = start
    while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.backslash { end += 1 }
    if end < bytes.count, bytes[end] == Self.quote {
      position = end + 1
      let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
      if let index = keys.firstIndex(where: { Self.equal($0, raw) }) { return .some(index) }
      guard raw.allSatisfy({ $0 >= 0x20 }), String(validating: raw, as: UTF8.self) != nil else { return nil }
      return .some(nil)
    }
    guard let text = string() else { return nil }
    return .some(keys.firstIndex { $0.elementsEqual(text.utf8) })
  }

  private static func equal(_ key: [UInt8], _ raw: UnsafeRawBufferPointer) -> Bool {
    key.count == raw.count && key.withUnsafeBytes { memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }
  }
}
