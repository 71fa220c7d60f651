extension SentenceFacts {
  /// Phrases that name some members of a larger set just described ("seventy-five oppositionists, including…").
  static let inclusionMarkers: [[String]] = [
    ["including"], ["among", "them"], ["among", "whom"], ["notably"], ["such", "as"], ["in", "particular"],
  ]

  /// The list of named members of an unnamed set right after `position`: "expelled seventy-five oppositionists,
  /// including Kamenev and Rakovsky", "attacked the opposition's leaders, among them Trotsky and Zinoviev".
  ///
  /// The words before the marker are one noun phrase ("seventy-five oppositionists", "Trotsky's followers", "the
  /// members of the Central Committee"): no punctuation but hyphens and the comma before the marker, no relative
  /// clause and no clause break. The list's confidence is lowered a little, since the set is only named in part.
  /// Callers ask for it only when no person follows the verb directly, so "expelled Trotsky and his followers,
  /// including Radek" keeps Trotsky as its object.
  /// - Complexity: O(within + lists).
  /// Words that open a relative clause, which a noun phrase before an inclusion marker does not hold.
  static let relativeWords: Set<String> = ["who", "whom", "whose", "which", "that", "when", "where"]

  func includedList(after position: Int, within: Int = 10) -> ArgumentList? {
    guard var list = lists.first(where: { $0.words.lowerBound > position && !$0.isPossessive }),
      !list.persons.isEmpty, list.words.lowerBound - position <= within,
      !crossesClause(position, list.words.lowerBound)
    else { return nil }
    // "among them Kamenev and Rakovsky": the pronoun is the set itself, which the list would otherwise open with.
    if ["them", "whom"].contains(words[list.words.lowerBound].lower), list.words.lowerBound > 0,
      words[list.words.lowerBound - 1].lower == "among",
      let pronoun = mentions.first(where: { $0.words.lowerBound == list.words.lowerBound })
    {
      list.agents.removeFirst(min(pronoun.persons.count, list.agents.count))
      list.words = pronoun.words.upperBound..<list.words.upperBound
      list.confidence = mentions.filter { list.words.contains($0.words.lowerBound) }.map(\.confidence).min() ?? 1
      guard !list.persons.isEmpty else { return nil }
    }
    let between = words[position..<list.words.lowerBound]
    guard
      let marker = Self.inclusionMarkers.first(where: { marker in
        between.count > marker.count && between.suffix(marker.count).map(\.lower).elementsEqual(marker)
      })
    else { return nil }
    var phrase = between.dropLast(marker.count)
    if phrase.last?.text == "," { phrase = phrase.dropLast() }
    guard !phrase.isEmpty,
      phrase.allSatisfy({ ($0.text == "-" || !$0.isPunctuation) && !Self.relativeWords.contains($0.lower) })
    else { return nil }
    list.confidence *= 0.9
    return list
  }

  /// The people a described object is then named as, after a comma: "attacked his former allies, Bukharin and
  /// Rykov", "denounced the leaders of the right, Bukharin and Rykov".
  ///
  /// The description opens with a determiner or possessive and holds at most six words without punctuation or a
  /// relative clause; the named list must end the clause (punctuation or the sentence's end after it), so that
  /// "attacked the opposition, Bukharin defended it" names no object.
  /// - Complexity: O(within + lists).
  func appositiveObject(after position: Int, within: Int = 8) -> ArgumentList? {
    guard position < words.count, Self.appositionOpeners.contains(words[position].lower),
      let comma = words[position..<min(words.count, position + within)].firstIndex(where: { $0.isPunctuation }),
      words[comma].text == ",", comma - position <= 6,
      !words[position..<comma].contains(where: { Self.relativeWords.contains($0.lower) }),
      let list = lists.first(where: { $0.words.lowerBound == comma + 1 }), !list.isPossessive, !list.persons.isEmpty,
      list.words.upperBound == words.count || words[list.words.upperBound].isPunctuation
    else { return nil }
    return list
  }

  /// Words that open a description before an appositive list of names.
  static let appositionOpeners: Set<String> = ["the", "his", "her", "their", "its", "two", "three", "both"]

  /// The person a possessor's noun names right after it: "installed his supporter Uglanov", "promoted his old
  /// friend Kirov", "expelled Zinoviev's friend Lashevich" — the object, not the possessor.
  func namedAfterPossessor(_ possessor: ArgumentList) -> ArgumentList? {
    guard possessor.isPossessive,
      let named = listAfter(possessor.words.upperBound + 1, maximumGap: 1), !named.isPossessive,
      !named.persons.isEmpty,
      words[possessor.words.upperBound..<named.words.lowerBound].allSatisfy({ !$0.isPunctuation && !$0.isCapitalised })
    else { return nil }
    return named
  }
}
