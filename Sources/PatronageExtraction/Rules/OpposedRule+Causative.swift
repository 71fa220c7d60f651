import PatronageCore

extension OpposedRule {
  /// Opposition by having someone dealt with, or nil when the cue is not such a participle: "Stalin had Zinoviev
  /// arrested", "he ordered him shot", and with the object put first, "Shlyapnikov he had shot in 1937".
  func causativeClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    let words = sentence.words
    let start = cue.words.lowerBound
    // A state, not an act: "in exile", "under arrest", "after his execution".
    if start > 0, ["in", "into", "under", "after", "before", "his", "her", "their"].contains(words[start - 1].lower),
      ["exile", "arrest", "execution", "imprisonment", "banishment", "murder", "shot"].contains(words[start].lower)
    {
      return []
    }
    let participle = words[start].lower
    guard participle.hasSuffix("ed") || participle == "shot", start >= 2 else { return nil }
    let causes: Set<String> = ["had", "got", "has", "ordered", "orders", "wanted"]
    // "A had B arrested": the object sits between the causing verb and the participle.
    if let object = sentence.listBefore(start, maximumGap: 0), object.words.lowerBound >= 1,
      causes.contains(words[object.words.lowerBound - 1].lower),
      let subject = sentence.subject(before: object.words.lowerBound - 1)
    {
      return pairs(
        subject.agents, object.persons, confidence: 0.8 * min(subject.confidence, object.confidence), cue: cue)
    }
    // "B he had shot": the object stands first, right before the subject.
    if causes.contains(words[start - 1].lower), let subject = sentence.listBefore(start - 1, maximumGap: 0),
      let object = sentence.listBefore(subject.words.lowerBound, maximumGap: 0), object.words != subject.words
    {
      return pairs(
        subject.agents, object.persons, confidence: 0.75 * min(subject.confidence, object.confidence), cue: cue)
    }
    return nil
  }
}
