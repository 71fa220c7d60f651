import PatronageCore

/// What a document has said so far, for resolving pronouns, titles and group phrases in later sentences.
///
/// Pronouns go to the sentence's subject when one precedes them, otherwise to the previous sentence's subject,
/// filtered by gender (Hobbs 1978's recency-and-role preference, much simplified). Titles of posts ("the General
/// Secretary") go to the lexicon person holding the post in the sentence's year. Group phrases ("the
/// triumvirate", "the three men", "all three") go to the set of people the document last tied to them.
public struct Coreference: Sendable {
  public let gazetteer: Gazetteer
  /// Person → order of last mention (higher = more recent).
  public private(set) var recent: [PersonID: Int] = [:]
  private var clock = 0
  private var previousSubject: [PersonID] = []
  /// The previous sentence's subject when it names two or more people, for "they", "them" and "their".
  private var previousPluralSubject: [PersonID] = []
  /// The previous sentence's last list of two or more people, for "they" when its subject was one person.
  private var previousPlural: [PersonID] = []
  /// The person one of the last two sentences asked to do something ("Lenin asked Stalin to…"), for "he agreed".
  public private(set) var previousAddressee: [PersonID] = []
  /// Who made that request ("Lenin"), when one person did.
  public private(set) var asker: PersonID?
  /// How many sentences ago the request was made.
  private var addresseeAge = 0
  /// People the document has tied to a group word ("triumvirate", "#3" for "all three", "=left" for "the left").
  var groups: [String: [PersonID]] = [:]
  /// The office or body named last, for "to head it" and "its chairman".
  private(set) var lastBody: OfficeID?
  /// Who speaks in a quotation a sentence opened and has not closed.
  var quoteSpeaker: PersonID?
  /// Who the current sentence, ending in a colon, introduces as speaking the next paragraph.
  var pendingSpeaker: PersonID?
  /// Who speaks the current paragraph, a block quotation.
  var paragraphSpeaker: PersonID?
  /// The person a reference-work entry is about, and the initial that abbreviates their name ("K.").
  var headword: (person: PersonID, initial: String)?
  /// Whether a sentence has been resolved yet.
  private var started = false

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// Words that end the name of a post's holder.
  static let holderNouns = [
    "secretar", "chairman", "commissar", "president", "head", "chief", "leader", "editor", "director", "premier",
    "commander", "minister", "deputy",
  ]

  /// Linking words that tie a subject to what is said of it ("X was his ally", "Y remained one of X's allies",
  /// "Z served as its chairman"): after them a possessive names someone other than the subject.
  static let copulas: Set<String> = [
    "was", "were", "is", "are", "became", "become", "becomes", "remained", "remains", "been", "as",
  ]

  /// Whether the words between a person and a possessive make it part of what is said of that person: a copula
  /// before the possessive with only prepositions between, no punctuation ("was his ally", "was on his side", "was
  /// one of his men"; not "was to promote his friends").
  static func isPredicate(_ gap: ArraySlice<Word>) -> Bool {
    guard gap.count <= 4, !gap.contains(where: \.isPunctuation),
      let copula = gap.lastIndex(where: { copulas.contains($0.lower) })
    else { return false }
    return gap[(copula + 1)...].allSatisfy { Self.predicateLinks.contains($0.lower) }
  }

  /// Nouns for a removal or punishment, which one asks for on someone else's behalf.
  static let removalNouns: Set<String> = [
    "expulsion", "dismissal", "removal", "arrest", "execution", "ouster", "exclusion", "exile", "punishment",
  ]

  /// Whether a possessive at `index` owns a removal that the words just before ask for ("Lenin called for his
  /// expulsion", "demanded her arrest"): then it names someone other than the asker.
  static func asksForSomeonesRemoval(at index: Int, _ words: [Word]) -> Bool {
    guard index + 1 < words.count, removalNouns.contains(words[index + 1].lower) else { return false }
    return words[max(0, index - 3)..<index].contains { Modality.proposals.contains($0.lower) }
  }

