import PatronageCore

extension DocumentExtractor {
  /// What parts two clauses: an act set at a meeting in one clause is not the act of the other.
  private static let clauseSeparators = [";", ", when", ", and", ", while", ", but", ", whereas", ", after"]

  /// The institution that met at a named event the cue's clause sets its act at ("expelled … at the Fifteenth
  /// Congress", "At the Tenth Congress, Molotov was elected"), when the lexicon names the body that met and marks
  /// it an institution; nil otherwise. `cueOffset` is the cue's UTF-8 offset in the sentence.
  ///
  /// An expulsion or appointment whose rule found no agent is credited to that body.
  func assembly(in time: SentenceTime, sentence: Sentence, cueOffset: Int) -> OfficeID? {
    let text = sentence.text
    let utf8 = text.utf8
    let cue = utf8.index(utf8.startIndex, offsetBy: min(cueOffset, utf8.count))
    for expression in time.expressions {
      guard case .namedEvent(let id) = expression.kind,
        let body = gazetteer.lexicon.events.first(where: { $0.id == id })?.body,
        gazetteer.lexicon.offices.contains(where: { $0.office.id == body && $0.isInstitution })
      else { continue }
      let words = text[..<expression.range.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter }).suffix(2)
      guard words.last == "at" || words.first == "at" && words.last == "the" else { continue }
      let between =
        cue < expression.range.lowerBound
        ? text[cue..<expression.range.lowerBound]
        : text[expression.range.upperBound..<max(cue, expression.range.upperBound)]
      if !Self.clauseSeparators.contains(where: { between.contains($0) }) { return body }
    }
    return nil
  }
}
