import PatronageCore

extension ExpelledRule {
  /// "Zinoviev was removed from the Politburo, Kamenev from the Central Committee", "the plenum removed Trotsky
  /// from the Politburo and Kamenev from the Orgburo": a further removal with its verb left out, of other people
  /// from another body or post. Only a comma or "and" may stand between the first body and the new people, and
  /// "from" must follow them; the gapped claim keeps the first one's expeller. Its cue word is that "from", so
  /// the time nearest it dates it.
  ///
  /// - Complexity: O(words + mentions).
  func gappedSubjects(_ removals: [Claim], in sentence: SentenceFacts, after position: Int) -> [Claim] {
    let words = sentence.words
    guard let first = removals.first, let office = first.office,
      let body = sentence.mentions.first(where: { mention in
        guard mention.words.lowerBound >= position, case .office(let id, _) = mention.referent else { return false }
        return id == office
      })
    else { return [] }
    var index = body.words.upperBound
    while index < words.count, index - body.words.upperBound < 2, [",", "and"].contains(words[index].lower) {
      index += 1
    }
    guard index > body.words.upperBound,
      let people = sentence.listAfter(index, maximumGap: 0), !people.isPossessive, !people.persons.isEmpty,
      Set(people.persons).isDisjoint(with: removals.map(\.target)),
      people.words.upperBound < words.count, words[people.words.upperBound].lower == "from",
      let next = sentence.office(after: people.words.upperBound + 1, within: 4), next != office
    else { return [] }
    let from = people.words.upperBound
    return people.persons.map { person in
      Claim(
        kind: .expelled, source: first.source, target: person, office: next,
        confidence: first.confidence * 0.9 * people.confidence, cueWord: from)
    }
  }
}