  /// Verbs of asking someone to do something ("asked Stalin to").
  static let requestVerbs: Set<String> = [
    "asked", "urged", "persuaded", "pressed", "begged", "invited", "requested", "instructed", "told", "implored",
  ]
  /// Verbs of answering a request ("he agreed").
  static let answerVerbs: Set<String> = [
    "agreed", "consented", "accepted", "refused", "declined", "complied", "obliged", "acquiesced",
  ]

  /// The people a request in the sentence is made of: "asked Stalin to", "urged Kamenev and Zinoviev to".
  static func addressee(of mentions: [Mention], words: [Word]) -> [PersonID] {
    for mention in mentions where !mention.persons.isEmpty && mention.words.lowerBound > 0 {
      let end = mention.words.upperBound
      guard requestVerbs.contains(words[mention.words.lowerBound - 1].lower), end < words.count,
        words[end].lower == "to"
      else { continue }
      return mention.persons
    }
    return []
  }

  /// Whether the pronoun at `index` is the subject of a verb of answering ("he agreed", "he reluctantly agreed").
  static func answersARequest(at index: Int, _ words: [Word]) -> Bool {
    words[(index + 1)...].prefix(3).contains { answerVerbs.contains($0.lower) }
  }

  /// Prepositions that open a phrase before the subject ("Unlike Zinoviev, he…", "Like Lenin, she…").
  static let subjectlessPrepositions: Set<String> = ["unlike", "like", "besides", "beside", "apart", "except"]

  /// Nouns for the one who heads a body ("its chairman").
  static let headNouns: Set<String> = ["chairman", "chair", "head", "leader", "president"]

  /// Group nouns and the number of people they stand for.
  static let groupWords: [String: Int] = [
    "triumvirate": 3, "troika": 3, "triumvirs": 3, "three": 3, "duumvirate": 2, "two": 2, "both": 2, "four": 4,
  ]

  /// The lowercase keys of ``groupWords``, to pass over other words without a string lookup.
  static let groupKeys = KeySet(groupWords.keys.map(Word.key))

