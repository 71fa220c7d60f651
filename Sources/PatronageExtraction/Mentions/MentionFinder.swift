import PatronageCore

/// Finds lexicon people, offices, groups and pronouns among a sentence's words.
///
/// Longest match wins, scanning left to right; people must be capitalised, offices match in any case.
/// Ambiguous surnames go to the person the document mentioned most recently (`recent`), then to the person
/// for whom the form is a standalone surname.
/// - Complexity: O(words × candidates per first key); typo matching is cached per folded word.
public struct MentionFinder {
  public let gazetteer: Gazetteer
  private var fuzzyCache: [String: PersonID?] = [:]
  /// Folded forms of words seen so far: text vocabularies are small, so folding is paid once per word form.
  private var foldCache: [String: String] = [:]

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// The mentions of one sentence, sorted and non-overlapping. `recent` ranks people by last mention (higher = later).
  public mutating func mentions(in words: [Word], recent: [PersonID: Int]) -> [Mention] {
    var result: [Mention] = []
    let keys = words.map { $0.isPunctuation ? "" : folded($0.text) }
    var index = 0
    while index < words.count {
      if let mention = match(at: index, words: words, keys: keys, recent: recent) {
        result.append(mention)
        index = mention.words.upperBound
      } else {
        if let pronoun = Self.pronoun(words[index].lower) { result.append(Mention(pronoun, words: index..<index + 1)) }
        index += 1
      }
    }
    return result
  }

  private mutating func folded(_ text: String) -> String {
    if let known = foldCache[text] { return known }
    let key = NameFolding.fold(text)
    if foldCache.count < 200_000 { foldCache[text] = key }
    return key
  }

  private mutating func match(at index: Int, words: [Word], keys: [String], recent: [PersonID: Int]) -> Mention? {
    let key = keys[index]
    guard !key.isEmpty else { return nil }
    var best: (end: Int, targets: [Gazetteer.Target])?
    for entry in gazetteer.entries(startingWith: key) {
      if case .person = entry.target, !words[index].isCapitalised { continue }
      guard let end = Self.matchEnd(entry, from: index, words: words, keys: keys) else { continue }
      if let current = best, current.end > end { continue }
      if let current = best, current.end == end {
        best?.targets.append(entry.target)
      } else {
        best = (end, [entry.target])
      }
    }
    if let best { return mention(for: best.targets, words: index..<best.end, allWords: words, recent: recent) }
    guard words[index].isCapitalised, key.count >= 5, !Self.commonCapitalised.contains(words[index].lower) else {
      return nil
    }
    if fuzzyCache[key] == nil { fuzzyCache[key] = .some(gazetteer.fuzzyPerson(key)) }
    guard let id = fuzzyCache[key] ?? nil else { return nil }
    return Mention(.person(id), words: index..<index + 1, isPossessive: words[index].isPossessive, confidence: 0.85)
  }

  /// The end index if `entryKeys` match the words from `index`, skipping dots between initials.
  private static func matchEnd(_ entry: Gazetteer.Entry, from index: Int, words: [Word], keys: [String]) -> Int? {
    var position = index
    let entryKeys = entry.keys
    for (offset, key) in entryKeys.enumerated() {
      if offset > 0 {
        while position < words.count, words[position].text == "." || words[position].text == "-" { position += 1 }
        let possessiveInName = entry.possessive.indices.contains(offset - 1) && entry.possessive[offset - 1]
        if position > 0, words[position - 1].isPossessive, !possessiveInName { return nil }
      }
      guard position < words.count else { return nil }
      let word = keys[position]
      guard word == key || Self.isPlural(word, of: key) else { return nil }
      position += 1
    }
    return position
  }

  private static func isPlural(_ word: String, of key: String) -> Bool {
    key.count > 3 && word.count == key.count + 1 && word.hasPrefix(key) && word.hasSuffix("s")
  }

  private func mention(
    for targets: [Gazetteer.Target], words range: Range<Int>, allWords: [Word], recent: [PersonID: Int]
  ) -> Mention? {
    let possessive = allWords[range.upperBound - 1].isPossessive
    var strong: [PersonID] = []
    var weak: [PersonID] = []
    for target in targets {
      switch target {
      case .office(let id):
        return Mention(.office(id, institution: gazetteer.isInstitution(id)), words: range, isPossessive: possessive)
      case .group(let id):
        guard let group = gazetteer.group(id) else { continue }
        return Mention(.group(group.representatives.sorted()), words: range, isPossessive: possessive)
      case .person(let id, let standalone):
        if standalone { strong.append(id) } else { weak.append(id) }
      }
    }
    let ranked = (strong + weak).sorted { (recent[$0] ?? -1, $1.rawValue) > (recent[$1] ?? -1, $0.rawValue) }
    // A weak reading (the commander "Kamenev" after "General S. S. Kamenev") wins only while its full mention is
    // among the last few people named; later, the bare surname is the usual bearer's again.
    let now = recent.values.max() ?? 0
    let recentWeak = weak.filter {
      let last = recent[$0] ?? -1
      return last > (strong.map { recent[$0] ?? -1 }.max() ?? -1) && now - last < Self.weakReadingSpan
    }
    guard let id = recentWeak.first ?? (strong.count == 1 ? strong.first : ranked.first) else { return nil }
    // Contested only when another bearer of the name is in play: a second full name, or a weak reading still near.
    let rivals = Set(strong).union(
      weak.filter { now - (recent[$0] ?? -Self.weakReadingSpan - 1) < Self.weakReadingSpan })
    let confidence = rivals.subtracting([id]).isEmpty ? 1 : 0.8
    return Mention(.person(id), words: range, isPossessive: possessive, confidence: confidence)
  }

  /// How many later person mentions a weak reading of a surname survives.
  static let weakReadingSpan = 6

  static func pronoun(_ lower: String) -> Referent? {
    switch lower {
    case "he", "him", "his", "himself": .pronoun(female: false, plural: false)
    case "she", "her", "hers", "herself": .pronoun(female: true, plural: false)
    case "they", "them", "their", "themselves": .pronoun(female: nil, plural: true)
    default: nil
    }
  }

  /// Capitalised words that are never names, so typo matching does not turn them into people.
  static let commonCapitalised: Set<String> = [
    "there", "their", "these", "those", "while", "where", "which", "after", "before", "since", "until", "under",
    "party", "congress", "central", "committee", "soviet", "soviets", "russia", "russian", "moscow", "georgia",
    "georgian", "april", "march", "january", "february", "august", "september", "october", "november", "december",
    "others", "other", "although", "though", "however", "during", "between", "against", "among", "within",
  ]
}
