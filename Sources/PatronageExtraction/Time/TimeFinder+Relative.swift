import PatronageCore

extension TimeFinder {
  /// A relative expression at `i`, resolved against `reference`:
  /// `a month later`, `three years earlier`, `two days later`, `the following year`, `the next year`,
  /// `the previous month`, `that year`, `the same year`, `later that year`, `that spring`.
  func matchRelative(_ tokens: [Token], at i: Int, reference: HistoricalDate?) -> Match? {
    guard let reference, i < tokens.count else { return nil }
    let word = tokens[i].key
    // "<amount> <unit> later|earlier|after|before|afterwards|on"
    if let amount = TimeVocabulary.counts[word] ?? smallNumber(tokens[i]), i + 2 < tokens.count,
      let unit = TimeVocabulary.units[tokens[i + 1].key],
      let direction = TimeVocabulary.directions[tokens[i + 2].key]
    {
      let isPreposition = tokens[i + 2].is("after") || tokens[i + 2].is("before")
      if isPreposition, i + 3 < tokens.count, tokens[i + 3].isWord { return nil }  // "a year after the war"
      return shift(reference, by: amount * direction, unit, end: i + 3)
    }
    // "the following year", "the next month", "the previous year", "the same year"
    if tokens[i].is("the"), i + 2 < tokens.count, let direction = TimeVocabulary.deictics[tokens[i + 1].key],
      let unit = TimeVocabulary.units[tokens[i + 2].key]
    {
      return shift(reference, by: direction, unit, end: i + 3)
    }
    // "the year before", "the year after" (standing alone)
    if tokens[i].is("the"), i + 2 < tokens.count, let unit = TimeVocabulary.units[tokens[i + 1].key],
      tokens[i + 2].is("before") || tokens[i + 2].is("after"),
      i + 3 == tokens.count || !tokens[i + 3].isWord
    {
      return shift(reference, by: tokens[i + 2].is("after") ? 1 : -1, unit, end: i + 3)
    }
    // "that year", "this month", "later that year", "that spring"
    var j = i
    if tokens[i].is("later") || tokens[i].is("earlier"), i + 1 < tokens.count { j += 1 }
    if tokens[j].is("that") || tokens[j].is("this"), j + 1 < tokens.count {
      let next = tokens[j + 1].key
      if tokens[j + 1].is("year") || tokens[j + 1].is("month"), let unit = TimeVocabulary.units[next] {
        return shift(reference, by: 0, unit, end: j + 2)
      }
      if let months = TimeVocabulary.seasons[next],
        let span = TimePoint(year: reference.year, months: months, end: j + 2).span
      {
        return Match(span: span, end: j + 2, kind: .relative, confidence: 0.7)
      }
    }
    return nil
  }

  /// A digit amount (`3 years later`), 1...99.
  func smallNumber(_ token: Token) -> Int? {
    guard token.kind == .number, token.length <= 2, let value = token.number, value > 0 else { return nil }
    return value
  }

  /// `reference` moved by `amount` units, at the precision the reference supports.
  func shift(_ reference: HistoricalDate, by amount: Int, _ unit: TimeVocabulary.Unit, end: Int) -> Match? {
    var year = reference.year
    var month = reference.month
    var day = reference.day
    var confidence = 0.75
    switch unit {
    case .decade: year += 10 * amount
    case .year: year += amount
    case .month:
      if let known = month {
        let total = year * 12 + known - 1 + amount
        year = total / 12
        month = total % 12 + 1
      } else {
        confidence = 0.6
      }
      day = nil
    case .week, .day:
      let days = unit == .week ? 7 * amount : amount
      if let known = month, let knownDay = day {
        (year, month, day) = CalendarArithmetic.add(days: days, to: (year, known, knownDay))
      } else {
        day = nil
        confidence = 0.6
      }
    }
    if unit == .year || unit == .decade {
      month = nil
      day = nil
    }
    guard let date = try? HistoricalDate(year: year, month: month, day: month == nil ? nil : day),
      let span = try? TimeSpan(date)
    else { return nil }
    return Match(span: span, end: end, kind: .relative, confidence: confidence)
  }
}

/// Day arithmetic on the proleptic Gregorian calendar (enough for "two days later").
enum CalendarArithmetic {
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `date` moved by `days` (either sign).
  static func add(days: Int, to date: (Int, Int, Int)) -> (Int, Int?, Int?) {
    var (year, month, day) = date
    day += days
    while day > daysIn(month: month, year: year) {
      day -= daysIn(month: month, year: year)
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    while day < 1 {
      month -= 1
      if month < 1 {
        month = 12
        year -= 1
      }
      day += daysIn(month: month, year: year)
    }
    return (year, month, day)
  }
}