  /// Resolves the sentence's pronouns, titles and group phrases, and remembers its people.
  public mutating func resolve(_ mentions: [Mention], words: [Word], year: Int?) -> [Mention] {
    if !started {
      started = true
      noteHeadword(words: words, mentions: mentions)
    }
    let mentions = (mentions + headwordMentions(words: words)).sorted { $0.words.lowerBound < $1.words.lowerBound }
    var result: [Mention] = []
    let sentenceLists = SentenceFacts(words: words, mentions: mentions, cues: []).lists
    let bigList = sentenceLists.map(\.persons).first { $0.count >= 2 }
    for mention in mentions {
      var mention = mention
      switch mention.referent {
      case .pronoun(_, true):
        let lower = words[mention.words.lowerBound].lower
        guard lower != "themselves",
          let people = pluralReferent(at: mention.words.lowerBound, lists: sentenceLists)
        else { continue }
        mention.referent = .group(people)
        mention.isPossessive = lower == "their"
        mention.confidence = 0.7
      case .pronoun(let female, false):
        var answering = false
        let before = result.flatMap(\.persons)
        let lower = words[mention.words.lowerBound].lower
        let isObject =
          lower == "him" || lower == "them" || lower == "her" && Self.isObjectHer(at: mention.words.lowerBound, words)
        let candidates: [PersonID]
        if isObject {
          candidates =
            Self.objectCandidates(
              before: result, lists: sentenceLists, at: mention.words.lowerBound, words: words)
            + previousSubject.filter { !before.contains($0) }
        } else if ["his", "her"].contains(lower), let nearest = result.last(where: { !$0.persons.isEmpty }) {
          let start = mention.words.lowerBound
          if start > 0, words[start - 1].text == "," {
            // In apposition it names someone else: "unlike Zinoviev and Kamenev, his rivals, he…".
            let list = sentenceLists.last { $0.words.upperBound <= start - 1 }.map(\.persons) ?? []
            candidates = (before + previousSubject).filter { !list.contains($0) }
          } else if Self.isPredicate(words[nearest.words.upperBound..<start])
            || Self.asksForSomeonesRemoval(at: start, words)
          {
            // After a copula it names someone else: "Krasin was on his side", "Zinoviev became his rival".
            candidates = (before + previousSubject).filter { !nearest.persons.contains($0) }
          } else {
            // A possessive goes to the nearest person of its clause ("Once he had read it, Lenin threw his support").
            candidates = nearest.persons + before + previousSubject
          }
        } else if Self.followsAnOpeningPhrase(at: mention.words.lowerBound, words) {
          // "Building a case against Stalin, he…": the people of the opening phrase are not its subject.
          candidates = previousSubject.filter { !before.contains($0) }
        } else if case let end = Self.openingPhraseEnd(words, lists: sentenceLists), end > 0,
          mention.words.lowerBound == end + 1
        {
          // "Instead of executing Lenin's commission, he…", "After Lenin's death, he…": a possessive in an opening
          // phrase is not its subject, though the subject of an opening clause may be ("When Lenin fell ill, he…").
          let possessors = result.filter(\.isPossessive).flatMap(\.persons)
          candidates = (before.filter { !possessors.contains($0) } + previousSubject).filter {
            !possessors.contains($0)
          }
        } else if ["he", "she"].contains(lower), let adjacent = result.last,
          adjacent.words.upperBound == mention.words.lowerBound
        {
          // "Shlyapnikov he had shot": a pronoun right after a name, with no comma, is someone else (a fronted object).
          candidates = (before + previousSubject).filter { !adjacent.persons.contains($0) }
        } else if before.isEmpty, !previousAddressee.isEmpty, addresseeAge <= 1,
          Self.answersARequest(at: mention.words.lowerBound, words)
        {
          // "Lenin asked Stalin to take it on. He agreed": the one asked answers (a surer reading than recency).
          candidates = previousAddressee + previousSubject
          answering = true
        } else {
          candidates = before.isEmpty ? previousSubject : [before[0]] + previousSubject
        }
        var people = pick(female: female, candidates: candidates)
        if people.isEmpty, female == true, let woman = lastWoman(before: result) { people = [woman] }
        guard !people.isEmpty else { continue }
        mention.referent = people.count == 1 ? .person(people[0]) : .group(people)
        mention.isPossessive = ["his", "her", "their"].contains(words[mention.words.lowerBound].lower)
        mention.confidence = answering ? 0.85 : 0.75
      case .office(let id, false) where isTitle(mention, words: words, next: mentions):
        guard let year, let holder = holder(of: id, in: year) else { break }
        mention.referent = .person(holder)
        mention.confidence = 0.8
      default:
        break
      }
      result.append(mention)
    }
    let covered = Set(result.flatMap { Array($0.words) })
    result += groupMentions(words: words, bind: bigList).filter { !covered.contains($0.words.lowerBound) }
    bindWings(words: words, mentions: result)
    result += wingMentions(words: words).filter { !covered.contains($0.words.lowerBound) }
    result += bodyPronouns(words: words, mentions: mentions).filter { !covered.contains($0.words.lowerBound) }
    result += relativePossessives(words: words, lists: sentenceLists)
    result += speakerMentions(words: words, resolved: result).filter { !covered.contains($0.words.lowerBound) }
    result += groupPronouns(words: words, resolved: result).filter { !covered.contains($0.words.lowerBound) }
    if let implied = impliedPossessor(words: words), !covered.contains(implied.words.lowerBound) {
      result.append(implied)
    }
    if let body = mentions.last(where: { if case .office = $0.referent { true } else { false } }),
      case .office(let id, _) = body.referent
    {
      lastBody = id
    }
    let taken = Set(result.flatMap { Array($0.words) })
    result += formerLatterMentions(words: words, resolved: result).filter { !taken.contains($0.words.lowerBound) }
    result.sort { $0.words.lowerBound < $1.words.lowerBound }
    remember(result, words: words)
    return result
  }

