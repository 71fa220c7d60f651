import PatronageCore

/// Finds lexicon people, offices, groups and pronouns among a sentence's words.
///
/// Longest match wins, scanning left to right; people must be capitalised, offices match in any case.
/// Ambiguous surnames go to the person the document mentioned most recently (`recent`), then to the person
/// for whom the form is a standalone surname.
/// - Complexity: O(words × candidates per first key); typo matching is cached per folded word.
public struct MentionFinder {
  public let gazetteer: Gazetteer
  private var fuzzyCache = KeyMap<PersonID?>()
  /// Folded forms of words seen so far, by the key of the word's exact text: text vocabularies are small, so
  /// folding is paid once per word form.
  private var foldCache = KeyMap<NameKey>()

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// The mentions of one sentence, sorted and non-overlapping. `recent` ranks people by last mention (higher = later).
  public mutating func mentions(in words: [Word], recent: [PersonID: Int]) -> [Mention] {
    var result: [Mention] = []
    let keys = words.map { $0.isPunctuation ? NameKey.none : folded($0) }
    var index = 0
    while index < words.count {
      if let mention = match(at: index, words: words, keys: keys, recent: recent) {
        result.append(mention)
        index = mention.words.upperBound
      } else {
        if let pronoun = Self.pronoun(words[index].lowerKey) {
          result.append(Mention(pronoun, words: index..<index + 1))
        }
        index += 1
      }
    }
    let embassies = embassies(in: words, keys: keys, besides: result)
    if embassies.isEmpty { return result }
    return (result + embassies).sorted { $0.words.lowerBound < $1.words.lowerBound }
  }

  mutating func folded(_ word: Word) -> NameKey {
    if let known = foldCache[word.textKey] { return known }
    let key = NameKey(folded: NameFolding.fold(word.text))
    if foldCache.count < 200_000 { foldCache[word.textKey] = key }
    return key
  }

  mutating func match(at index: Int, words: [Word], keys: [NameKey], recent: [PersonID: Int]) -> Mention? {
    let key = keys[index]
    guard key.key != .empty else { return nil }
    var best: (end: Int, targets: [Gazetteer.Target])?
    for candidate in gazetteer.candidates(startingWith: key.key) {
      if candidate.isPerson, !words[index].isCapitalised { continue }
      let entryKeys = gazetteer.keyPool[candidate.keys]
      guard
        let end = Self.matchEnd(
          entryKeys, possessiveWords: candidate.possessiveWords, from: index, words: words, keys: keys)
      else { continue }
      if let current = best, current.end > end { continue }
      if let current = best, current.end == end {
        best?.targets.append(gazetteer.targets[candidate.target])
      } else {
        best = (end, [gazetteer.targets[candidate.target]])
      }
    }
    if let best { return mention(for: best.targets, words: index..<best.end, allWords: words, recent: recent) }
    guard words[index].isCapitalised, key.count >= 5, !Self.commonCapitalised.contains(words[index].lowerKey) else {
      return nil
    }
    if fuzzyCache[key.key] == nil { fuzzyCache[key.key] = .some(gazetteer.fuzzyPerson(key.folded)) }
    guard let id = fuzzyCache[key.key] ?? nil else { return nil }
    return Mention(.person(id), words: index..<index + 1, isPossessive: words[index].isPossessive, confidence: 0.85)
  }

  /// The end index if `entryKeys` match the words from `index`, skipping dots between initials. A possessive word
  /// ends the name unless the name itself has one there (`possessiveWords`, bit per word).
  private static func matchEnd(
    _ entryKeys: ArraySlice<WordKey>, possessiveWords: UInt64, from index: Int, words: [Word], keys: [NameKey]
  ) -> Int? {
    var position = index
    for (offset, key) in entryKeys.enumerated() {
      if offset > 0 {
        while position < words.count, words[position].lowerKey == dot || words[position].lowerKey == hyphen {
          position += 1
        }
        let possessiveInName = offset <= 64 && possessiveWords & (1 << UInt64(offset - 1)) != 0
        if position > 0, words[position - 1].isPossessive, !possessiveInName { return nil }
      }
      guard position < words.count, keys[position].matches(key) else { return nil }
      position += 1
    }
    return position
  }

