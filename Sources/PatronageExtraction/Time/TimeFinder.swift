import PatronageCore

/// Finds time expressions in a sentence and resolves them to spans.
///
/// A hand-written matcher over the sentence's tokens (no regular expressions), tried at each token in this
/// order, the first match winning and the scan resuming after it:
/// 1. a named event of the lexicon (`the Fifteenth Congress`; a name several events share, such as `the
///    October plenum`, is resolved by a year written next to it or by the reference year, else skipped);
/// 2. a range introduced by `between`/`from` (`from 1924 to 1926`, `between April 23rd and 29th, 1929`);
/// 3. a date, part of a year, season or decade (`31 August 1922`, `March 1921`, `early 1922`, `the end of 1925`,
///    `spring and summer of 1925`, `mid-1926`, `the 1920s`), optionally followed by a dash and a second one
///    (`1921–1922`, `1921-22`, `1920–1`), or a year followed by `and` and the next year (`1925 and 1926`);
/// 4. a relative expression (`a month later`, `three years earlier`, `the following year`, `that year`),
///    resolved against the reference date — the caller's, then updated by each absolute expression found
///    earlier in the same sentence; without a reference nothing is returned for it.
///
/// Years are four-digit numbers from 1000 to 2100 written in a year context: never after `p.`, `No.`, `page`
/// and the like, never a grouped count (`10,000`), and not a bare number followed by a plural noun
/// (`1500 delegates`) unless a preposition such as `in` or `by` introduces it.
///
/// - Complexity: O(t · m) for t tokens and m the longest event name, in tokens.
public struct TimeFinder: Sendable {
  /// Events by the folded first token of each of their names, as indices into ``namedEvents`` (an index is
  /// cheap to copy while the candidates of a word are compared).
  let events: [WordKey: [(tokens: [WordKey], event: Int)]]
  /// The events of the lexicon.
  let namedEvents: [NamedEvent]
  /// Meetings of a body by the noun their names end in (`congress`, `plenum`), in order of date, for "the next
  /// congress".
  let eventsByNoun: [WordKey: [Int]]
  /// Words that can start an expression: ``TimeVocabulary/triggers`` and the first words of event names.
  let triggers: KeySet
  /// Words that can follow "the" in an expression: ``triggers``, deictics and units (`the following year`).
  let afterThe: KeySet

  /// Creates a finder that knows `events` (from the lexicon; may be empty).
  public init(events: [NamedEvent]) {
    var index: [WordKey: [(tokens: [WordKey], event: Int)]] = [:]
    for (position, event) in events.enumerated() {
      for name in event.names {
        var tokens = Tokenizer.tokens(in: name, utf8Range: 0..<name.utf8.count).map(\.key)
        if tokens.first == WordKey(literal: "the") { tokens.removeFirst() }
        guard let first = tokens.first else { continue }
        index[first, default: []].append((tokens, position))
      }
    }
    for key in index.keys { index[key]?.sort { $0.tokens.count > $1.tokens.count } }
    self.events = index
    self.namedEvents = events
    var byNoun: [WordKey: Set<Int>] = [:]
    for (position, event) in events.enumerated() where event.body != nil {
      for name in event.names {
        let tokens = Tokenizer.tokens(in: name, utf8Range: 0..<name.utf8.count)
        if let last = tokens.last, last.isWord { byNoun[last.key, default: []].insert(position) }
      }
    }
    self.eventsByNoun = byNoun.mapValues { $0.sorted { (events[$0].span.start, $0) < (events[$1].span.start, $1) } }
    let triggers = TimeVocabulary.triggers.union(index.keys)
    self.triggers = KeySet(triggers)
    self.afterThe = KeySet(triggers.union(TimeVocabulary.deictics.keys).union(TimeVocabulary.units.keys))
  }

  /// A matched expression before it is placed in the text.
  struct Match {
    var span: TimeSpan
    var end: Int
    var kind: TimeExpression.Kind
    var confidence: Double
  }

