import PatronageCore

/// A run of coordinated mentions ("Stalin, Zinoviev and Kamenev") that fills one argument of a relation.
public struct ArgumentList: Hashable, Sendable {
  /// The agents of the list, in text order (people expanded from groups; institutions kept).
  public var agents: [Agent]
  public var words: Range<Int>
  /// The last mention is possessive ("Lenin's").
  public var isPossessive: Bool
  /// The lowest confidence of the mentions.
  public var confidence: Double

  public var persons: [PersonID] { agents.compactMap(\.person) }
}

/// A sentence prepared for the relation rules: words, resolved mentions, cue hits and argument lists.
public struct SentenceFacts: Sendable {
  public let words: [Word]
  public let mentions: [Mention]
  public let cues: [CueHit]
  public let lists: [ArgumentList]

  /// Groups larger than this (a whole faction) are too vague to stand for each member in a relation.
  static let maximumGroup = 4
  /// Words that may stand between a preposition and an office ("at the newly created post of").
  static let officeModifiers: Set<String> = ["the", "a", "its", "newly", "created", "new", "party"]
  /// Past participles not ending in -ed.
  static let irregularParticiples: Set<String> = [
    "made", "chosen", "sent", "put", "given", "taken", "thrown", "cast", "driven", "drawn", "shot", "beaten", "struck",
    "won", "brought", "kept", "held", "set", "left", "named",
  ]
  /// Pronouns that begin a clause as its subject.
  static let subjectPronouns: Set<String> = ["he", "she", "they"]
  /// Words that join the members of a list.
  static let connectors: Set<String> = [",", "and", "&", "as", "well", "also", "even", "both", "nor", "neither"]
  /// Words that end a clause: arguments are not looked for across them.
  static let clauseBreaks: Set<String> = [
    ";", "(", ")", "but", "while", "whereas", "although", "though", "because", "yet",
  ]
  /// Nouns for someone's followers, which a name before them only describes ("Trotsky supporters").
  static let followerNouns: Set<String> = [
    "followers", "supporters", "loyalists", "partisans", "adherents", "sympathisers", "sympathizers", "men",
    "people", "camp", "faction", "group", "clique",
  ]
  /// Prepositions after which an institution is a place or a goal, not an actor.
  static let placePrepositions: Set<String> = ["to", "of", "in", "at", "from", "into", "on", "onto", "for", "within"]

  /// The person a subjectless fragment is about: the headword of a reference-work entry ("RYKOV, Aleksei…
  /// Removed from the Politburo in 1930."), for a participle that opens the sentence.
  public var implicitSubject: ArgumentList?

  public init(words: [Word], mentions: [Mention], cues: [CueHit], implicitSubject: PersonID? = nil) {
    self.words = words
    self.mentions = mentions
    self.cues = cues
    self.lists = Self.lists(words: words, mentions: mentions)
    self.implicitSubject = implicitSubject.map {
      ArgumentList(agents: [.person($0)], words: 0..<0, isPossessive: false, confidence: 0.8)
    }
  }

  /// The implicit subject, for a cue at the start of the sentence.
  func implicitSubject(at position: Int) -> ArgumentList? { position == 0 ? implicitSubject : nil }

