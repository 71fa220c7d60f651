import PatronageCore

extension TimeFinder {
  /// A point at `i`: a part of a year, a season, a decade, a calendar date or a year.
  func point(_ tokens: [Token], at i: Int, dayOnly: Bool = false) -> TimePoint? {
    guard i < tokens.count else { return nil }
    var j = i
    if tokens[j].is("the") { j += 1 }
    guard j < tokens.count else { return nil }
    let word = tokens[j].key
    // "the end of 1925", "the beginning of March 1921", "the first half of 1923"
    var partMonths = TimeVocabulary.partNouns[word]
    var ofIndex = j + 1
    if tokens[j].is("first") || tokens[j].is("second"), j + 1 < tokens.count, tokens[j + 1].is("half") {
      partMonths = tokens[j].is("first") ? 1...6 : 7...12
      ofIndex = j + 2
    }
    if let months = partMonths, ofIndex < tokens.count, tokens[ofIndex].is("of"),
      var inner = point(tokens, at: ofIndex + 1), inner.year != nil
    {
      if inner.months == nil, inner.lastYear == nil { inner.months = months }
      inner.kind = .part
      inner.confidence = 0.85
      return inner
    }
    // "early 1922", "mid-1926", "late 1927", "the early 1920s"
    if let months = TimeVocabulary.leadingParts[word] {
      var k = j + 1
      if k < tokens.count, tokens[k].kind == .dash, tokens[k].utf8Range.lowerBound == tokens[j].utf8Range.upperBound {
        k += 1
      }
      if let start = decade(tokens, at: k), let part = TimeVocabulary.decadeParts[word] {
        return TimePoint(
          year: start + part.lowerBound, lastYear: start + part.upperBound, end: k + 1, kind: .decade,
          confidence: 0.7)
      }
      if var inner = calendarDate(tokens, at: k), inner.year != nil {
        inner.kind = .part
        return inner
      }
      if let year = year(tokens, at: k) {
        return TimePoint(year: year, months: months, end: k + 1, kind: .part, confidence: 0.85)
      }
    }
    if let season = seasons(tokens, at: j) { return season }
    if let start = decade(tokens, at: j) {
      return TimePoint(year: start, lastYear: start + 9, end: j + 1, kind: .decade, confidence: 0.6)
    }
    if let date = calendarDate(tokens, at: i, dayOnly: dayOnly) { return date }
    if let year = year(tokens, at: i) { return TimePoint(year: year, end: i + 1) }
    return nil
  }

  /// "spring and summer of 1925", "the autumn of 1923", "summer 1924".
  func seasons(_ tokens: [Token], at j: Int) -> TimePoint? {
    guard let first = TimeVocabulary.seasons[tokens[j].key] else { return nil }
    var last = first
    var k = j + 1
    if k + 1 < tokens.count, tokens[k].is("and") || tokens[k].is("to"),
      let second = TimeVocabulary.seasons[tokens[k + 1].key]
    {
      last = second
      k += 2
    }
    if k < tokens.count, tokens[k].is("of") { k += 1 }
    guard let year = year(tokens, at: k) else { return nil }
    let months = first.lowerBound <= last.upperBound ? first.lowerBound...last.upperBound : first
    return TimePoint(year: year, months: months, end: k + 1, kind: .part, confidence: 0.85)
  }