  /// The people "they", "them" or "their" stands for: the sentence's subject when it names two or more people
  /// and comes before the pronoun ("Zinoviev and Kamenev said they…"), else the previous sentence's plural subject.
  private func pluralReferent(at position: Int, lists: [ArgumentList]) -> [PersonID]? {
    var subject: [PersonID] = []
    if let first = lists.first, first.words.upperBound <= position {
      if first.persons.count >= 2 { return first.persons }
      subject = first.persons
    }
    // After a one-person subject ("Lenin rebuffed them"), the pronoun is the people of the sentence before.
    let earlier = previousPluralSubject.isEmpty ? previousPlural : previousPluralSubject
    let people = earlier.filter { !subject.contains($0) }
    return people.count >= 2 ? people : nil
  }

  /// People earlier in the sentence an object pronoun may stand for, nearest first: not the subject right before
  /// the pronoun's verb, or else not the clause's subject (its first list that is not a possessor) ("Trotsky's
  /// allies Radek and Pyatakov stood by him": Trotsky).
  static func objectCandidates(
    before mentions: [Mention], lists: [ArgumentList], at position: Int, words: [Word]
  ) -> [PersonID] {
    // The pronoun's clause begins after the last semicolon or colon before it ("A was in his good books; it was
    // B who arranged for him to…": him is A).
    let clauseStart = (words[..<position].lastIndex { [";", ":"].contains($0.text) }).map { $0 + 1 } ?? 0
    let earlier = lists.filter { $0.words.upperBound <= position && !$0.agents.isEmpty }
    let excluded: Set<PersonID>
    if let nearest = earlier.last(where: { !$0.persons.isEmpty }), position - nearest.words.upperBound <= 4,
      !words[nearest.words.upperBound..<position].contains(where: { $0.isPunctuation || $0.lower == "and" })
    {
      // The subject right before the pronoun's verb ("Uglanov was dismissed and Molotov replaced him").
      excluded = Set(nearest.persons)
    } else {
      // A verb coordinated with the clause's first one shares its subject, which may be a body ("the Central
      // Committee put Stalin in charge, a duty that set him against…": him is Stalin).
      // A body in an opening phrase ("At the next congress a delegate, Mikoyan, attacked him") is no subject.
      let subject = earlier.first { list in
        guard !list.isPossessive, list.words.lowerBound >= clauseStart else { return false }
        let lead = words[max(clauseStart, list.words.lowerBound - 3)..<list.words.lowerBound].map(\.lower)
        return !list.persons.isEmpty || !lead.contains { ["at", "in", "on", "during"].contains($0) }
      }
      excluded = Set(subject?.persons ?? [])
    }
    var result: [PersonID] = []
    for mention in mentions.reversed() {
      for person in mention.persons where !excluded.contains(person) && !result.contains(person) {
        result.append(person)
      }
    }
    return result
  }

  /// Verbs after which "it" is a body whose post is meant ("appointed Dzerzhinsky to head it").
  static let bodyGoverning: Set<String> = ["head", "chair", "lead", "run", "direct", "join", "joined"]
  /// Posts after which "its" is a body ("its chairman").
  static let bodyPosts: Set<String> = ["chairman", "chair", "head", "secretary", "leader", "president", "editor"]

