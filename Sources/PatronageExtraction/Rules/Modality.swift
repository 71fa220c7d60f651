/// Decides whether a cue is asserted as an event, or only proposed, wished, planned, supposed or denied.
///
/// Looks for a modality cue (or a contracted negation such as "didn't") between the start of the cue's
/// clause — or its subject, when that is nearer — and the cue itself, and right after a passive auxiliary.
public enum Modality {
  /// Words that reject a whole clause ("it is a myth that…"), wherever they stand before the cue.
  static let rejections: Set<String> = ["myth", "legend", "false", "untrue", "rumour", "rumor", "alleged", "allegedly"]

  /// Whether the cue at `cue` is not asserted. `subjectStart` is the first word of the relation's subject.
  public static func isHypothetical(_ sentence: SentenceFacts, cue: CueHit, subjectStart: Int?) -> Bool {
    let position = cue.words.lowerBound
    var start = position
    while start > 0, !SentenceFacts.clauseBreaks.contains(sentence.words[start - 1].lower) { start -= 1 }
    if let subjectStart, subjectStart > start, subjectStart < position,
      !sentence.words[start..<subjectStart].contains(where: { rejections.contains($0.lower) })
    {
      start = subjectStart
    }
    for hit in sentence.cues where hit.kind == .modality {
      if hit.words.lowerBound >= start && hit.words.lowerBound < position { return true }
    }
    return sentence.words[start..<position].contains { $0.lower.hasSuffix("n't") || $0.lower.hasSuffix("n’t") }
  }
}
