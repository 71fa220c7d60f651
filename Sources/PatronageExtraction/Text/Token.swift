/// A word, number or punctuation mark of a document's normalised text.
///
/// A token is a plain value (no strings inside) so that millions of them cost little: it holds its kind,
/// its UTF-8 range in the document's ``SourceDocument/text``, the ``WordKey`` of its folded form, and a small
/// payload (a number's value, a mark's byte, an abbreviation's class). Its text comes from the sentence:
/// ``Sentence/text(of:)`` and ``Sentence/folded(of:)``.
public struct Token: Sendable, Hashable {
  /// What a token is.
  public enum Kind: UInt8, Sendable, Hashable {
    /// A word starting with a lowercase letter (`appointed`, `like-minded`, `don't`).
    case word
    /// A word starting with an uppercase letter (`Stalin`, `Politburo`, `NEP`).
    case capitalisedWord
    /// Digits, possibly grouped (`1922`, `10,000`) or decimal (`3.5`).
    case number
    /// A number with an ordinal suffix (`23rd`, `1st`).
    case ordinal
    /// A decade or plural number (`1920s`, `20s`).
    case decade
    /// One or more capital initials with their periods (`A.`, `M.P.`).
    case initial
    /// A known abbreviation with its period (`St.`, `Dr.`, `Oct.`, `e.g.`, `etc.`).
    case abbreviation
    /// A possessive ending split off its word (`'s`, or `'` after a plural).
    case possessive
    /// A straight quote mark, `"` or `'` (curly ones are straightened by the normaliser).
    case quote
    /// A dash: `-` standing alone (as in `1921-22`) or `--` (an en or em dash in prose).
    case dash
    /// Any other punctuation or symbol; `...` is one token.
    case punctuation
  }

  /// The key of the token's folded form (lowercased, diacritics removed).
  public let key: WordKey
  /// UTF-8 offsets of the token in the document's text (32 bits keep a token at 24 bytes; a document is
  /// read whole into memory, so it stays far below 2 GB).
  private let start: Int32
  private let end: Int32
  private let value: Int32
  /// What the token is.
  public let kind: Kind

  /// The token's UTF-8 byte range in the document's ``SourceDocument/text``.
  public var utf8Range: Range<Int> { Int(start)..<Int(end) }
  /// For words, the last byte lowercased (0 if not ASCII); for numbers, ordinals and decades, the value
  /// (`10,000` → 10000, `23rd` → 23, `1920s` → 1920; -1 when too
  /// long); for marks, the first byte; for abbreviations, 1 if it never ends a sentence, 2 if it may, plus 4
  /// when it is capitalised.
  var payload: Int { Int(value) }

  /// Creates a token.
  public init(kind: Kind, utf8Range: Range<Int>, key: WordKey, payload: Int = 0) {
    self.kind = kind
    self.start = Int32(truncatingIfNeeded: utf8Range.lowerBound)
    self.end = Int32(truncatingIfNeeded: utf8Range.upperBound)
    self.key = key
    self.value = Int32(clamping: payload)
  }

  /// The value of a number, ordinal or decade token (`1922`, `10,000` → 10000, `23rd` → 23, `1920s` → 1920).
  public var number: Int? {
    guard kind == .number || kind == .ordinal || kind == .decade, payload >= 0 else { return nil }
    return payload
  }

  /// The length of the token in UTF-8 bytes.
  public var length: Int { Int(end - start) }

  /// Whether the token is a word (lowercase or capitalised).
  public var isWord: Bool { kind == .word || kind == .capitalisedWord }

  /// Whether the token starts with an uppercase letter (capitalised words and initials).
  public var isCapitalised: Bool {
    kind == .capitalisedWord || kind == .initial || (kind == .abbreviation && payload & 4 != 0)
  }

  /// Whether the token is this punctuation mark, quote or dash (a single character, or a run of one
  /// character such as `...` or `--`).
  public func isPunctuation(_ mark: UInt8, count: Int = 1) -> Bool {
    (kind == .punctuation || kind == .quote || kind == .dash) && value == Int32(mark) && Int(end - start) == count
  }

  /// Whether the token is `word` (compared by folded key).
  public func `is`(_ word: WordKey) -> Bool { key == word }

  /// Whether the token is `word`, a lowercase ASCII literal (compared by folded key).
  public func `is`(_ word: StaticString) -> Bool { key == WordKey(literal: word) }

  /// For words, the last byte lowercased (0 when it is not ASCII).
  var lastByte: UInt8 { isWord ? UInt8(truncatingIfNeeded: payload) : 0 }
}
