import PatronageCore

/// expelled(expeller, person, body or post): "X expelled Y from Z", "Y was removed from Z (by X)",
/// "the expulsion of Y", "Y's dismissal", "Y was forced to resign as Z"; collective subjects expand.
///
/// Without a body or post the verbs are often figurative ("dismissed her with a joke"), so such claims are
/// weighted down below the default threshold unless the rule is otherwise sure.
public struct ExpelledRule: RelationRule {
  public let kind = RelationKind.expelled

  public init() {}

  /// Nouns naming a post or seat, the only things whose loss counts as a removal ("lost his seat", "loses the
  /// editorship of"), unlike a vote, a debate or someone's support.
  static let postNouns: Set<String> = [
    "seat", "seats", "post", "posts", "place", "places", "position", "positions", "job", "office", "membership",
    "chair", "portfolio",
  ]
  /// Cues that are removals only when a body or post is named ("dropped X from the CC", "lost his seat on").
  static let weakCues = ["drop", "lose", "lost"]

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let removals = statedClaims(in: sentence, at: cue)
    return removals + gappedRemovals(removals, in: sentence, after: cue.words.upperBound)
      + gappedSubjects(removals, in: sentence, after: cue.words.upperBound)
  }

  /// "…were expelled from the Central Committee, and on 14 November from the party itself": a second removal of
  /// the same people with the verb left out, only a time between ", and" and "from". Its cue word is that "from",
  /// so the time nearest it dates it.
  ///
  /// - Complexity: O(words).
  func gappedRemovals(_ removals: [Claim], in sentence: SentenceFacts, after position: Int) -> [Claim] {
    let words = sentence.words
    guard let first = removals.first, first.office != nil,
      let comma = words[position...].indices.first(where: {
        $0 + 1 < words.count && words[$0].text == "," && words[$0 + 1].lower == "and"
      })
    else { return [] }
    var index = comma + 2
    while index < words.count, index - comma <= 8, words[index].lower != "from" {
      let word = words[index]
      guard
        SentenceFacts.timeAdverbialWords.contains(word.lower) || word.text.first?.isNumber == true
          || TimeVocabulary.monthNames[word.lower] != nil
      else { return [] }
      index += 1
    }
    guard index < words.count, words[index].lower == "from", let office = sentence.office(after: index + 1, within: 4),
      office != first.office
    else { return [] }
    return removals.map { removal in
      var gapped = removal
      gapped.office = office
      gapped.cueWord = index
      return gapped
    }
  }

  private func statedClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let after = cue.words.upperBound
    // A cue that ends in "from" ("dropped from") is followed by the body itself, not by another "from".
    let endsInFrom = sentence.words[cue.words].last?.lower == "from"
    var office =
      (endsInFrom ? sentence.office(after: after, within: 5) : nil)
      ?? officeAfterFrom(sentence, after) ?? sentence.office(after: after, within: 6)
      ?? sentence.titleOffice(afterAs: after)
    let lower = sentence.words[start].lower
    if lower.hasPrefix("los") || lower == "lost" {
      return lostPost(sentence, cue: cue)
    }
    if lower.hasPrefix("demot") { return demotion(sentence, cue: cue) }
    if Self.weakCues.contains(where: lower.hasPrefix), cue.words.count == 1 {
      // "The congress dropped A, B and C from the CC": the body follows the list of the dropped.
      guard !sentence.isPassive(cue), let target = sentence.listAfter(after, maximumGap: 2), !target.isPossessive,
        target.words.upperBound < sentence.words.count, sentence.words[target.words.upperBound].lower == "from",
        let body = sentence.office(after: target.words.upperBound + 1, within: 4)
      else { return [] }
      return claims(
        source: sentence.listBefore(start, maximumGap: 6), targets: target.persons, office: body,
        confidence: 0.8 * target.confidence, cue: cue)
    }
    // Headline style without an auxiliary: "Trotsky removed as War Commissar".
    let next = after < sentence.words.count ? sentence.words[after].lower : ""
    if office == nil, next != "from", next != "as" {
      // The body may come after the object list ("expelled A and B from the party").
      if let target = sentence.listAfter(after, maximumGap: 3) {
        office = officeAfterFrom(sentence, target.words.upperBound)
      }
    }
    // Expulsion is never figurative: without a named body it is from the party (see DocumentExtractor).
    let expulsion = lower.hasPrefix("expel") || lower.hasPrefix("expuls")
    let weight = office == nil && !expulsion && !namesPosts(sentence, after: after) ? 0.6 : 1
    let headline =
      next == "from" || (next == "as" && office != nil)
      || endsInFrom
    let owner = sentence.possessor(before: start)
    if lower.hasPrefix("forced") || sentence.isPassive(cue) || (headline && owner == nil) {
      let coordinated = start > 0 && sentence.words[start - 1].lower == "and"
      guard
        let target = sentence.passiveSubject(before: start) ?? (coordinated ? sentence.subject(before: start) : nil),
        !target.isPossessive
      else { return [] }
      let source = sentence.list(after: "by", from: after)
      return claims(
        source: source, targets: target.persons, office: office, confidence: 0.85 * weight * target.confidence, cue: cue
      )
    }
    // "Stalin's expulsion of Zinoviev": the possessor expels the one after "of".
    if let owner, let of = sentence.list(after: "of", from: after, within: 1), !of.persons.isEmpty {
      return claims(source: owner, targets: of.persons, office: office, confidence: 0.7 * weight, cue: cue)
    }
    if let owner {
      return claims(
        source: sentence.list(after: "by", from: after) ?? contriver(of: owner, in: sentence), targets: owner.persons,
        office: office, confidence: 0.7 * weight, cue: cue)
    }
    if let of = sentence.list(after: "of", from: after, within: 2) {
      return claims(
        source: sentence.listBefore(start, maximumGap: 6), targets: of.persons, office: office,
        confidence: 0.7 * weight * of.confidence, cue: cue)
    }
    guard
      let target = sentence.listAfter(after, maximumGap: 3).flatMap({
        $0.isPossessive ? sentence.namedAfterPossessor($0) : $0
      }) ?? sentence.includedList(after: after)
    else { return [] }
    // "The Central Committee, at Stalin's urging, expelled…": a possessor in an inserted phrase is not the subject.
    let source = sentence.lists.last { list in
      list.words.upperBound <= start && start - list.words.upperBound <= 6 && !list.isPossessive
        && !sentence.crossesClause(list.words.upperBound, start)
    }
    return claims(
      source: source, targets: target.persons, office: office, confidence: 0.85 * weight * target.confidence, cue: cue)
  }

  /// Verbs by which someone brings about a removal named as a noun ("engineered Zinoviev's removal").
  static let contrivingVerbs: Set<String> = [
    "engineered", "arranged", "organised", "organized", "orchestrated", "masterminded", "secured", "ordered",
    "effected", "obtained", "procured", "contrived",
  ]

  /// The subject of a verb that brought about a possessive removal noun: "In 1926 Stalin and Molotov engineered
  /// Zinoviev's removal from Leningrad" (they removed him). Wishes and demands are not here: Modality reads those.
  private func contriver(of owner: ArgumentList, in sentence: SentenceFacts) -> ArgumentList? {
    var verb = owner.words.lowerBound - 1
    if verb >= 0, sentence.words[verb].lower == "the" { verb -= 1 }
    guard verb > 0, Self.contrivingVerbs.contains(sentence.words[verb].lower),
      let subject = sentence.subject(before: verb), !subject.isPossessive
    else { return nil }
    return subject
  }

  /// "X lost his seat on the Politburo", "X loses the editorship of Pravda": the subject loses the post.
  private func lostPost(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    var index = cue.words.upperBound
    while index < sentence.words.count,
      ["his", "her", "their", "the", "a", "its", "all", "both"].contains(sentence.words[index].lower)
    {
      index += 1
    }
    // "lost his Politburo seat": the body may stand before the noun for the post.
    if let body = sentence.mentions.first(where: { $0.words.lowerBound == index }), case .office = body.referent,
      body.words.upperBound < sentence.words.count, Self.postNouns.contains(sentence.words[body.words.upperBound].lower)
    {
      index = body.words.upperBound
    }
    guard index < sentence.words.count else { return [] }
    let noun = sentence.words[index].lower
    guard Self.postNouns.contains(noun) || noun.hasSuffix("ship") && noun != "friendship",
      let office = firstOffice(sentence, from: cue.words.upperBound, within: 9),
      let target = sentence.listBefore(cue.words.lowerBound, maximumGap: 3), !target.isPossessive
    else { return [] }
    return claims(source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence, cue: cue)
  }

  /// "Kamenev was demoted to a candidate member of the Politburo": the full membership of the body is lost;
  /// "demoted from the Politburo": that body. A demotion to some other post names nothing lost.
  private func demotion(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let after = cue.words.upperBound
    let passive = sentence.isPassive(cue)
    guard let target = passive ? sentence.passiveSubject(before: cue.words.lowerBound) : sentence.listAfter(after),
      !target.isPossessive
    else { return [] }
    let next = passive ? after : target.words.upperBound
    guard next < sentence.words.count, ["from", "to"].contains(sentence.words[next].lower),
      let named = sentence.office(after: next + 1, within: 6)
    else { return [] }
    let candidacy = "-candidate"
    var office: OfficeID? = named
    if sentence.words[next].lower == "to" {
      let raw = named.rawValue
      office = raw.hasSuffix(candidacy) ? OfficeID(rawValue: String(raw.dropLast(candidacy.count))) : nil
    }
    guard let office else { return [] }
    let source = passive ? sentence.list(after: "by", from: after) : sentence.listBefore(cue.words.lowerBound)
    return claims(
      source: source, targets: target.persons, office: office, confidence: 0.8 * target.confidence, cue: cue)
  }

  /// The first office mentioned from `position` on, whatever the preposition before it ("seat on the Politburo").
  private func firstOffice(_ sentence: SentenceFacts, from position: Int, within: Int) -> OfficeID? {
    for mention in sentence.mentions
    where mention.words.lowerBound >= position && mention.words.lowerBound < position + within {
      if sentence.crossesClause(position, mention.words.lowerBound) { return nil }
      if case .office(let id, _) = mention.referent { return id }
    }
    return nil
  }

  /// Whether "from" a post noun follows the cue within eight words ("removed, under some pretext, from party
  /// posts"): a removal from unnamed posts is still a removal, not a figure of speech.
  private func namesPosts(_ sentence: SentenceFacts, after position: Int) -> Bool {
    let words = sentence.words
    let end = min(words.count, position + 8)
    guard position < end, let from = words[position..<end].firstIndex(where: { $0.lower == "from" }) else {
      return false
    }
    return words[(from + 1)..<min(words.count, from + 4)].contains { Self.postNouns.contains($0.lower) }
  }

  private func officeAfterFrom(_ sentence: SentenceFacts, _ position: Int) -> OfficeID? {
    let end = min(sentence.words.count, position + 8)
    guard position < end,
      let from = sentence.words[position..<end].firstIndex(where: { ["from", "as", "of"].contains($0.lower) })
    else { return nil }
    return sentence.office(after: from + 1, within: 5)
  }
}
