import PatronageCore

extension DocumentExtractor {
  /// Allied cues that name helpers of an act ("with the connivance of A and B").
  static let helperNouns: Set<String> = ["connivance", "help", "assistance", "support", "backing", "aid", "complicity"]

  /// Those with whose help an act against someone was done are opposed to that person too: "The moves to oust him,
  /// masterminded by Stalin, with the connivance of Zinoviev, Kamenev, Bukharin…" sets each helper against the one
  /// ousted, as well as beside the one who led the act.
  ///
  /// - Complexity: O(readings × claims) over one sentence.
  static func accompliceReadings(_ readings: [(CueHit, [Claim])], in facts: SentenceFacts) -> [(CueHit, [Claim])] {
    let acts = readings.filter { $0.0.kind == .relation(.opposed) || $0.0.kind == .relation(.expelled) }
    let victims = acts.flatMap { $0.1.map(\.target) }
    guard !victims.isEmpty else { return [] }
    var result: [(CueHit, [Claim])] = []
    for (hit, _) in readings where hit.kind == .relation(.allied) {
      let words = facts.words[hit.words]
      guard words.first?.lower == "with", words.contains(where: { helperNouns.contains($0.lower) }),
        let helpers = facts.listAfter(hit.words.upperBound, maximumGap: 1)
      else { continue }
      var claims: [Claim] = []
      for helper in helpers.persons {
        for victim in victims where victim != helper {
          let claim = Claim(
            kind: .opposed, source: .person(helper), target: victim, confidence: 0.7 * helpers.confidence,
            cueWord: hit.words.lowerBound)
          if !claims.contains(claim) { claims.append(claim) }
        }
      }
      if !claims.isEmpty { result.append((CueHit(kind: .relation(.opposed), words: hit.words), claims)) }
    }
    return result
  }
}