  /// The time expressions of `sentence`, in order; `reference` resolves relative ones, and `lastEvent` (the id of
  /// the named event mentioned last) "the next congress".
  public func expressions(
    in sentence: Sentence, reference: HistoricalDate?, lastEvent: String? = nil
  ) -> [TimeExpression] {
    let tokens = sentence.tokens
    var result: [TimeExpression] = []
    var reference = reference
    var lastEvent = lastEvent
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      let possible =
        switch token.kind {
        case .number, .ordinal, .decade: true
        case .word, .capitalisedWord, .abbreviation: triggers.contains(token.key)
        default: false
        }
      guard possible, var match = match(tokens, at: i, reference: reference, lastEvent: lastEvent), match.end > i
      else {
        i += 1
        continue
      }
      match.confidence = Swift.min(match.confidence, Self.contextConfidence(tokens, match: i..<match.end))
      let first = tokens[i]
      let last = tokens[match.end - 1]
      var expression = TimeExpression(
        span: match.span, range: sentence.textRange(first.utf8Range.lowerBound..<last.utf8Range.upperBound),
        utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound, kind: match.kind,
        confidence: match.confidence)
      expression.isUpperBound = Self.isUpperBound(tokens, before: i)
      result.append(expression)
      if Self.setsReference(match.kind, match.confidence) { reference = match.span.start }
      if case .namedEvent(let id) = match.kind { lastEvent = id }
      i = match.end
    }
    return result
  }

  /// Whether an expression becomes the reference for the relative ones after it: a sure one with a written
  /// year — not a relative one, a whole decade, or a named event (events are mostly recalled as landmarks:
  /// `On December 18` after a mention of `the Tenth Congress` belongs to the story's year, not the congress's).
  static func setsReference(_ kind: TimeExpression.Kind, _ confidence: Double) -> Bool {
    switch kind {
    case .relative, .decade, .namedEvent: false
    case .explicit, .range, .part: confidence >= TimeContext.minimumCarriedConfidence
    }
  }

  /// The most confidence the words around an expression allow: a bound in the past (`before 1905`: 0.5,
  /// `since 1919`: 0.55) is not when the sentence happens; a year closing a citation (`(Ann Arbor, 1964)`,
  /// `no. 12 (1989)`: 0.3) is a publication date.
  static func contextConfidence(_ tokens: [Token], match: Range<Int>) -> Double {
    let before = match.lowerBound > 0 ? tokens[match.lowerBound - 1] : nil
    if let before, before.isPunctuation(UInt8(ascii: ",")), closesCitation(tokens, from: match.upperBound) {
      return 0.3
    }
    // "no. 12 (1989)": a journal issue's year.
    if let before, before.isPunctuation(UInt8(ascii: "(")), match.lowerBound >= 2,
      tokens[match.lowerBound - 2].kind == .number, match.upperBound < tokens.count,
      tokens[match.upperBound].isPunctuation(UInt8(ascii: ")"))
    {
      return 0.3
    }
    // "the author of Stalin (1949)", "in his memoirs (1959)": a work's year in parentheses.
    if let before, before.isPunctuation(UInt8(ascii: "(")), match.upperBound < tokens.count,
      tokens[match.upperBound].isPunctuation(UInt8(ascii: ")")),
      tokens[max(0, match.lowerBound - 14)..<match.lowerBound].contains(where: isPublicationWord)
    {
      return 0.3
    }
    // "the publication in 1990 of the minutes".
    if let before, before.is("in"), match.lowerBound >= 2, isPublicationWord(tokens[match.lowerBound - 2]) {
      return 0.3
    }
    if isUpperBound(tokens, before: match.lowerBound) { return 0.5 }
    if let before, before.is("since") { return 0.55 }
    return 1
  }

  /// Whether the tokens from `index` close a parenthesis with nothing but page numbers before it: `)`,
  /// `, 35-36)`, `, pp. 12, 14)`.
  static func closesCitation(_ tokens: [Token], from index: Int) -> Bool {
    for token in tokens[index..<min(tokens.count, index + 8)] {
      if token.isPunctuation(UInt8(ascii: ")")) { return true }
      let page =
        token.kind == .number || token.kind == .dash || token.isPunctuation(UInt8(ascii: ","))
        || token.isPunctuation(UInt8(ascii: ".")) || token.kind == .abbreviation || token.is("p") || token.is("pp")
      guard page else { return false }
    }
    return false
  }

  /// Whether the expression starting at `index` follows "before" or "prior to" ("until" includes its year).
  static func isUpperBound(_ tokens: [Token], before index: Int) -> Bool {
    guard index > 0 else { return false }
    let before = tokens[index - 1]
    if before.is("before") || before.is("prior") { return true }
    return before.is("to") && index > 1 && tokens[index - 2].is("prior")
  }

  /// Words that name a written work or its appearance, whose year is not the year of the events it tells.
  static func isPublicationWord(_ token: Token) -> Bool {
    token.is("author") || token.is("authors") || token.is("published") || token.is("publication")
      || token.is("memoirs") || token.is("memoir") || token.is("biography") || token.is("edition")
      || token.is("book")
  }

  func match(_ tokens: [Token], at i: Int, reference: HistoricalDate?, lastEvent: String? = nil) -> Match? {
    if tokens[i].is("the") {
      // "the" starts an expression only before a number or another time word ("the 1920s", "the end of").
      guard i + 1 < tokens.count else { return nil }
      let next = tokens[i + 1]
      guard next.number != nil || afterThe.contains(next.key) else { return nil }
    }
    if let event = matchEvent(tokens, at: i, reference: reference) { return event }
    if let event = matchAdjacentEvent(tokens, at: i, reference: reference, lastEvent: lastEvent) { return event }
    if tokens[i].is("between") || tokens[i].is("from"),
      let range = matchRange(tokens, from: i + 1, introduced: tokens[i].key, reference: reference)
    {
      return range
    }
    if let point = matchPoint(tokens, at: i, reference: reference) { return point }
    return matchRelative(tokens, at: i, reference: reference)
  }
}
