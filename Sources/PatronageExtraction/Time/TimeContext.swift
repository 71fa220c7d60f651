import PatronageCore

/// The time of a sentence: what it says itself, or what it inherits from its paragraph or section.
public struct SentenceTime: Sendable, Hashable {
  /// Where the time comes from.
  public enum Source: Sendable, Hashable {
    /// The sentence's own expression.
    case sentence
    /// Carried from an earlier sentence of the same paragraph.
    case paragraph
    /// Carried from the section's heading or an earlier paragraph of the same section.
    case section
  }

  /// The time expressions written in the sentence, in order.
  public let expressions: [TimeExpression]
  /// The sentence's time: its most confident expression (the first among equals), else a carried one.
  public let span: TimeSpan?
  /// How sure the time is, 0...1 (0 when there is none).
  public let confidence: Double
  /// Where the time comes from; nil when there is none.
  public let source: Source?
}

/// Carries the current date through a document, sentence by sentence.
///
/// Feed it every sentence in order with ``resolve(_:using:)``. A sentence's own expressions win (the most
/// confident; a citation's year, below ``minimumOwnConfidence``, does not count, and a bound such as
/// `before 1905`, below ``minimumCarriedConfidence``, dates only its own sentence); relative ones
/// (`the following year`) resolve against the latest date the paragraph or section has established. Without an
/// expression of its own, a sentence inherits the paragraph's date (confidence 0.6), else the section's
/// (its heading's date, or the last date of an earlier paragraph of the same section: 0.45). A new section
/// (after a heading) starts without a date, so no year is given when nothing supports one. A date two or more
/// years earlier than the paragraph's (or, past a paragraph's first sentence, the carried date) is taken as a
/// look back: it dates its own sentence only.
///
/// ``resolve(_:using:)-([Sentence],_)`` does the same for a whole document and also lets the sentences that
/// open a paragraph, when nothing earlier dates them, take the paragraph's first date (confidence 0.5).
public struct TimeContext: Sendable {
  private var section = -1
  private var paragraph = -1
  private var paragraphDate: TimeSpan?
  /// Whether the current paragraph has had a sentence before the one being resolved.
  private var inParagraph = false
  private var sectionDate: TimeSpan?
  /// The latest date mentioned, the reference for relative expressions.
  public private(set) var reference: HistoricalDate?
  /// The named event mentioned last in the section, for "the next congress".
  private var lastEvent: String?

  /// Confidence of a time carried from the paragraph.
  public static let paragraphConfidence = 0.6
  /// Confidence of a time carried from the section.
  public static let sectionConfidence = 0.45
  /// Expressions less sure than this (a citation's year) do not count as the sentence's time.
  public static let minimumOwnConfidence = 0.4
  /// Expressions less sure than this (`before 1905`) date their sentence but are not carried to the next.
  public static let minimumCarriedConfidence = 0.6

  /// A context at the start of a document.
  public init() {}

  /// Confidence of a time taken from later in the paragraph.
  public static let lookAheadConfidence = 0.5

  /// The times of all the `sentences` of a document, in order (see the type's description).
  public mutating func resolve(_ sentences: [Sentence], using finder: TimeFinder) -> [SentenceTime] {
    var times = sentences.map { resolve($0, using: finder) }
    var start = 0
    while start < sentences.count {
      var end = start
      while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph { end += 1 }
      let first = (start..<end).first {
        times[$0].source == .sentence && times[$0].confidence >= Self.minimumCarriedConfidence
      }
      if let first, let span = times[first].span {
        for index in start..<first where times[index].span == nil {
          times[index] = SentenceTime(
            expressions: times[index].expressions, span: span, confidence: Self.lookAheadConfidence, source: .paragraph)
        }
      }
      start = end
    }
    return times
  }

