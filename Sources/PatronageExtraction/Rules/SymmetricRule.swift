import PatronageCore

extension RelationRule {
  /// The shared reading of allied and opposed cues:
  /// "X's ally Y" / "Y, X's rival" / "Y was X's ally" (possessor), "between X and Y", "X was attacked by Y" (passive),
  /// "X attacked Y" / "X sided with Y" (two sides), "X and Y clashed" (one list, every pair).
  func symmetricClaims(in sentence: SentenceFacts, at cue: CueHit, weight: Double) -> [Claim] {
    let start = cue.words.lowerBound
    let after = cue.words.upperBound
    if let owner = sentence.possessor(before: start) {
      if let others = apposition(before: owner, in: sentence) ?? namedAfter(after, in: sentence) {
        return pairs(owner.agents, others.persons, confidence: 0.85 * weight * others.confidence, cue: cue)
      }
      let lead = memberLead(before: owner, in: sentence) ?? owner.words.lowerBound
      // "Y was X's ally", "Y remained one of X's allies": the subject is tied to the noun by a copula.
      // "Y spoke on X's behalf", "Y acted at X's behest": a phrase on the possessor ties it to the subject.
      let isPhrase = lead > 0 && ["on", "at", "in"].contains(sentence.words[lead - 1].lower)
      guard let subject = sentence.subject(before: lead),
        isPhrase
          || sentence.words[subject.words.upperBound..<lead].contains(where: { Coreference.copulas.contains($0.lower) })
      else { return [] }
      return pairs(owner.agents, subject.persons, confidence: 0.75 * weight * subject.confidence, cue: cue)
    }
    // "its enemies called it X": a noun owned by someone the sentence does not name has no sides here.
    if start > 0, ["its", "his", "her", "their", "whose"].contains(sentence.words[start - 1].lower) {
      return []
    }
    if let between = sentence.list(after: "between", from: after, within: 3) {
      return pairsWithin(between, confidence: 0.85 * weight * between.confidence, cue: cue)
    }
    if sentence.isPassive(cue) {
      guard let patient = sentence.passiveSubject(before: start),
        let agent = sentence.list(after: "by", from: after)
      else { return [] }
      return pairs(agent.agents, patient.persons, confidence: 0.8 * weight * patient.confidence, cue: cue)
    }
    // A verb is not parted from its object by a comma right after it, unless a parenthesis closes with another
    // ("with Rykov broken, Bukharin discredited, Trotsky in exile"; "attacked, in public, Bukharin").
    let right =
      sentence.appositiveObject(after: after) ?? sentence.listAfter(after, maximumGap: 4).flatMap {
        list -> ArgumentList? in
        let gap = sentence.words[after..<list.words.lowerBound]
        let lone = gap.count { $0.text == "," } == 1
        if gap.contains(where: { $0.text == ":" }) { return nil }
        // "joined forces against Stalin": the one opposed is no ally.
        if kind == .allied, gap.contains(where: { $0.lower == "against" }) { return nil }
        // "Stalin's support for the peasants angered Zinoviev": the list is another verb's object (unless the cue
        // is an adverb of that verb: "disparagingly referred to him").
        if !sentence.words[start].lower.hasSuffix("ly"),
          gap.contains(where: { !$0.isCapitalised && $0.lower.count > 4 && $0.lower.hasSuffix("ed") })
        {
          return nil
        }
        return lone && (gap.first?.text == "," || sentence.separatesClauses(after, list.words.lowerBound)) ? nil : list
      } ?? sentence.includedList(after: after)
    let left =
      adjunctSubject(at: start, in: sentence)
      ?? sentence.subject(before: start).flatMap {
        $0.persons.isEmpty || !linksNoun(at: start, to: $0, in: sentence) ? nil : $0
      }
      ?? right.flatMap { participialSubject(after: $0, in: sentence) }
    switch (left, right) {
    case (let left?, let right?) where Set(left.persons) == Set(right.persons):
      // "He learned what the triumvirate was doing and prepared against it a campaign": "it" is the group, and the
      // one acting is the sentence's first subject.
      if sentence.words[right.words.lowerBound].lower == "it",
        let subject = sentence.lists.first(where: { list in
          !list.isPossessive && !list.persons.isEmpty && Set(list.persons).isDisjoint(with: right.persons)
        })
      {
        let confidence = 0.85 * weight * min(subject.confidence, right.confidence)
        return pairs(subject.agents, right.persons, confidence: confidence, cue: cue)
      }
      // "A and B complained about both men": a group that would be its own other side means someone else.
      return []
    case (let left?, let right?):
      let across = pairs(
        left.agents, right.persons, confidence: 0.85 * weight * min(left.confidence, right.confidence), cue: cue)
      // "Kamenev and Zinoviev were working hand in glove with him": those acting on one side together are allies
      // too (not those only described as someone's supporters: "A and B, who were sympathisers of C").
      let described = start > 0 && Coreference.copulas.contains(sentence.words[start - 1].lower)
      guard kind == .allied, left.persons.count >= 2, !described, !sentence.namesAGroup(left) else { return across }
      return across + pairsWithin(left, confidence: 0.75 * weight * left.confidence, cue: cue)
    case (let left?, nil)
    where left.persons.count >= 2 && start - left.words.upperBound <= 3
      && isIntransitive(cue, in: sentence):
      return pairsWithin(left, confidence: 0.7 * weight * left.confidence, cue: cue)
    case (nil, let right?)
    where kind == .allied && right.persons.count >= 2 && right.words.lowerBound - after <= 2
      && sentence.words[start].lower != "together" && !sentence.words[start].lower.hasPrefix("agree"):
      return pairsWithin(right, confidence: 0.65 * weight * right.confidence, cue: cue)
    default:
      return []
    }
  }