  private static func lists(words: [Word], mentions: [Mention]) -> [ArgumentList] {
    var result: [ArgumentList] = []
    var current: ArgumentList?
    for (index, mention) in mentions.enumerated() {
      guard let agents = agents(of: mention, at: index, in: mentions, words: words) else { continue }
      let gap = current.map { words[$0.words.upperBound..<max($0.words.upperBound, mention.words.lowerBound)] } ?? []
      let apposition = mention.isPossessive && !gap.contains { $0.lower == "and" || $0.lower == "&" }
      // "…against Stalin and Trotsky, he followed…": a pronoun after a bare comma starts a new clause.
      // "A steadfast supporter of Stalin, K. took part…": a name after a bare comma with a verb right after it is
      // the subject of the main clause, not the end of a list (a list ends with "and": "Stalin, Zinoviev and…").
      let newClause =
        !gap.contains { $0.lower == "and" || $0.lower == "&" }
        && (subjectPronouns.contains(words[mention.words.lowerBound].lower)
          || gap.contains { $0.text == "," } && Self.isVerbLike(after: mention.words.upperBound, in: words))
      // "Kamenev's and Zinoviev's proposal": possessors coordinated by "and" own the noun together.
      let coordinatedPossessors =
        current?.isPossessive == true && mention.isPossessive && gap.contains { $0.lower == "and" }
      if var open = current, !open.isPossessive || coordinatedPossessors, !apposition, !newClause,
        joins(words, from: open.words.upperBound, to: mention.words.lowerBound)
      {
        open.agents += agents.filter { !open.agents.contains($0) }
        open.words = open.words.lowerBound..<mention.words.upperBound
        open.isPossessive = mention.isPossessive
        open.confidence = min(open.confidence, mention.confidence)
        current = open
      } else {
        if let open = current { result.append(open) }
        current = ArgumentList(
          agents: agents, words: mention.words, isPossessive: mention.isPossessive, confidence: mention.confidence)
      }
    }
    if let open = current { result.append(open) }
    return result
  }

  /// The agents a mention contributes, or nil when it cannot be an argument (offices used as titles or places).
  private static func agents(of mention: Mention, at index: Int, in mentions: [Mention], words: [Word]) -> [Agent]? {
    // "many Trotsky followers were removed": a name before a noun for followers only describes them; a number
    // before one counts the people it means ("the two men").
    if !mention.isPossessive, mention.words.upperBound < words.count,
      followerNouns.contains(words[mention.words.upperBound].lower),
      !Coreference.groupWords.keys.contains(words[mention.words.upperBound - 1].lower)
    {
      return nil
    }
    switch mention.referent {
    case .person(let id): return [.person(id)]
    case .group(let ids): return ids.isEmpty || ids.count > maximumGroup ? nil : ids.map(Agent.person)
    case .pronoun: return nil
    case .office(let id, let institution):
      guard institution else { return nil }
      let isTitle = index + 1 < mentions.count && mentions[index + 1].words.lowerBound == mention.words.upperBound
      var before = mention.words.lowerBound - 1
      while before >= 0, ["the", "a", "party", "joint"].contains(words[before].lower) { before -= 1 }
      if isTitle || (before >= 0 && placePrepositions.contains(words[before].lower)) { return nil }
      return [.institution(id)]
    }
  }

  /// Whether the word at `index` reads as a verb following a subject: a lowercase word that is no connector or
  /// preposition ("took", "succeeded", "was").
  static func isVerbLike(after index: Int, in words: [Word]) -> Bool {
    guard index < words.count, case let word = words[index], !word.isPunctuation, !word.isCapitalised else {
      return false
    }
    return !connectors.contains(word.lower) && !nonVerbs.contains(word.lower)
  }

