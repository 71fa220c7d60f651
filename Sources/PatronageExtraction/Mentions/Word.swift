/// A word or punctuation mark of a sentence, with its UTF-8 offsets in the sentence.
///
/// Its shape (letter, capital, name-like) and the key of its lowercase form are computed once, when the
/// scanner makes it, so the per-word checks of the mention and rule passes are flag tests and integer compares.
public struct Word: Hashable, Sendable {
  /// The surface text without a possessive ending.
  public let text: String
  /// Lowercased `text`.
  public let lower: String
  public var start: Int
  public var end: Int
  /// The word carried a possessive ending ('s, ’s, or a bare apostrophe after s).
  public var isPossessive: Bool
  /// The FNV-1a key of `lower`'s exact UTF-8 bytes (no diacritic folding), for set lookups by lowercase form.
  let lowerKey: WordKey
  /// The FNV-1a key of `text`'s exact UTF-8 bytes, for caches by surface form.
  let textKey: WordKey
  private let shape: Shape

  /// What a word's text looks like, as bits.
  struct Shape: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    /// The first character is neither a letter nor a number.
    static let punctuation = Shape(rawValue: 1)
    /// The first character is uppercase.
    static let capitalised = Shape(rawValue: 2)
    /// One character.
    static let single = Shape(rawValue: 4)
    /// Only letters, hyphens and apostrophes, with a lowercase letter unless it is one character long.
    static let nameLike = Shape(rawValue: 8)
  }

  init(text: String, lower: String, start: Int, end: Int, isPossessive: Bool, isASCII: Bool) {
    self.text = text
    self.lower = lower
    self.start = start
    self.end = end
    self.isPossessive = isPossessive
    self.lowerKey = Self.key(lower)
    self.textKey = Self.key(text)
    self.shape = isASCII ? Self.asciiShape(text) : Self.shape(text)
  }

  /// A word whose keys and shape the scanner has already computed.
  init(text: String, lower: String, start: Int, end: Int, lowerKey: WordKey, textKey: WordKey, shape: Shape) {
    self.text = text
    self.lower = lower
    self.start = start
    self.end = end
    self.isPossessive = false
    self.lowerKey = lowerKey
    self.textKey = textKey
    self.shape = shape
  }

  public var isPunctuation: Bool { shape.contains(.punctuation) }
  public var isCapitalised: Bool { shape.contains(.capitalised) }
  /// A single capital letter, as in the initials of "A. I. Rykov".
  public var isInitial: Bool { shape.isSuperset(of: [.single, .capitalised]) }
  /// Capitalised, and spelled like a name (letters, hyphens, apostrophes; some lowercase unless one letter).
  var isNameShaped: Bool { shape.isSuperset(of: [.capitalised, .nameLike]) }

  /// The key of a lowercase form, as `lowerKey` holds it.
  static func key(_ lower: String) -> WordKey { WordKey.hash(lower.utf8) }

  /// The shape by `Character` properties (any text).
  private static func shape(_ text: String) -> Shape {
    var shape: Shape = []
    if !(text.first?.isLetter ?? false) && !(text.first?.isNumber ?? false) { shape.insert(.punctuation) }
    if text.first?.isUppercase ?? false { shape.insert(.capitalised) }
    if text.count == 1 { shape.insert(.single) }
    if text.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" })
      && (text.count == 1 || text.contains { $0.isLowercase })
    {
      shape.insert(.nameLike)
    }
    return shape
  }

  /// The shape of ASCII text by a byte table (the same answers as `shape(_:)`, which the table is built from).
  private static func asciiShape(_ text: String) -> Shape {
    var text = text
    return text.withUTF8 { $0.isEmpty ? shape("") : asciiShape($0, table: ASCIIClass.table) }
  }

  /// The shape of non-empty ASCII bytes.
  static func asciiShape(_ bytes: UnsafeBufferPointer<UInt8>, table: [ASCIIClass]) -> Shape {
    let head = table[Int(bytes[0])]
    var shape: Shape = []
    if !head.contains(.letter) && !head.contains(.number) { shape.insert(.punctuation) }
    if head.contains(.uppercase) { shape.insert(.capitalised) }
    var nameLike = true
    var hasLowercase = false
    for byte in bytes {
      let current = table[Int(byte)]
      nameLike = nameLike && current.contains(.nameCharacter)
      hasLowercase = hasLowercase || current.contains(.lowercase)
    }
    if bytes.count == 1 { shape.insert(.single) }
    if nameLike && (bytes.count == 1 || hasLowercase) { shape.insert(.nameLike) }
    return shape
  }
}

/// Properties of the 128 ASCII scalars, computed once from the Unicode properties the scanner would ask.
struct ASCIIClass: OptionSet, Sendable {
  let rawValue: UInt8
  static let space = ASCIIClass(rawValue: 1)
  static let wordScalar = ASCIIClass(rawValue: 2)
  static let letter = ASCIIClass(rawValue: 4)
  static let number = ASCIIClass(rawValue: 8)
  static let uppercase = ASCIIClass(rawValue: 16)
  static let lowercase = ASCIIClass(rawValue: 32)
  /// A letter, hyphen or apostrophe (what a name may contain).
  static let nameCharacter = ASCIIClass(rawValue: 64)

  static let table: [ASCIIClass] = (0..<128).map { value in
    let scalar = Unicode.Scalar(UInt8(value))
    let character = Character(scalar)
    var result: ASCIIClass = []
    if WordScanner.isSpace(scalar) { result.insert(.space) }
    if WordScanner.isWordScalar(scalar) { result.insert(.wordScalar) }
    if character.isLetter { result.insert(.letter) }
    if character.isNumber { result.insert(.number) }
    if character.isUppercase { result.insert(.uppercase) }
    if character.isLowercase { result.insert(.lowercase) }
    if character.isLetter || character == "-" || character == "'" { result.insert(.nameCharacter) }
    return result
  }
}
