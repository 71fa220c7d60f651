/// A word, number or punctuation mark of a document's normalised text.
public struct Token: Sendable, Hashable {
  /// What a token is.
  public enum Kind: Sendable, Hashable {
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

  /// What the token is.
  public let kind: Kind
  /// The token's range in the document's ``SourceDocument/text``.
  public let range: Range<String.Index>
  /// The token's UTF-8 byte range in the document's ``SourceDocument/text``.
  public let utf8Range: Range<Int>
  /// The token as written.
  public let text: String
  /// Lowercased, with diacritics removed (`Trotskii` → `trotskii`, `Lénine` → `lenine`), for matching.
  public let folded: String

  /// Creates a token.
  public init(kind: Kind, range: Range<String.Index>, utf8Range: Range<Int>, text: String, folded: String) {
    self.kind = kind
    self.range = range
    self.utf8Range = utf8Range
    self.text = text
    self.folded = folded
  }

  /// The value of a number, ordinal or decade token (`1922`, `10,000` → 10000, `23rd` → 23, `1920s` → 1920).
  public var number: Int? {
    guard kind == .number || kind == .ordinal || kind == .decade else { return nil }
    var value = 0
    var digits = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        value = value &* 10 &+ Int(byte - 0x30)
        digits += 1
        guard digits <= 18 else { return nil }
      } else if byte == UInt8(ascii: ",") {
        continue
      } else {
        break
      }
    }
    return digits > 0 ? value : nil
  }

  /// Whether the token is a word (lowercase or capitalised).
  public var isWord: Bool { kind == .word || kind == .capitalisedWord }

  /// Whether the token starts with an uppercase letter (capitalised words and initials).
  public var isCapitalised: Bool { kind == .capitalisedWord || kind == .initial }

  /// Whether the token is exactly this punctuation or quote text.
  public func isPunctuation(_ mark: String) -> Bool {
    (kind == .punctuation || kind == .quote || kind == .dash) && text == mark
  }
}
