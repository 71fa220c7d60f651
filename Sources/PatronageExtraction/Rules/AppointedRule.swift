import PatronageCore

/// appointed(patron, appointee, office): "X appointed Y Z", "Y was appointed Z (by X)", "X made Y head of Z",
/// "Y became Z", "X's appointee Y", "Y's appointment as Z". Institutions (a plenum, a congress) may be patrons.
///
/// An appointment needs an office; without one the claim's confidence falls below the default threshold.
public struct AppointedRule: RelationRule {
  public let kind = RelationKind.appointed

  public init() {}

  /// Cues whose subject takes the post themself ("became", "took over").
  static let selfCues: Set<String> = ["become", "became", "becomes", "becoming", "took", "take", "takes", "taking"]
  /// Cue nouns naming the act, whose possessor is the appointee ("Stalin's appointment").
  static let actNouns = ["appointment", "election", "promotion", "nomination", "reappointment", "installation"]
  /// Cue nouns naming the person promoted, whose possessor is the patron ("Stalin's protégé").
  static let clientNouns = ["appointee", "protege", "protégé", "nominee"]

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let word = sentence.words[cue.words.lowerBound].lower
    let after = cue.words.upperBound
    if Self.selfCues.contains(word) {
      guard let target = sentence.listBefore(cue.words.lowerBound, maximumGap: 3),
        let office = sentence.office(after: after, within: 3)
      else { return [] }
      return appointments(source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence, cue: cue, in: sentence)
    }
    if let owner = sentence.possessor(before: cue.words.lowerBound) {
      if Self.actNouns.contains(where: word.hasPrefix) {
        let source = sentence.list(after: "by", from: after)
        return appointments(source: source, targets: owner.persons, office: sentence.office(after: after),
                      confidence: 0.75, cue: cue, in: sentence)
      }
      if Self.clientNouns.contains(where: word.hasPrefix) {
        guard let clients = sentence.listAfter(after, maximumGap: 3) ?? sentence.listBefore(owner.words.lowerBound, maximumGap: 2)
        else { return [] }
        return pairs(owner.agents, clients.persons, office: sentence.office(after: after), confidence: 0.55, cue: cue)
      }
    }
    if sentence.isPassive(cue) {
      guard let target = sentence.listBefore(cue.words.lowerBound, maximumGap: 4), !target.isPossessive else { return [] }
      let source = sentence.list(after: "by", from: after)
      return appointments(source: source, targets: target.persons, office: sentence.office(after: after),
                    confidence: 0.85 * target.confidence, cue: cue, in: sentence)
    }
    guard let target = sentence.listAfter(after, maximumGap: 3), !target.isPossessive else { return [] }
    let source = sentence.listBefore(cue.words.lowerBound, maximumGap: 6)
    return appointments(source: source, targets: target.persons, office: sentence.office(after: target.words.upperBound, within: 6),
                  confidence: 0.9 * target.confidence, cue: cue, in: sentence)
  }

  /// Claims with the office's weight applied: an appointment without a post is rarely worth reporting.
  /// Without a named patron, an institution the sentence mentions ("at the Plenum", "the Congress") is taken as
  /// the formal appointer.
  private func appointments(
    source: ArgumentList?, targets: [PersonID], office: OfficeID?, confidence: Double, cue: CueHit,
    in sentence: SentenceFacts
  ) -> [Claim] {
    var source = source
    if source == nil, let body = sentence.institution(other: office) {
      source = ArgumentList(agents: [.institution(body)], words: cue.words, isPossessive: false, confidence: 1)
    }
    return claims(
      source: source, targets: targets, office: office, confidence: office == nil ? confidence * 0.5 : confidence,
      cue: cue)
  }
}