  /// Lowercase words that do not read as a verb after a subject.
  static let nonVerbs: Set<String> = ["of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "who", "whom"]

  private static func joins(_ words: [Word], from start: Int, to end: Int) -> Bool {
    guard start < end else { return start == end }
    return words[start..<end].allSatisfy { connectors.contains($0.lower) } && end - start <= 4
  }

  /// Whether the list is a group named as one by the lexicon ("the Workers' Opposition"), not a pronoun for people.
  func namesAGroup(_ list: ArgumentList) -> Bool {
    mentions.contains { mention in
      guard list.words.contains(mention.words.lowerBound), case .group = mention.referent else { return false }
      return !["they", "them", "their"].contains(words[mention.words.lowerBound].lower)
    }
  }

  /// Whether a clause break lies between two word positions.
  func crossesClause(_ a: Int, _ b: Int) -> Bool {
    let range = min(a, b)..<max(a, b)
    return words[range].contains { Self.clauseBreaks.contains($0.lower) }
  }

  /// The nearest list ending before `position` within `maximumGap` words and the same clause.
  func listBefore(_ position: Int, maximumGap: Int = 10) -> ArgumentList? {
    guard let list = lists.last(where: { $0.words.upperBound <= position }) else { return nil }
    guard position - list.words.upperBound <= maximumGap, !crossesClause(list.words.upperBound, position) else {
      return nil
    }
    return list
  }

  /// The subject of a cue: the nearest list before it within eight words, unless a coordinated clause ("…, and
  /// in 1928 against…") starts in between.
  func subject(before position: Int) -> ArgumentList? {
    // A verb coordinated with an earlier one shares its subject: "Lenin called Trotsky wrong and accused him".
    if position > 0, words[position - 1].lower == "and", let first = lists.first, !first.isPossessive,
      first.words.upperBound < position, !crossesClause(first.words.upperBound, position),
      let nearest = listBefore(position, maximumGap: 8), nearest.words != first.words,
      !words[nearest.words.upperBound..<position].contains(where: { $0.text == "," })
    {
      return first
    }
    guard let list = listBefore(position, maximumGap: 8) else { return sharedSubject(before: position) }
    if let outer = subject(outside: list, before: position) { return outer }
    let gap = words[list.words.upperBound..<position]
    // "…, led by A and B, resisted and complained": the comma closes an apposition, and the verbs are coordinated.
    if gap.count == 3, gap.first?.text == ",", gap.last?.lower == "and", !gap[gap.startIndex + 1].isCapitalised,
      !gap[gap.startIndex + 1].isPunctuation
    {
      return list
    }
    return gap.contains { $0.lower == "and" } && gap.contains { $0.text == "," }
      ? sharedSubject(before: position) : list
  }

  /// Prepositions whose object is not the subject of the verb after it ("Kamenev, in a letter to Lenin,
  /// suggested…").
  static let governingPrepositions: Set<String> = [
    "to", "with", "from", "by", "for", "of", "against", "at", "on", "in", "about", "toward", "towards", "over",
  ]

  /// The subject before an insertion set off by a comma that holds `list` as the object of a preposition:
  /// "Kamenev, in a personal communication to Lenin, suggested…" is Kamenev's suggestion.
  func subject(outside list: ArgumentList, before position: Int) -> ArgumentList? {
    let start = list.words.lowerBound
    guard start > 0, Self.governingPrepositions.contains(words[start - 1].lower), position < words.count,
      !Self.governingPrepositions.contains(words[position].lower)
    else { return nil }
    guard
      let outer = lists.last(where: { candidate in
        candidate.words.upperBound < start && candidate.words.upperBound < words.count
          && words[candidate.words.upperBound].text == ","
      }), !outer.isPossessive, !["him", "her", "them"].contains(words[outer.words.lowerBound].lower),
      position - outer.words.upperBound <= 16,
      !crossesClause(outer.words.upperBound, position),
      outer.words.lowerBound == 0 || !Self.governingPrepositions.contains(words[outer.words.lowerBound - 1].lower),
      !words.indices[outer.words.upperBound..<position].contains(where: { index in
        words[index].lower == "and" && !list.words.contains(index)
      })
    else { return nil }
    return outer
  }

  /// Words of a short adverbial of time, besides numbers, months and seasons.
  static let timeAdverbialWords: Set<String> = [
    "in", "on", "during", "by", "early", "late", "mid", "then", "later", "soon", "also", "afterwards", "subsequently",
    "the", "of", "that", "same", "year", "following", "end", "beginning", "middle", ",",
  ]

  /// The subject a verb shares with an earlier clause it is coordinated with, when only an adverbial of time stands
  /// between ", and" (or "and,") and the verb ("A had directed the underground, and in October 1917 took over the
  /// Commissariat"): the sentence's first list of people, if no clause break comes between.
  func sharedSubject(before position: Int) -> ArgumentList? {
    var index = position - 1
    while index > 0, position - index <= 6, words[index].lower != "and" {
      let word = words[index]
      let timeWord =
        Self.timeAdverbialWords.contains(word.lower) || word.text.allSatisfy { $0.isNumber || $0 == "-" }
        || TimeVocabulary.monthNames[word.lower] != nil || TimeVocabulary.seasonNames[word.lower] != nil
      guard timeWord else { return nil }
      index -= 1
    }
    // ", and in 1928 against…", "… and, in 1928-29, against…".
    // The first clause's subject: its first list of people with a verb right after it ("A steadfast supporter of
    // Stalin, K. took part…"), else its first list of people.
    let candidates = lists.filter { !$0.isPossessive && !$0.persons.isEmpty && $0.words.upperBound < index }
    guard index > 0, words[index].lower == "and", words[index - 1].text == "," || words[index + 1].text == ",",
      let first = candidates.first(where: { Self.isVerbLike(after: $0.words.upperBound, in: words) })
        ?? candidates.first,
      !crossesClause(first.words.upperBound, position)
    else { return nil }
    return first
  }

  /// The subject of a passive cue, set off from it by an apposition that names no one or by a relative clause:
  /// "Cranmer, a Cambridge scholar, was named archbishop", "Kamenev, whom Stalin distrusted, was expelled".
  /// With `auxiliary` false the cue may follow the apposition directly, as an active verb does ("Ordzhonikidze,
  /// Stalin's old friend, became…").
  func subjectBeforeApposition(_ position: Int, auxiliary: Bool = true) -> ArgumentList? {
    var closing = position - 1
    while closing > 0, Self.appositionAuxiliaries.contains(words[closing].lower) { closing -= 1 }
    guard closing > 0, closing < position - 1 || !auxiliary, words[closing].text == ",",
      let opening = (max(0, closing - 10)..<closing).last(where: { words[$0].text == "," }),
      let list = lists.last(where: { $0.words.upperBound == opening }), !list.isPossessive, !list.persons.isEmpty,
      !crossesClause(opening, closing)
    else { return nil }
    let relative = ["who", "whom", "whose", "which", "that"].contains(words[opening + 1].lower)
    // "Kaganovich, a Stalin loyalist, was…", "Kirov, the Leningrad chief, was…": a noun phrase describes the
    // subject, and a name inside it only qualifies its noun.
    let descriptive = Self.appositionDeterminers.contains(words[opening + 1].lower)
    // "Kamenev, Zinoviev's ally, was…": a possessor describes the subject; it is not one.
    let namesSomeone = mentions.contains { mention in
      mention.words.lowerBound > opening && mention.words.lowerBound < closing && !mention.persons.isEmpty
        && !mention.isPossessive
    }
    return relative || descriptive || !namesSomeone ? list : nil
  }

  /// The subject of a passive cue: the list right before it, unless that list is inside a relative clause set off
  /// before the cue, or else the list before an apposition. `auxiliary` as in ``subjectBeforeApposition(_:auxiliary:)``.
  func passiveSubject(before position: Int, auxiliary: Bool = true) -> ArgumentList? {
    let outer = subjectBeforeApposition(position, auxiliary: auxiliary)
    if let list = listBefore(position, maximumGap: 4) {
      guard let outer, outer.words.upperBound < list.words.lowerBound else { return list }
      return outer
    }
    return outer ?? implicitSubject(at: position)
  }

  /// The nearest list starting after `position` within `maximumGap` words and the same clause.
  func listAfter(_ position: Int, maximumGap: Int = 6) -> ArgumentList? {
    guard let list = lists.first(where: { $0.words.lowerBound >= position }) else { return nil }
    guard list.words.lowerBound - position <= maximumGap, !crossesClause(position, list.words.lowerBound) else {
      return nil
    }
    return list
  }

  /// The list right after the word `preposition` ("by", "from", "with") following `position`, unless a second
  /// participle coordinated in between owns it ("was ousted from Leningrad and replaced by Kirov": Kirov did not
  /// oust anyone).
  func list(after preposition: String, from position: Int, within: Int = 8) -> ArgumentList? {
    let end = min(words.count, position + within)
    guard position < end, let index = words[position..<end].firstIndex(where: { $0.lower == preposition }) else {
      return nil
    }
    let coordinatedParticiple = (position..<index).contains { at in
      words[at].lower == "and" && at + 1 < index && Self.isParticiple(words[at + 1].lower)
    }
    return coordinatedParticiple ? nil : listAfter(index + 1, maximumGap: 2)
  }

  /// Whether a lowercase word is a past participle: ending in -ed, or irregular ("made", "sent").
  static func isParticiple(_ lower: String) -> Bool {
    lower.hasSuffix("ed") || irregularParticiples.contains(lower)
  }

  /// A possessive list just before a cue noun ("Lenin's key allies", "Stalin's most loyal lieutenant"), skipping
  /// up to two modifiers. Verb forms ("Stalin's help in sacking…") have no possessor, and a preposition or article
  /// in between makes the possessive another noun's ("Stalin's policy of support").
  func possessor(before position: Int) -> ArgumentList? {
    let cue = words[position].lower
    guard !cue.hasSuffix("ing"), !cue.hasSuffix("ed") else { return nil }
    guard let list = listBefore(position, maximumGap: 2), list.isPossessive else { return nil }
    let between = words[list.words.upperBound..<position]
    return between.allSatisfy({
      !$0.isPunctuation && !$0.isCapitalised && !Self.nonModifiers.contains($0.lower)
    }) ? list : nil
  }

  /// Words that cannot modify a noun between its possessor and it.
  static let nonModifiers: Set<String> = [
    "of", "in", "on", "for", "to", "with", "by", "and", "or", "the", "a", "an", "as", "at", "from",
  ]

  /// The nearest office mention after `position` within `within` words, unless it is a place or an actor
  /// ("at the recommendation of the Orgburo", "by the Plenum").
  func office(after position: Int, within: Int = 8) -> OfficeID? {
    for mention in mentions where mention.words.lowerBound >= position && mention.words.lowerBound < position + within {
      if crossesClause(position, mention.words.lowerBound) { return nil }
      guard case .office(let id, _) = mention.referent else { continue }
      var before = mention.words.lowerBound - 1
      while before > position, words[before].isCapitalised || Self.officeModifiers.contains(words[before].lower) {
        before -= 1
      }
      // "a seat on the Central Committee", "his place in the Politburo": after a post noun the body is the seat's.
      if before >= position, ["at", "by", "in", "with", "on", "recommendation"].contains(words[before].lower),
        before == 0 || !ExpelledRule.postNouns.contains(words[before - 1].lower)
      {
        return nil
      }
      return moreSpecificOffice(after: mention) ?? id
    }
    return nil
  }

  /// The office a bare post noun is the post of: "secretary of the Azerbaijan party", where the lexicon reads
  /// "secretary" alone as the Central Committee's. Only a single lowercase word yields to the office after it,
  /// and only to a post: a secretary of an institution ("secretary of the Politburo") is its staff, no member.
  func moreSpecificOffice(after mention: Mention) -> OfficeID? {
    guard mention.words.count == 1, !words[mention.words.lowerBound].isCapitalised else { return nil }
    var next = mention.words.upperBound
    guard next < words.count, words[next].lower == "of" else { return nil }
    next += 1
    if next < words.count, words[next].lower == "the" { next += 1 }
    guard let specific = mentions.first(where: { $0.words.lowerBound == next }),
      case .office(let id, false) = specific.referent
    else { return nil }
    return id
  }

  /// The first office mentioned in the `within` words before `position`, in the same clause: the head of a subject
  /// ("the chairmanships of the Politburo and of the Sovnarkom were assumed by…" is first the Politburo's).
  func office(before position: Int, within: Int) -> OfficeID? {
    for mention in mentions
    where mention.words.upperBound <= position && position - mention.words.upperBound <= within {
      if crossesClause(mention.words.upperBound, position) { continue }
      if case .office(let id, _) = mention.referent { return id }
    }
    return nil
  }

  /// Whether the cue is a passive participle ("was appointed", "had been removed"), also a reduced one set off by
  /// punctuation with its agent ("Trotsky's plan, rejected by Stalin, …").
  func isPassive(_ cue: CueHit) -> Bool {
    let participle = words[cue.words.lowerBound].lower
    guard Self.isParticiple(participle) else { return false }
    // "…, replaced by Frunze", "…and replaced by Molotov": a participle with its agent after a break or "and".
    if cue.words.lowerBound > 0,
      words[cue.words.lowerBound - 1].isPunctuation || words[cue.words.lowerBound - 1].lower == "and",
      cue.words.upperBound < words.count, words[cue.words.upperBound].lower == "by"
    {
      return true
    }
    var index = cue.words.lowerBound - 1
    var skipped = 0
    var reach = 2
    while index >= 0, skipped <= reach {
      if Self.passiveAuxiliaries.contains(words[index].lower) { return true }
      if words[index].isPunctuation { return false }
      // Past a coordinated participle's own object a body may stand ("was appointed to head the Orgburo and
      // elected…"), but no person: "Kamenev was appointed and Stalin elected…" has two subjects.
      if let list = lists.first(where: { $0.words.contains(index) }), reach < 8 || !list.persons.isEmpty {
        return false
      }
      // "were harassed and removed": a participle coordinated with a passive one shares its auxiliary.
      if words[index].lower == "and", index == cue.words.lowerBound - 1 { reach = 8 }
      index -= 1
      skipped += 1
    }
    return false
  }

  /// The first institution the cue's clause mentions other than `office` (the patron of last resort).
  func institution(other office: OfficeID?, near position: Int) -> OfficeID? {
    for mention in mentions where !separatesClauses(mention.words.lowerBound, position) {
      // "the department in the Central Committee Secretariat": where the post is, not who filled it.
      let before = words[max(0, mention.words.lowerBound - 2)..<mention.words.lowerBound].map(\.lower)
      if before.last == "in" || before == ["in", "the"] { continue }
      // "secretary of the Azerbaijan party": a post noun, not the Secretariat acting.
      if moreSpecificOffice(after: mention) != nil { continue }
      if case .office(let id, true) = mention.referent, id != office { return id }
    }
    return nil
  }

  /// Whether a clause break, or a comma before a conjunction ("…, and in 1930 Molotov was appointed"), lies
  /// between two word positions.
  func separatesClauses(_ a: Int, _ b: Int) -> Bool {
    if crossesClause(a, b) { return true }
    let range = min(a, b)..<max(a, b)
    return range.dropLast().contains { words[$0].text == "," && Self.clauseConjunctions.contains(words[$0 + 1].lower) }
  }
}

extension SentenceFacts {
  /// Words that may stand between an apposition and its passive verb ("…, was then named").
  static let appositionAuxiliaries: Set<String> = [
    "was", "were", "had", "been", "has", "have", "then", "later", "soon", "also",
  ]
  /// Words that open a descriptive apposition ("Kaganovich, a Stalin loyalist, …").
  static let appositionDeterminers: Set<String> = ["a", "an", "the", "one", "another"]
  /// Conjunctions that start a new clause after a comma.
  static let clauseConjunctions: Set<String> = ["and", "when", "while", "after", "whereas"]
  /// Auxiliaries before a passive participle ("was removed", "got expelled").
  static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are", "get", "got"]
}
