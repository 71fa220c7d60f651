import PatronageCore

/// expelled(expeller, person, body or post): "X expelled Y from Z", "Y was removed from Z (by X)",
/// "the expulsion of Y", "Y's dismissal", "Y was forced to resign as Z"; collective subjects expand.
///
/// Without a body or post the verbs are often figurative ("dismissed her with a joke"), so such claims are
/// weighted down below the default threshold unless the rule is otherwise sure.
public struct ExpelledRule: RelationRule {
  public let kind = RelationKind.expelled

  public init() {}

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let after = cue.words.upperBound
    let office = officeAfterFrom(sentence, after) ?? sentence.office(after: after, within: 6)
    let weight = office == nil ? 0.6 : 1
    let lower = sentence.words[start].lower
    let headline = after < sentence.words.count && sentence.words[after].lower == "from"
      || sentence.words[cue.words].last?.lower == "from"
    if lower.hasPrefix("forced") || sentence.isPassive(cue) || headline {
      guard let target = sentence.listBefore(start, maximumGap: 4), !target.isPossessive else { return [] }
      let source = sentence.list(after: "by", from: after)
      return claims(source: source, targets: target.persons, office: office, confidence: 0.85 * weight * target.confidence, cue: cue)
    }
    if let owner = sentence.possessor(before: start) {
      return claims(source: sentence.list(after: "by", from: after), targets: owner.persons, office: office,
                    confidence: 0.7 * weight, cue: cue)
    }
    if let of = sentence.list(after: "of", from: after, within: 2) {
      return claims(source: sentence.listBefore(start, maximumGap: 6), targets: of.persons, office: office,
                    confidence: 0.7 * weight * of.confidence, cue: cue)
    }
    guard let target = sentence.listAfter(after, maximumGap: 3), !target.isPossessive else { return [] }
    let source = sentence.listBefore(start, maximumGap: 6)
    return claims(source: source, targets: target.persons, office: office, confidence: 0.85 * weight * target.confidence, cue: cue)
  }

  private func officeAfterFrom(_ sentence: SentenceFacts, _ position: Int) -> OfficeID? {
    let end = min(sentence.words.count, position + 8)
    guard position < end,
      let from = sentence.words[position..<end].firstIndex(where: { ["from", "as", "of"].contains($0.lower) })
    else { return nil }
    return sentence.office(after: from + 1, within: 5)
  }
}
