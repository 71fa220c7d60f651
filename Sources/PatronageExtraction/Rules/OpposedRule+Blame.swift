import PatronageCore

extension OpposedRule {
  /// Nouns for what goes wrong, which make a person blamed for them an opponent of whoever blames.
  static let misfortunes: Set<String> = [
    "failure", "failures", "defeat", "defeats", "mistake", "mistakes", "error", "errors", "disaster", "disasters",
    "setback", "setbacks", "crisis", "crises", "sabotage", "reversal", "reversals", "losses", "blunder", "blunders",
    "shortcomings", "troubles", "ills", "collapse",
  ]

  /// Opposition by blame, or nil when the cue is not a blame cue: "X attributed the failures to Y('s policy)",
  /// "X hinted that Y (and his allies) were responsible for the sabotage" (the one blamed is the one opposed).
  func blameClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    let word = sentence.words[cue.words.lowerBound].lower
    if word.hasPrefix("attribut") { return attributionClaims(in: sentence, at: cue) }
    if word == "responsible" { return responsibilityClaims(in: sentence, at: cue) }
    return nil
  }

  /// "X attributed [the] failures to Y": a misfortune between the verb and "to", the blamed right after "to".
  private func attributionClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let words = sentence.words
    let end = min(words.count, cue.words.upperBound + 8)
    guard let to = words[cue.words.upperBound..<end].firstIndex(where: { $0.lower == "to" }),
      words[cue.words.upperBound..<to].contains(where: { Self.misfortunes.contains($0.lower) }),
      let blamed = sentence.listAfter(to + 1, maximumGap: 1),
      let blamer = sentence.subject(before: cue.words.lowerBound), !blamer.persons.isEmpty
    else { return [] }
    return pairs(
      blamer.agents, blamed.persons, confidence: 0.75 * min(blamer.confidence, blamed.confidence), cue: cue)
  }

  /// "X said that Y … was responsible for the defeat": a reporting clause whose subject blames the people named
  /// between "that" and the cue, for a misfortune named within four words after it.
  private func responsibilityClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let words = sentence.words
    let start = cue.words.lowerBound
    let end = min(words.count, cue.words.upperBound + 4)
    guard words[cue.words.upperBound..<end].contains(where: { Self.misfortunes.contains($0.lower) }),
      let that = words[..<start].lastIndex(where: { $0.lower == "that" }), start - that <= 16,
      let blamed = sentence.listAfter(that + 1, maximumGap: 5), blamed.words.upperBound <= start,
      let blamer = sentence.subject(before: that), !blamer.persons.isEmpty
    else { return [] }
    return pairs(
      blamer.agents, blamed.persons, confidence: 0.8 * min(blamer.confidence, blamed.confidence), cue: cue)
  }
}
