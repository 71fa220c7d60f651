/// Decides whether a cue is asserted as an event, or only proposed, wished, planned, supposed or denied.
///
/// Looks for a modality cue (or a contracted negation such as "didn't") between the start of the cue's clause
/// and the cue itself.
public enum Modality {
  /// Whether the cue at `cue` is not asserted.
  public static func isHypothetical(_ sentence: SentenceFacts, cue: CueHit) -> Bool {
    let position = cue.words.lowerBound
    var start = position
    while start > 0, !SentenceFacts.clauseBreaks.contains(sentence.words[start - 1].lower) { start -= 1 }
    for hit in sentence.cues where hit.kind == .modality {
      if hit.words.lowerBound >= start && hit.words.lowerBound < position { return true }
    }
    return sentence.words[start..<position].contains { $0.lower.hasSuffix("n't") || $0.lower.hasSuffix("n’t") }
  }
}
