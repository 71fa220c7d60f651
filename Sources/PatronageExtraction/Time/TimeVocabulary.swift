/// The words the time finder knows: months, seasons, parts of a year, small numbers and units.
enum TimeVocabulary {
  /// Month names and abbreviations (folded, abbreviations with their period) → month number.
  static let months: [WordKey: Int] = keyed(monthNames)

  /// ``months`` by name.
  static let monthNames: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    var table: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      table[name] = index + 1
      table[String(name.prefix(3)) + "."] = index + 1
    }
    table["sept."] = 9
    return table
  }()

  /// Seasons → first and last month (winter is taken as the year's first two months).
  static let seasons = keyed(seasonNames)
  static let seasonNames: [String: ClosedRange<Int>] = [
    "spring": 3...5, "summer": 6...8, "autumn": 9...11, "fall": 9...11, "winter": 1...2,
  ]

  /// Words before a year that name part of it (`early 1922`, `late 1927`, `mid-1926`) → months.
  static let leadingParts = keyed(leadingPartNames)
  static let leadingPartNames: [String: ClosedRange<Int>] = [
    "early": 1...4, "late": 9...12, "mid": 5...8,
  ]

  /// Nouns in "the ___ of YEAR" that name part of it → months.
  static let partNouns = keyed(partNounNames)
  static let partNounNames: [String: ClosedRange<Int>] = [
    "end": 10...12, "close": 10...12, "beginning": 1...3, "start": 1...3, "middle": 5...8, "turn": 1...2,
    "course": 1...12,
  ]

  /// Parts of a decade (`the early 1920s`) → years into it.
  static let decadeParts: [WordKey: ClosedRange<Int>] = [
    WordKey("early"): 0...3, WordKey("mid"): 4...6, WordKey("late"): 7...9,
  ]

  /// Small counts written as words.
  static let counts = keyed(countNames)
  static let countNames: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
  ]

  /// Units of relative time (singular and plural, folded).
  static let units = keyed(unitNames)
  static let unitNames: [String: Unit] = [
    "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
    "year": .year, "years": .year, "decade": .decade, "decades": .decade,
  ]

  /// A unit of relative time.
  enum Unit { case day, week, month, year, decade }

  /// Words after an amount and unit that make it relative to the reference: direction (+1 later, -1 earlier).
  static let directions = keyed(directionNames)
  static let directionNames: [String: Int] = [
    "later": 1, "afterwards": 1, "afterward": 1, "on": 1, "earlier": -1, "before": -1, "previously": -1,
    "after": 1,
  ]

  /// Words before a unit: "the following year" (+1), "the previous year" (-1), "that year" (0).
  static let deictics = keyed(deicticNames)
  static let deicticNames: [String: Int] = [
    "following": 1, "next": 1, "subsequent": 1, "succeeding": 1, "previous": -1, "preceding": -1, "prior": -1,
    "same": 0,
  ]

  /// Words before a bare year that make it a year (rather than a count).
  static let yearContext: Set<WordKey> = keys([
    "in", "of", "by", "since", "until", "till", "from", "to", "after", "before", "during", "between", "and", "or",
    "around", "about", "circa", "c.", "ca.", "through", "throughout", "early", "late", "mid", "summer", "spring",
    "autumn", "winter", "fall", "(", ",", "the", "year", "years", "-", "--", "on", "at", "as", "into", "within",
  ])

  /// Words before a number that make it a page, item or count, never a year.
  static let notYearContext: Set<WordKey> = keys([
    "p.", "pp.", "no.", "nos.", "vol.", "page", "pages", "number", "volume", "chapter", "article", "note", "notes",
    "fn.", "footnote", "$", "£", "€", "rs.", "some", "over", "nearly", "almost", "than", "delo", "fond", "opis",
    "op.", "f.", "d.", "l.", "ll.", "list", "listy", "file", "folder", "box", "item", "doc.", "no", "nos",
  ])

  /// Words that join the two ends of a range after a date (`1921 to 1922`).
  static let rangeJoiners: Set<WordKey> = keys(["to", "until", "till", "through"])

  /// Words before a month written without a year that let it take the reference year (`in March`).
  static let monthIntroducers: Set<WordKey> = keys([
    "in", "by", "since", "until", "till", "of", "early", "late", "mid", "from", "during", "on", "after", "before",
    "between",
  ])

  /// Plural-looking words after a bare number that still allow a year (`1922 was`).
  static let verbsAfterYear: Set<WordKey> = keys(["was", "is", "has", "as", "saw", "sees", "marks", "this", "thus"])

  /// Words that can start a time expression (besides numbers and event names).
  static let triggers: Set<WordKey> = {
    var words = keys(["the", "between", "from", "first", "second", "that", "this", "later", "earlier", "mid"])
    words.formUnion(months.keys)
    words.formUnion(seasons.keys)
    words.formUnion(leadingParts.keys)
    words.formUnion(partNouns.keys)
    words.formUnion(counts.keys)
    return words
  }()

  static func keyed<Value>(_ table: [String: Value]) -> [WordKey: Value] {
    Dictionary(table.map { (WordKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  static func keys(_ words: [String]) -> Set<WordKey> { Set(words.map { WordKey($0) }) }
}