  /// The subject of a participle after a comma that closes the main clause ("he telephoned Krupskaya, berating her
  /// crudely"): the main clause's subject, its first list naming people, not the nearest one.
  func adjunctSubject(at start: Int, in sentence: SentenceFacts) -> ArgumentList? {
    let words = sentence.words
    guard start > 1, words[start].lower.hasSuffix("ing"), words[start - 1].text == ",",
      let first = sentence.lists.first(where: { !$0.persons.isEmpty && !$0.isPossessive }),
      first.words.upperBound < start - 1, !sentence.crossesClause(first.words.upperBound, start),
      sentence.lists.contains(where: { $0.words.lowerBound > first.words.upperBound && $0.words.upperBound < start })
    else { return nil }
    return first
  }

  /// The subject of a sentence that opens with a participle ("Building a case against Stalin and Dzerzhinsky, he
  /// followed…", "Resenting Stalin's attempt, she appealed…"): the list right after the comma closing the phrase.
  func participialSubject(after object: ArgumentList, in sentence: SentenceFacts) -> ArgumentList? {
    let words = sentence.words
    guard let first = words.first, first.lower.hasSuffix("ing"), first.isCapitalised,
      let comma = words[object.words.upperBound...].firstIndex(where: { $0.text == "," }),
      let subject = sentence.listAfter(comma + 1, maximumGap: 0), !subject.isPossessive
    else { return nil }
    return subject
  }

  /// Whether a subject is the one a cue noun is said of: not across the start of a clause of its own ("X hinted
  /// that the friends of Y…"). Verbs and nouns without an article need no link.
  private func linksNoun(at start: Int, to subject: ArgumentList, in sentence: SentenceFacts) -> Bool {
    guard start > 0, ["the", "a", "an"].contains(sentence.words[start - 1].lower) else { return true }
    return !sentence.words[subject.words.upperBound..<(start - 1)].contains { ["that", "which"].contains($0.lower) }
  }

  /// Whether the cue stands without an object ("X and Y clashed.", "… quarrelled over…"), so it joins the
  /// members of its subject with each other.
  private func isIntransitive(_ cue: CueHit, in sentence: SentenceFacts) -> Bool {
    guard sentence.words[cue.words.lowerBound].lower != "against" else { return false }
    guard cue.words.upperBound < sentence.words.count else { return true }
    let next = sentence.words[cue.words.upperBound]
    let adjuncts: Set<String> = [
      "over", "with", "about", "in", "at", "on", "after", "again", "repeatedly", "bitterly", "openly", "many", "often",
      "to", "against",
    ]
    // An adverb ("cooperated closely", "clashed fiercely") leaves the verb without an object.
    return next.isPunctuation || adjuncts.contains(next.lower) || next.lower.hasSuffix("ly")
  }

