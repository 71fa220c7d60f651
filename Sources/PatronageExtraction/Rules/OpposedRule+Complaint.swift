import PatronageCore

extension OpposedRule {
  /// Opposition by complaint, or nil when the cue is not the verb "complain": "X complained (bitterly) (to Moscow)
  /// about Y", "X complained of Y's behaviour". The one complained about is the one opposed, not whoever hears it
  /// ("complained to Stalin about Trotsky" opposes Trotsky).
  func complaintClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    let word = sentence.words[cue.words.lowerBound].lower
    guard word.hasPrefix("complain") else { return nil }
    let start = cue.words.lowerBound
    let end = min(sentence.words.count, cue.words.upperBound + 6)
    guard
      let preposition = sentence.words[start..<end].firstIndex(where: { ["about", "of", "against"].contains($0.lower) }
      ),
      !sentence.crossesClause(start, preposition),
      let target = sentence.listAfter(preposition + 1, maximumGap: 1),
      let complainant = sentence.subject(before: start), !complainant.persons.isEmpty,
      Set(complainant.persons) != Set(target.persons)
    else { return [] }
    return pairs(
      complainant.agents, target.persons, confidence: 0.8 * min(complainant.confidence, target.confidence), cue: cue)
  }
}