  /// A point, possibly followed by a dash and a second point (`1921–1922`, `1921-22`, `April 23–29, 1929`).
  func matchPoint(_ tokens: [Token], at i: Int, reference: HistoricalDate?) -> Match? {
    guard var first = point(tokens, at: i) else { return nil }
    var k = first.end
    if k < tokens.count, tokens[k].kind == .dash || TimeVocabulary.rangeJoiners.contains(tokens[k].key) {
      if let year = first.year, first.lastYear == nil, tokens[k].kind == .dash,
        let short = shortYear(tokens, at: k + 1, after: year), let start = first.span?.start,
        let end = try? HistoricalDate(year: short), let span = try? TimeSpan(start, end)
      {
        return Match(span: span, end: k + 2, kind: .range, confidence: 0.9)
      }
      if let combined = combine(first, point(tokens, at: k + 1, dayOnly: true), reference: reference) {
        return combined
      }
    }
    // "in 1925 and 1926": two consecutive bare years joined by "and" are one span (years further apart are two
    // occasions, and a span between them would claim the years in between).
    if let year = first.year, first.months == nil, first.lastYear == nil, k + 1 < tokens.count, tokens[k].is("and"),
      let second = point(tokens, at: k + 1), second.months == nil, second.lastYear == nil, second.year == year + 1,
      let last = second.year
    {
      return spanMatch(year: year, to: last, end: second.end, kind: .range, confidence: first.confidence)
    }
    if first.year == nil {
      // A month without a year ("in March") takes the reference year, if there is one.
      let introduced = i > 0 && TimeVocabulary.monthIntroducers.contains(tokens[i - 1].key)
      guard let reference, first.months != nil, introduced || first.day != nil else { return nil }
      first.year = reference.year
      k = first.end
      guard let span = first.span else { return nil }
      return Match(span: span, end: k, kind: .relative, confidence: 0.6)
    }
    guard let span = first.span else { return nil }
    return Match(span: span, end: first.end, kind: first.kind, confidence: first.confidence)
  }

  /// "from 1924 to 1926", "between April 23rd and 29th, 1929" (after the introducing word).
  func matchRange(_ tokens: [Token], from i: Int, introduced: WordKey, reference: HistoricalDate?) -> Match? {
    guard let first = point(tokens, at: i), first.end < tokens.count else { return nil }
    let joiner = tokens[first.end]
    let between = introduced == WordKey(literal: "between")
    let joins =
      joiner.kind == .dash || (between ? joiner.is("and") : joiner.is("to"))
      || (!between && TimeVocabulary.rangeJoiners.contains(joiner.key))
    guard joins else { return nil }
    if let year = first.year, first.months == nil, let short = shortYear(tokens, at: first.end + 1, after: year) {
      return spanMatch(year: year, to: short, end: first.end + 2, kind: .range, confidence: 0.9)
    }
    return combine(first, point(tokens, at: first.end + 1, dayOnly: true), reference: reference)
  }

  /// Joins two points into a range, lending year and month from one to the other where one is missing; when
  /// neither has a year (`between December 23 and 26`), both take the reference year, as a relative expression.
  func combine(_ first: TimePoint, _ second: TimePoint?, reference: HistoricalDate?) -> Match? {
    guard var second else { return nil }
    var first = first
    var kind = TimeExpression.Kind.range
    var confidence = 0.9
    if first.year == nil, second.year == nil, first.months != nil, let reference {
      first.year = reference.year
      kind = .relative
      confidence = 0.6
    }
    if first.year == nil { first.year = second.year }
    if second.year == nil { second.year = first.year }
    if second.months == nil, second.day != nil { second.months = first.months }
    guard let start = first.span, let end = second.span, !(end.end < start.start) else { return nil }
    return Match(span: start.union(end), end: second.end, kind: kind, confidence: confidence)
  }

  /// The second year of `1921-22` or `1920–1`: one or two digits, completed from `year`.
  func shortYear(_ tokens: [Token], at i: Int, after year: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .number, let digits = Optional(tokens[i].length),
      digits <= 2, let value = tokens[i].number
    else { return nil }
    let base = digits == 1 ? year - year % 10 : year - year % 100
    var result = base + value
    if result < year { result += digits == 1 ? 10 : 100 }
    return result > year && result - year <= 20 ? result : nil
  }

  func spanMatch(year: Int, to last: Int, end: Int, kind: TimeExpression.Kind, confidence: Double) -> Match? {
    guard let span = try? TimeSpan(years: year, last) else { return nil }
    return Match(span: span, end: end, kind: kind, confidence: confidence)
  }
}