  private static let dot = Word.key(".")
  private static let hyphen = Word.key("-")

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
        var mention = Mention(.group(group.representatives.sorted()), words: range, isPossessive: possessive)
        if let from = group.from, let to = group.to, from <= to { mention.era = from...to }
        return mention
      case .person(let id, let standalone):
        if standalone { strong.append(id) } else { weak.append(id) }
      }
    }
    let candidates = strong + weak
    guard let first = candidates.first else { return nil }
    if candidates.count == 1 { return Mention(.person(first), words: range, isPossessive: possessive) }
    let now = recent.values.max() ?? 0
    let id = Self.pick(candidates, strongCount: strong.count, recent: recent, now: now)
    // Contested only when another bearer of the name is in play: a second full name, or a weak reading still near.
    let contested = candidates.indices.contains { index in
      candidates[index] != id && (index < strong.count || Self.isNear(candidates[index], recent: recent, now: now))
    }
    return Mention(.person(id), words: range, isPossessive: possessive, confidence: contested ? 0.8 : 1)
  }

  /// How many later person mentions a weak reading of a surname survives.
  static let weakReadingSpan = 6

  /// Whether `person` is among the last few people named (within ``weakReadingSpan`` mentions of `now`).
  private static func isNear(_ person: PersonID, recent: [PersonID: Int], now: Int) -> Bool {
    guard let last = recent[person] else { return false }
    return now - last < weakReadingSpan
  }

  /// The person an ambiguous name stands for: the first weak candidate mentioned more recently than every strong
  /// one and still near (the commander "Kamenev" right after "General S. S. Kamenev"); else the only strong one;
  /// else the most recent, the smaller id on a tie.
  private static func pick(
    _ candidates: [PersonID], strongCount: Int, recent: [PersonID: Int], now: Int
  ) -> PersonID {
    let ranks = candidates.map { recent[$0] ?? -1 }
    let strongBest = ranks[..<strongCount].max() ?? -1
    if let weak = (strongCount..<candidates.count).first(where: {
      ranks[$0] > strongBest && isNear(candidates[$0], recent: recent, now: now)
    }) {
      return candidates[weak]
    }
    if strongCount == 1 { return candidates[0] }
    var top = 0
    for index in candidates.indices.dropFirst() {
      let isBetter =
        ranks[index] == ranks[top] ? candidates[index].rawValue < candidates[top].rawValue : ranks[index] > ranks[top]
      if isBetter { top = index }
    }
    return candidates[top]
  }

  /// The pronoun a word is, by the key of its lowercase form.
  static func pronoun(_ lowerKey: WordKey) -> Referent? {
    for (key, referent) in pronouns where key == lowerKey { return referent }
    return nil
  }

  private static let pronouns: [(WordKey, Referent)] =
    ["he", "him", "his", "himself"].map { (Word.key($0), .pronoun(female: false, plural: false)) }
    + ["she", "her", "hers", "herself"].map { (Word.key($0), .pronoun(female: true, plural: false)) }
    + ["they", "them", "their", "themselves"].map { (Word.key($0), .pronoun(female: nil, plural: true)) }

  /// Capitalised words that are never names, so typo matching does not turn them into people.
  static let commonCapitalised = KeySet(commonCapitalisedWords.map(Word.key))

  static let commonCapitalisedWords: Set<String> = [
    "there", "their", "these", "those", "while", "where", "which", "after", "before", "since", "until", "under",
    "party", "congress", "central", "committee", "soviet", "soviets", "russia", "russian", "moscow", "georgia",
    "georgian", "april", "march", "january", "february", "august", "september", "october", "november", "december",
    "others", "other", "although", "though", "however", "during", "between", "against", "among", "within",
  ]
}
