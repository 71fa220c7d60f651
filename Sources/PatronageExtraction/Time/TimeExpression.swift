import PatronageCore

/// A reference to a time found in a sentence, resolved to a span.
public struct TimeExpression: Sendable, Hashable {
  /// How the time was written.
  public enum Kind: Sendable, Hashable {
    /// A full or partial date: `31 August 1922`, `March 1921`, `in 1921`, `by 1928`.
    case explicit
    /// A range of dates or years: `1921–1922`, `1921-22`, `from 1924 to 1926`, `between April 23rd and 29th, 1929`.
    case range
    /// A part of a year or a season: `early 1922`, `the end of 1925`, `mid-1926`, `spring and summer of 1925`.
    case part
    /// A decade: `the 1920s`, `the early 1920s`.
    case decade
    /// A named event from the lexicon (its id): `at the Fifteenth Congress`.
    case namedEvent(String)
    /// A time relative to the reference date: `a month later`, `the following year`, `that year`, or a month
    /// or season named without a year (`in March`).
    case relative
  }

  /// The time meant.
  public let span: TimeSpan
  /// Where it is written, in the sentence's ``Sentence/text``.
  public let range: Range<String.Index>
  /// Where it is written, as UTF-8 offsets in the document's ``SourceDocument/text``.
  public let utf8Range: Range<Int>
  /// How it was written.
  public let kind: Kind
  /// How sure the reading is, 0...1.
  public let confidence: Double
  /// Whether the words bound the time from above ("before 1905", "prior to 1927"): what the sentence tells
  /// happened earlier, not in these years.
  public var isUpperBound = false

  /// Creates an expression.
  public init(span: TimeSpan, range: Range<String.Index>, utf8Range: Range<Int>, kind: Kind, confidence: Double) {
    self.span = span
    self.range = range
    self.utf8Range = utf8Range
    self.kind = kind
    self.confidence = confidence
  }
}