  /// Words that may stand between "had" and its participle ("had previously been").
  static let pluperfectAdverbs: Set<String> = [
    "previously", "already", "earlier", "once", "long", "just", "never", "not", "also", "first", "himself",
    "herself", "themselves", "even", "only", "since",
  ]

  /// Words after "had" that make it a verb of possession or obligation, not the pluperfect ("had to", "had a").
  static let possessionWords: Set<String> = [
    "to", "a", "an", "the", "his", "her", "its", "their", "no", "some", "many", "much", "little", "few", "one",
    "two", "three", "every", "this", "that", "these", "those", "reasons", "reason", "time", "enough", "more",
  ]

  /// Whether `expression` stands in a clause told in the pluperfect: "had" and a participle before it, after the
  /// clause's last semicolon or colon.
  static func isPluperfect(before expression: TimeExpression, in sentence: Sentence) -> Bool {
    let end = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
    guard end > 0, end <= sentence.text.utf8.count else { return false }
    let before = Substring(sentence.text.utf8.prefix(end))
    let clause = before.split(omittingEmptySubsequences: false) { $0 == ";" || $0 == ":" }.last ?? before
    let words = clause.lowercased().split { !$0.isLetter }
    for (index, word) in words.enumerated() where word == "had" {
      guard let next = words[(index + 1)...].first(where: { !pluperfectAdverbs.contains(String($0)) }) else {
        continue
      }
      if !possessionWords.contains(String(next)) { return true }
    }
    return false
  }

  /// The time of `sentence` (the next one of the document), updating the context.
  public mutating func resolve(_ sentence: Sentence, using finder: TimeFinder) -> SentenceTime {
    if sentence.section != section {
      section = sentence.section
      sectionDate = nil
      paragraphDate = nil
      reference = nil
      lastEvent = nil
    }
    if sentence.paragraph != paragraph {
      paragraph = sentence.paragraph
      if let paragraphDate, !sentence.isHeading { sectionDate = paragraphDate }
      paragraphDate = nil
      inParagraph = false
    }
    defer { inParagraph = true }
    let expressions = finder.expressions(in: sentence, reference: reference, lastEvent: lastEvent)
    for expression in expressions {
      if case .namedEvent(let id) = expression.kind { lastEvent = id }
    }
    var best: TimeExpression?
    for expression in expressions
    where expression.confidence >= Self.minimumOwnConfidence && expression.confidence > (best?.confidence ?? 0) {
      best = expression
    }
    if let best {
      // A date two or more years before the paragraph's (or, after its first sentence, the carried one) is a
      // look back (`as Sverdlov had done in 1918`): it dates its sentence, but the story goes on at its date.
      // So is any earlier date told in the pluperfect ("it was Stalin who had arranged it in July 1921").
      let story = paragraphDate ?? (inParagraph ? sectionDate : nil)
      let looksBack =
        story.map {
          best.span.end.year <= $0.start.year - 2
            || best.span.end.year <= $0.start.year && Self.isPluperfect(before: best, in: sentence)
        } ?? false
      if best.confidence >= Self.minimumCarriedConfidence, !looksBack {
        if sentence.isHeading { sectionDate = best.span } else { paragraphDate = best.span }
      }
      // The story's time is the latest date the sentence gives (`on 25 May 1922 ... since August 1918`).
      let dates = expressions.filter { TimeFinder.setsReference($0.kind, $0.confidence) }.map(\.span.start)
      if !looksBack, let latest = dates.max() { reference = latest }
      return SentenceTime(expressions: expressions, span: best.span, confidence: best.confidence, source: .sentence)
    }
    if let paragraphDate {
      return SentenceTime(
        expressions: [], span: paragraphDate, confidence: Self.paragraphConfidence, source: .paragraph)
    }
    if let sectionDate {
      return SentenceTime(expressions: [], span: sectionDate, confidence: Self.sectionConfidence, source: .section)
    }
    return SentenceTime(expressions: [], span: nil, confidence: 0, source: nil)
  }
}