  /// "it" and "its" standing for the body named last (in the sentence, else before it), where a post is meant: "appointed Dzerzhinsky to head it",
  /// "Stalin's appointment as its chairman".
  private func bodyPronouns(words: [Word], mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for (index, word) in words.enumerated() where word.lower == "it" || word.lower == "its" {
      let isIt = word.lower == "it" && index > 0 && Self.bodyGoverning.contains(words[index - 1].lower)
      let isIts = word.lower == "its" && index + 1 < words.count && Self.bodyPosts.contains(words[index + 1].lower)
      guard isIt || isIts else { continue }
      let earlier = mentions.last { mention in
        guard mention.words.upperBound <= index, case .office = mention.referent else { return false }
        return true
      }
      guard case .office(let body, _)? = earlier?.referent ?? lastBody.map({ .office($0, institution: false) })
      else { continue }
      // "its chairman" of a body headed by a post (the Secretariat's is the General Secretary) is that post.
      if isIts, Self.headNouns.contains(words[index + 1].lower),
        let head = gazetteer.lexicon.offices.first(where: { $0.office.id == body })?.office.head
      {
        result.append(Mention(.office(head, institution: false), words: index..<index + 2))
        continue
      }
      result.append(Mention(.office(body, institution: false), words: index..<index + 1))
    }
    return result
  }

  /// "There followed expulsion from the Party": a removal that opens a sentence without an owner happens to the
  /// previous sentence's subject, all of a plural one ("In 1925 he was forced to resign. There followed
  /// expulsion…"). The owner is
  /// given as a possessive on the verb before the noun.
  private func impliedPossessor(words: [Word]) -> Mention? {
    let owners = previousPluralSubject.isEmpty ? previousSubject : previousPluralSubject
    guard words.count > 3, !owners.isEmpty, Self.removalNouns.contains(words[2].lower) else { return nil }
    let opening = (words[0].lower, words[1].lower)
    guard opening == ("there", "followed") || opening == ("then", "came") || opening == ("there", "came") else {
      return nil
    }
    let referent: Referent = owners.count == 1 ? .person(owners[0]) : .group(owners)
    return Mention(referent, words: 1..<2, isPossessive: true, confidence: 0.7)
  }

  /// ", whose" after a list of people is their possessive: "Stalin and Bukharin, whose partnership…",
  /// "Trotsky, whose supporters…".
  private func relativePossessives(words: [Word], lists: [ArgumentList]) -> [Mention] {
    var result: [Mention] = []
    for index in words.indices.dropFirst(2) where words[index].lower == "whose" && words[index - 1].text == "," {
      guard let list = lists.last(where: { $0.words.upperBound == index - 1 }), !list.isPossessive,
        !list.persons.isEmpty
      else { continue }
      let referent: Referent = list.persons.count == 1 ? .person(list.persons[0]) : .group(list.persons)
      result.append(Mention(referent, words: index..<index + 1, isPossessive: true, confidence: 0.8))
    }
    return result
  }

  /// Whether the word at `index` follows the comma closing an opening participial phrase ("Resenting X's
  /// attempt, she…").
  static func followsAnOpeningPhrase(at index: Int, _ words: [Word]) -> Bool {
    guard index > 1, words[index - 1].text == ",", let first = words.first else { return false }
    return first.isCapitalised && first.lower.hasSuffix("ing")
  }

  /// Prepositions that open a short phrase set off by a comma before the sentence's subject ("After Lenin's
  /// death, Stalin…", "With Lenin out of the picture, Stalin…").
  static let phraseOpeners: Set<String> = [
    "instead", "despite", "unlike", "like", "besides", "following", "during", "upon", "on", "with", "without", "in",
    "at",
  ]

  /// Conjunctions that open a clause set off by a comma before the sentence's subject ("Although Trotsky
  /// protested, Stalin…"); before a number they are prepositions ("After 1922, …").
  static let clauseOpeners: Set<String> = [
    "although", "though", "while", "when", "once", "because", "if", "whereas", "as", "after", "before", "since",
    "until",
  ]

  /// Subject pronouns: an opening phrase that holds one is the main clause ("In April 1922 he was elected a
  /// secretary, one of three").
  static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