  /// The people a possessed noun names right after it: "Lenin's allies Stalin and Zinoviev", "his associates,
  /// including Trotsky and Bukharin", "Stalin's allies in 1925 were Bukharin and Rykov", "his opponents included
  /// Trotsky" — not the object of a later verb ("his associates placed Lenin under arrest").
  func namedAfter(_ position: Int, in sentence: SentenceFacts) -> ArgumentList? {
    guard let list = sentence.listAfter(position, maximumGap: 5) else { return nil }
    let introducers: Set<String> = [
      ",", "including", "notably", "namely", "such", "as", "like", "especially", "with", "led", "headed", "by", "of",
      "to", "for", "behind", "toward", "towards", "against", "the", "were", "included", "include", "comprised", "in",
    ]
    let between = sentence.words[position..<list.words.lowerBound]
    guard between.count <= 3 || between.contains(where: { ["were", "included", "include"].contains($0.lower) }) else {
      return nil
    }
    return between.allSatisfy { introducers.contains($0.lower) || $0.text.first?.isNumber == true } ? list : nil
  }

  /// Where "one of" / "some of" / "among" starts before a possessor ("Y was one of X's allies"), if it does.
  func memberLead(before owner: ArgumentList, in sentence: SentenceFacts) -> Int? {
    let words = sentence.words
    let lead = owner.words.lowerBound - 1
    if lead >= 1, words[lead].lower == "of", ["one", "two", "some", "several"].contains(words[lead - 1].lower) {
      return lead - 1
    }
    return lead >= 0 && words[lead].lower == "among" ? lead : nil
  }

  /// "Y, X's ally" or "Y, one of X's allies": the list just before the possessor, separated by a comma.
  private func apposition(before owner: ArgumentList, in sentence: SentenceFacts) -> ArgumentList? {
    var comma = owner.words.lowerBound - 1
    if comma >= 2, sentence.words[comma].lower == "of",
      ["one", "two", "some", "all"].contains(sentence.words[comma - 1].lower)
    {
      comma -= 2
    }
    guard comma >= 1, sentence.words[comma].text == "," else { return nil }
    return sentence.listBefore(comma, maximumGap: 0)
  }
}

/// allied(X, Y): "X's allies Y and Z", "X sided with Y", "X and Y formed a bloc", "supporters of X", "the troika
/// of X, Y and Z" (every pair).
public struct AlliedRule: RelationRule {
  public let kind = RelationKind.allied

