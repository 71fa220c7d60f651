import PatronageCore

extension DocumentExtractor {
  /// The institution that met at a named event the cue's clause sets its act at ("expelled … at the Fifteenth
  /// Congress", "At the Tenth Congress, Molotov was elected"), when the lexicon names the body that met and marks
  /// it an institution; nil otherwise. `cueWord` is the cue's word index in `facts`.
  ///
  /// An expulsion or appointment whose rule found no agent is credited to that body.
  func assembly(in time: SentenceTime, sentence: Sentence, facts: SentenceFacts, cueWord: Int) -> OfficeID? {
    let words = facts.words
    for expression in time.expressions {
      guard case .namedEvent(let id) = expression.kind,
        let body = gazetteer.lexicon.events.first(where: { $0.id == id })?.body,
        gazetteer.lexicon.offices.contains(where: { $0.office.id == body && $0.isInstitution })
      else { continue }
      let offset = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
      guard let first = words.firstIndex(where: { $0.start >= offset }) else { continue }
      let before = words[..<first].filter { !$0.isPunctuation }.suffix(2).map(\.lower)
      guard before.last == "at" || before.first == "at" && before.last == "the" else { continue }
      if !facts.separatesClauses(first, cueWord) { return body }
    }
    return nil
  }
}