  /// The index of the comma that closes an opening phrase or clause ("Realizing that…, Stalin", "Instead of
  /// executing Lenin's commission, he"), or 0 when the sentence has none; a comma inside a list of people ("In
  /// 1923 Stalin, Zinoviev and Kamenev…") closes nothing.
  static func openingPhraseEnd(_ words: [Word], lists: [ArgumentList]) -> Int {
    guard let first = words.first, first.isCapitalised, words.count > 2,
      let comma = words.firstIndex(where: { $0.text == "," }),
      !lists.contains(where: { $0.words.lowerBound < comma && comma < $0.words.upperBound })
    else { return 0 }
    let isClause =
      first.lower.hasSuffix("ing") && first.lower.count > 5 && !phraseOpeners.contains(first.lower)
      || clauseOpeners.contains(first.lower) && !(words[1].text.first?.isNumber ?? false)
    if isClause { return comma }
    let isPhrase =
      (phraseOpeners.contains(first.lower) || clauseOpeners.contains(first.lower)) && comma <= 8
      && !words[..<comma].contains { subjectPronouns.contains($0.lower) }
    return isPhrase ? comma : 0
  }

  /// "her" as an object ("attacked her.") rather than a possessive ("her husband").
  static func isObjectHer(at index: Int, _ words: [Word]) -> Bool {
    guard index + 1 < words.count else { return true }
    let next = words[index + 1]
    return next.isPunctuation
      || ["and", "to", "for", "with", "in", "as", "at", "from", "by", "of"].contains(next.lower)
  }