  public init() {}

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    if let members = groupMembers(in: sentence, at: cue) {
      return pairsWithin(members, confidence: 0.85 * members.confidence, cue: cue)
    }
    let word = sentence.words[cue.words.lowerBound]
    if word.lower == "led" { return coLeaderClaims(in: sentence, at: cue) }
    if word.lower == "leaders" { return jointLeaderClaims(in: sentence, at: cue) }
    if sentence.words[cue.words].last?.lower == "with",
      Coreference.copulas.contains(word.lower) || word.lower == "stood"
    {
      return standingWithClaims(in: sentence, at: cue)
    }
    if let side = sideClaims(in: sentence, at: cue) { return side }
    if let member = memberClaims(in: sentence, at: cue) { return member }
    if let opening = openingAppositionClaims(in: sentence, at: cue) { return opening }
    guard !Self.membersOnlyNouns.contains(word.lower), cue.words.lowerBound == 0 || !word.isCapitalised else {
      return []
    }
    if Self.followerNouns.contains(sentence.words[cue.words.lowerBound].lower) {
      return followerClaims(in: sentence, at: cue)
    }
    if cue.words.count == 1, sentence.words[cue.words.lowerBound].lower.hasPrefix("join") {
      return joinClaims(in: sentence, at: cue)
    }
    return symmetricClaims(in: sentence, at: cue, weight: 1)
  }

  /// The nouns that name a group by its members: "the troika of A, B and C", "the right deviation of A and B".
  static let groupNouns: Set<String> = [
    "troika", "triumvirate", "bloc", "deviation", "deviationists", "faction", "factions", "group", "duumvirate",
    "opposition",
  ]

  /// Group nouns that signal an alliance only when their members follow ("the faction of A and B"), never with
  /// a subject or object ("X denounced the faction led by Y").
  private static let membersOnlyNouns: Set<String> = [
    "deviation", "deviationists", "faction", "factions", "opposition",
  ]

  /// Plural nouns for someone's followers that are too common to read alone ("Stalin's men arrested him"); they
  /// count only as "Y, one of X's men" or "Y was among X's people".
  private static let followerNouns: Set<String> = ["people", "men", "loyalists", "henchmen"]

  /// "Sokolnikov was with him.", "The Georgians stood with Lenin in 1922": standing with someone, as the whole
  /// predicate, is taking their side (not "was with him in Moscow", a place).
  private func standingWithClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    guard let subject = sentence.listBefore(cue.words.lowerBound, maximumGap: 1), !subject.isPossessive,
      let object = sentence.listAfter(cue.words.upperBound, maximumGap: 0), !object.isPossessive
    else { return [] }
    let end = object.words.upperBound
    guard end == sentence.words.count || sentence.words[end].isPunctuation || sentence.words[end].lower == "against"
    else { return [] }
    return pairs(
      subject.agents, object.persons, confidence: 0.75 * min(subject.confidence, object.confidence), cue: cue)
  }

  /// "A, B and C, the leaders of the Right", "A and B were the leaders of the opposition": people named together as
  /// the leaders of one thing are allied with each other.
  private func jointLeaderClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    var index = cue.words.lowerBound - 1
    while index > 0, ["the", "joint", "two", "three", "four"].contains(sentence.words[index].lower) { index -= 1 }
    guard index > 0, [",", "were", "became", "remained"].contains(sentence.words[index].lower),
      let leaders = sentence.listBefore(index, maximumGap: 0), !leaders.isPossessive, leaders.persons.count >= 2
    else { return [] }
    return pairsWithin(leaders, confidence: 0.75 * leaders.confidence, cue: cue)
  }

  /// "X joined Y": an alliance only with a person right after the verb ("joined Trotsky", "joined with
  /// Trotsky"), not "joined the party" or "joined forces against Trotsky".
  private func joinClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    guard let subject = sentence.subject(before: cue.words.lowerBound),
      let object = sentence.listAfter(cue.words.upperBound, maximumGap: 1), !object.isPossessive,
      object.words.lowerBound == cue.words.upperBound || sentence.words[cue.words.upperBound].lower == "with"
    else { return [] }
    return pairs(
      subject.agents, object.persons, confidence: 0.8 * min(subject.confidence, object.confidence), cue: cue)
  }

  /// "Stalin was the tactician of the triumvirate", "Zinoviev remained a member of the troika": a subject tied by a
  /// copula to a group it belongs to is allied with the group's other members. Nil when the cue is no group.
  private func memberClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    guard
      let group = sentence.mentions.first(where: { $0.words.contains(cue.words.lowerBound) }),
      case .group(let members) = group.referent,
      !["they", "them", "their"].contains(sentence.words[group.words.lowerBound].lower)
    else { return nil }
    guard let subject = sentence.subject(before: cue.words.lowerBound), !subject.persons.isEmpty,
      Set(subject.persons).isSubset(of: members),
      sentence.words[subject.words.upperBound..<cue.words.lowerBound].contains(where: {
        Coreference.copulas.contains($0.lower)
      })
    else { return nil }
    let others = members.filter { !subject.persons.contains($0) }
    return pairs(subject.agents, others, confidence: 0.75 * min(subject.confidence, group.confidence), cue: cue)
  }

  /// "Krasin was on his side", "Also on his side was Krasin": the pronoun inside the cue is one side, the subject
  /// (or, inverted, the person after the cue) the other. Nil when the cue holds no person.
  private func sideClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    let pronouns: Set<String> = ["his", "her", "their"]
    guard
      let owner = sentence.mentions.first(where: {
        cue.words.contains($0.words.lowerBound) && !$0.persons.isEmpty
          && pronouns.contains(sentence.words[$0.words.lowerBound].lower)
      })
    else { return nil }
    let other =
      sentence.subject(before: cue.words.lowerBound)
      ?? sentence.listAfter(cue.words.upperBound, maximumGap: 8).flatMap { $0.isPossessive ? nil : $0 }
    guard let other else { return [] }
    return pairs(
      owner.persons.map(Agent.person), other.persons, confidence: 0.75 * min(owner.confidence, other.confidence),
      cue: cue)
  }

  /// "Local Communists, led by A and B, resisted": those who lead a group together are allies; a single leader ties
  /// nobody, nor do the joint heads of a body ("the Secretariat was led by A, B and C").
  private func coLeaderClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    guard start > 0, [",", "("].contains(sentence.words[start - 1].text),
      let leaders = sentence.listAfter(cue.words.upperBound, maximumGap: 0), !leaders.isPossessive,
      leaders.persons.count >= 2
    else { return [] }
    return pairsWithin(leaders, confidence: 0.75 * leaders.confidence, cue: cue)
  }

  /// "A steadfast supporter of Stalin, Kuibyshev took part…", "An old friend of Zinoviev, Kamenev…": a sentence
  /// that opens by describing its subject as someone's ally ties the two. Nil when the cue does not open so.
  private func openingAppositionClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]? {
    let words = sentence.words
    let start = cue.words.lowerBound
    guard start <= 4, cue.words.upperBound < words.count, words[cue.words.upperBound].lower == "of",
      words[..<start].allSatisfy({ !$0.isPunctuation && ($0.isCapitalised ? $0 == words[0] : true) }),
      ["a", "an", "the", "one"].contains(words[0].lower) || start == 0,
      let owner = sentence.listAfter(cue.words.upperBound + 1, maximumGap: 0), !owner.isPossessive,
      owner.words.upperBound < words.count, words[owner.words.upperBound].text == ",",
      let subject = sentence.listAfter(owner.words.upperBound + 1, maximumGap: 0)
    else { return nil }
    return pairs(owner.agents, subject.persons, confidence: 0.8 * subject.confidence, cue: cue)
  }

  private func followerClaims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    guard let owner = sentence.possessor(before: cue.words.lowerBound),
      let lead = memberLead(before: owner, in: sentence),
      let member = sentence.subject(before: lead)
    else { return [] }
    return pairs(owner.agents, member.persons, confidence: 0.75 * member.confidence, cue: cue)
  }

  /// The members of a group noun followed by "of" and two or more people ("the troika of A, B and C", "the United
  /// Opposition (of A, B and C)"); each pair of them is allied, and nobody outside the group is.
  private func groupMembers(in sentence: SentenceFacts, at cue: CueHit) -> ArgumentList? {
    let words = sentence.words
    guard cue.words.count == 1, Self.groupNouns.contains(words[cue.words.lowerBound].lower) else { return nil }
    var next = cue.words.upperBound
    while next < words.count, words[next].isPunctuation, words[next].text != "," { next += 1 }
    guard next < words.count, words[next].lower == "of",
      let members = sentence.listAfter(next + 1, maximumGap: 0), members.persons.count >= 2
    else { return nil }
    return members
  }
}

/// opposed(X, Y): "X attacked Y", "Y was denounced by X", "X's rival Y", "the conflict between X and Y",
/// "X and Y clashed", "X campaigned against Y".
public struct OpposedRule: RelationRule {
  public let kind = RelationKind.opposed

  public init() {}

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    if let blame = blameClaims(in: sentence, at: cue) { return blame }
    if let causative = causativeClaims(in: sentence, at: cue) { return causative }
    if let complaint = complaintClaims(in: sentence, at: cue) { return complaint }
    return symmetricClaims(in: sentence, at: cue, weight: 1)
  }
}
