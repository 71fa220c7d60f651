import PatronageCore

/// A date, part of a year or decade as written, possibly without its year (`April 23rd`, `29th`).
struct TimePoint {
  var year: Int?
  var months: ClosedRange<Int>?
  var day: Int?
  /// The last year for decades (`the 1920s` → 1929); else `year`.
  var lastYear: Int?
  /// One past its last token.
  var end: Int
  var kind: TimeExpression.Kind = .explicit
  var confidence = 0.9

  /// The span it names, when it has a year.
  var span: TimeSpan? {
    guard let year else { return nil }
    let single = months.map { $0.count == 1 } ?? false
    let start = try? HistoricalDate(year: year, month: months?.lowerBound, day: single ? day : nil)
    let end = try? HistoricalDate(year: lastYear ?? year, month: months?.upperBound, day: single ? day : nil)
    guard let start, let end else { return nil }
    return try? TimeSpan(start, end)
  }
}

extension TimeFinder {
  /// A four-digit year at `i` (1000...2100), if the context allows it.
  func year(_ tokens: [Token], at i: Int, strict: Bool = false) -> Int? {
    guard i < tokens.count, tokens[i].kind == .number, tokens[i].length == 4,
      let value = tokens[i].number, (1000...2100).contains(value)
    else { return nil }
    if i > 0 {
      let before = tokens[i - 1].key
      if TimeVocabulary.notYearContext.contains(before) { return nil }
      if TimeVocabulary.yearContext.contains(before) || TimeVocabulary.months[before] != nil { return value }
    }
    if strict { return nil }
    // A bare number before a plural noun is a count ("1500 delegates"), not a year.
    if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].lastByte == UInt8(ascii: "s"),
      !TimeVocabulary.verbsAfterYear.contains(tokens[i + 1].key)
    {
      return nil
    }
    return value
  }

  /// A day of the month (1...31, a number of one or two digits or an ordinal) at `i`.
  func day(_ tokens: [Token], at i: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .number || tokens[i].kind == .ordinal,
      tokens[i].length <= 4, let value = tokens[i].number, (1...31).contains(value)
    else { return nil }
    return value
  }

  /// A month name at `i` (capitalised, or an abbreviation such as `Oct.`).
  func month(_ tokens: [Token], at i: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .capitalisedWord || tokens[i].kind == .abbreviation else { return nil }
    return TimeVocabulary.months[tokens[i].key]
  }

  /// Skips a comma at `i`.
  func skipComma(_ tokens: [Token], _ i: Int) -> Int {
    i < tokens.count && tokens[i].isPunctuation(UInt8(ascii: ",")) ? i + 1 : i
  }

  /// A date at `i` with day and/or month: `31 August 1922`, `the 23rd of April`, `March 1921`, `April 23rd, 1929`,
  /// `Oct. 1922`; with `dayOnly`, also a bare day (`29th, 1929`) as the second half of a range.
  func calendarDate(_ tokens: [Token], at i: Int, dayOnly: Bool = false) -> TimePoint? {
    var j = i
    if j < tokens.count, tokens[j].is("the"), day(tokens, at: j + 1) != nil { j += 1 }
    if let day = day(tokens, at: j) {
      var k = j + 1
      if k < tokens.count, tokens[k].is("of") { k += 1 }
      if let month = month(tokens, at: k) {
        let afterMonth = skipComma(tokens, k + 1)
        let year = year(tokens, at: afterMonth)
        return TimePoint(year: year, months: month...month, day: day, end: year == nil ? k + 1 : afterMonth + 1)
      }
      guard dayOnly else { return nil }
      let afterDay = skipComma(tokens, j + 1)
      let year = year(tokens, at: afterDay)
      return TimePoint(year: year, day: day, end: year == nil ? j + 1 : afterDay + 1)
    }
    guard let month = month(tokens, at: j) else { return nil }
    if let day = day(tokens, at: j + 1) {
      let afterDay = skipComma(tokens, j + 2)
      let year = year(tokens, at: afterDay)
      return TimePoint(year: year, months: month...month, day: day, end: year == nil ? j + 2 : afterDay + 1)
    }
    var k = j + 1
    if k < tokens.count, tokens[k].is("of") || tokens[k].isPunctuation(UInt8(ascii: ",")) { k += 1 }
    if let year = year(tokens, at: k) { return TimePoint(year: year, months: month...month, end: k + 1) }
    return TimePoint(year: nil, months: month...month, end: j + 1)
  }

  /// A decade token at `i` (`1920s`) → its first year.
  func decade(_ tokens: [Token], at i: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .decade, tokens[i].length == 5,
      let value = tokens[i].number, value % 10 == 0, (1000...2100).contains(value)
    else { return nil }
    return value
  }
}