  /// The woman named last, in this sentence or within the last few mentions before it: "she" where the subjects
  /// around are men ("…was Lenin's wife Nadezhda Krupskaya. Resenting Stalin's attempt, she appealed…").
  private func lastWoman(before mentions: [Mention]) -> PersonID? {
    let isWoman = { (person: PersonID) in self.gazetteer.persons[person]?.gender == .female }
    if let here = mentions.reversed().lazy.flatMap(\.persons).first(where: isWoman) { return here }
    let women = recent.filter { isWoman($0.key) && clock - $0.value < 8 }
    return women.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  private func pick(female: Bool?, candidates: [PersonID]) -> [PersonID] {
    for candidate in candidates {
      let gender = gazetteer.persons[candidate]?.gender
      if gender == nil || (gender == .female) == (female ?? false) { return [candidate] }
    }
    return []
  }

  /// "the General Secretary" used as a person: "the" before, no person right after, not the goal of a verb.
  private func isTitle(_ mention: Mention, words: [Word], next mentions: [Mention]) -> Bool {
    let start = mention.words.lowerBound
    guard start > 0, words[start - 1].lower == "the" else { return false }
    // "the post of General Secretary" names the post, not its holder.
    let postWords: Set<String> = ["post", "office", "position", "rank", "seat", "job", "chairmanship", "title"]
    if postWords.contains(words[start].lower) { return false }
    // Only a name for a holder is a title ("the General Secretary", "the War Commissar"), not a body's name
    // ("the Workers' and Peasants' Inspectorate").
    guard let last = words[mention.words].last(where: { !$0.isPunctuation }),
      Self.holderNouns.contains(where: { last.lower.hasPrefix($0) })
    else { return false }
    if start > 1, ["as", "to", "of", "became", "post", "appointed", "made", "named"].contains(words[start - 2].lower) {
      return false
    }
    if mention.words.upperBound < words.count, ["of", "and", ","].contains(words[mention.words.upperBound].lower) {
      return words[mention.words.upperBound].lower != "of"
    }
    return !mentions.contains { $0.words.lowerBound == mention.words.upperBound }
  }

  private func holder(of office: OfficeID, in year: Int) -> PersonID? {
    let holders = gazetteer.lexicon.persons.filter { person in
      person.roles.contains { $0.office == office && $0.covers(year: year) }
    }
    return holders.count == 1 ? holders[0].id : nil
  }

  /// Group phrases ("the triumvirate", "all three"): binds them to a list of the right size in the same sentence,
  /// or resolves them to the set bound earlier.
  private mutating func groupMentions(words: [Word], bind list: [PersonID]?) -> [Mention] {
    var result: [Mention] = []
    // A list of two to four people is what a later "both" / "all three" / "the four men" refers to.
    if let list, (2...4).contains(list.count) { groups["#\(list.count)"] = list }
    for index in words.indices where Self.groupKeys.contains(words[index].lowerKey) {
      let word = words[index]
      guard let size = Self.groupWords[word.lower] else { continue }
      let previous = index > 0 ? words[index - 1].lower : ""
      let isNumber = ["three", "two", "four", "both"].contains(word.lower)
      if isNumber {
        let next = index + 1 < words.count ? words[index + 1].lower : ""
        guard ["the", "all", "these"].contains(previous) || word.lower == "both" && ["men", "leaders"].contains(next),
          !(next.first?.isNumber ?? false)
        else { continue }
      }
      let key = isNumber ? "#\(size)" : word.lower
      if let list, list.count == size {
        groups[key] = list
        groups["#\(size)"] = list
      }
      if let members = groups[key] {
        result.append(Mention(.group(members), words: index..<index + 1, confidence: 0.8))
      }
    }
    return result
  }

  private mutating func remember(_ mentions: [Mention], words: [Word]) {
    var subject: [PersonID] = []
    // The first list naming people, not a body in an opening phrase ("At the plenum the Opposition (of A, B)…").
    let lists = SentenceFacts(words: words, mentions: mentions, cues: []).lists
    // People after a preposition ("Unlike Zinoviev and Kamenev, his rivals, he…") are not the subject.
    let governed = lists.filter { list in
      list.words.lowerBound > 0 && Self.subjectlessPrepositions.contains(words[list.words.lowerBound - 1].lower)
    }
    // Nor are the people of an opening participial phrase ("Realizing that the troika was criticised, Stalin…").
    let opening = Self.openingPhraseEnd(words, lists: lists)
    for mention in mentions {
      for person in mention.persons {
        clock += 1
        recent[person] = clock
      }
      let inPhrase =
        governed.contains { $0.words.contains(mention.words.lowerBound) } || mention.words.lowerBound < opening
      if subject.isEmpty, !inPhrase { subject = mention.persons }
    }
    if subject.isEmpty { subject = mentions.first { !$0.persons.isEmpty }?.persons ?? [] }
    if !subject.isEmpty { previousSubject = subject }
    let first = lists.first { !$0.persons.isEmpty }
    previousPluralSubject = first.map(\.persons).flatMap { $0.count >= 2 ? $0 : nil } ?? []
    previousPlural = lists.last { $0.persons.count >= 2 }?.persons ?? []
    let addressee = Self.addressee(of: mentions, words: words)
    if !addressee.isEmpty {
      (previousAddressee, addresseeAge) = (addressee, 0)
      let askers = lists.first { !$0.persons.isEmpty && $0.persons != addressee }?.persons ?? []
      asker = askers.count == 1 ? askers[0] : nil
    } else {
      addresseeAge += 1
      // Kept one sentence longer than a pronoun may use it, for the claims of the sentence that answers.
      if addresseeAge > 2 { (previousAddressee, asker) = ([], nil) }
    }
    // Two to four people named across the sentence but in no one list are what a later "all three" or "both men"
    // means ("A became secretary; B and C were made secretaries alongside him. All three…").
    var distinct: [PersonID] = []
    for person in mentions.flatMap(\.persons) where !distinct.contains(person) { distinct.append(person) }
    if (2...4).contains(distinct.count), !lists.contains(where: { $0.persons.count == distinct.count }) {
      groups["#\(distinct.count)"] = distinct
    }
  }
}

extension Coreference {
  /// Words between a copula and a possessive in a predicate ("was on his side", "was one of his men").
  static let predicateLinks: Set<String> = ["on", "at", "by", "one", "of", "among", "in", "still", "now", "also"]
}
