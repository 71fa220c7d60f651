import PatronageCore

/// appointed(patron, appointee, office): "X appointed Y Z", "Y was appointed Z (by X)", "X made Y head of Z",
/// "Y became Z", "X's appointee Y", "Y's appointment as Z". Institutions (a plenum, a congress) may be patrons.
///
/// An appointment needs an office; without one the claim's confidence falls below the default threshold.
public struct AppointedRule: RelationRule {
  public let kind = RelationKind.appointed

  public init() {}

  /// Cues whose subject takes the post themself ("became", "took over", "agreed to head").
  static let selfCues: Set<String> = [
    "become", "became", "becomes", "becoming", "took", "take", "takes", "taking", "assume", "assumed", "assumes",
    "assuming", "taken", "agreed", "consented",
  ]
  /// Cue nouns naming the act, whose possessor is the appointee ("Stalin's appointment").
  static let actNouns = ["appointment", "election", "promotion", "nomination", "reappointment", "installation"]
  /// Cue nouns naming the person promoted, whose possessor is the patron ("Stalin's protégé").
  static let clientNouns = ["appointee", "protege", "protégé", "nominee"]

  /// Cues whose subject takes over a predecessor's post ("Rykov succeeded Lenin as chairman of Sovnarkom").
  static let successionCues = ["succeed", "replac"]
  /// Pronouns that may stand for the predecessor ("Menzhinsky succeeded him at the head of the OGPU").
  static let objectPronouns: Set<String> = ["him", "her", "them"]

  public func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let word = sentence.words[cue.words.lowerBound].lower
    let after = cue.words.upperBound
    if Self.successionCues.contains(where: word.hasPrefix) {
      return succession(sentence, cue: cue)
    }
    if Self.headingVerbs.contains(word) {
      return headedBy(sentence, cue: cue)
    }
    if Self.handingVerbs.contains(word) {
      return handedOn(sentence, cue: cue)
    }
    if word == "had" || word == "has" {
      return heldSince(sentence, cue: cue)
    }
    if Self.selfCues.contains(word), sentence.isPassive(cue) {
      // "The chairmanship was assumed by Kamenev": the agent takes the post named before the verb.
      guard let target = sentence.list(after: "by", from: after), !target.persons.isEmpty,
        let office = sentence.office(before: cue.words.lowerBound, within: 8)
      else { return [] }
      // Taken, not given: no body the sentence names is the appointer.
      return claims(source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence, cue: cue)
    }
    if Self.selfCues.contains(word) {
      // A faction "took over the gubkom": a group named as one takes no post.
      guard
        let target = sentence.passiveSubject(before: cue.words.lowerBound, auxiliary: false).flatMap({
          $0.persons.isEmpty ? nil : $0
        })
          ?? sentence.sharedSubject(before: cue.words.lowerBound),
        !sentence.namesAGroup(target),
        let office = sentence.office(
          after: after, within: (cue.words.count > 1 ? 5 : 3) + memberPhrase(at: after, in: sentence)),
        !word.hasPrefix("assum") || takesPostDirectly(after: after, in: sentence)
      else { return [] }
      return appointments(
        source: causer(of: target, in: sentence), targets: target.persons, office: office,
        confidence: 0.8 * target.confidence, cue: cue, in: sentence)
    }
    if word == "as" {
      return withAsPost(sentence, cue: cue)
    }
    if word == "members" {
      return membership(sentence, cue: cue)
    }
    if let owner = sentence.possessor(before: cue.words.lowerBound) {
      if Self.actNouns.contains(where: word.hasPrefix) {
        let source = sentence.list(after: "by", from: after)
        return appointments(
          source: source, targets: owner.persons, office: sentence.office(after: after),
          confidence: 0.75, cue: cue, in: sentence)
      }
      if Self.clientNouns.contains(where: word.hasPrefix) {
        guard
          let clients = sentence.listAfter(after, maximumGap: 3)
            ?? sentence.listBefore(owner.words.lowerBound, maximumGap: 2)
        else { return [] }
        // "Zinoviev's protégé Zalutsky was dismissed as Leningrad secretary": the post is the one lost, not given.
        let removed = sentence.cues.contains { $0.kind == .relation(.expelled) && $0.words.lowerBound >= after }
        return pairs(
          owner.agents, clients.persons, office: removed ? nil : sentence.office(after: after), confidence: 0.55,
          cue: cue)
      }
    }
    if Self.actNouns.contains(where: word.hasPrefix) {
      // The noun without a possessor: only "the appointment of Y as Z (by X)" names the appointee.
      guard after + 1 < sentence.words.count, sentence.words[after].lower == "of",
        let target = sentence.listAfter(after + 1, maximumGap: 0), !target.isPossessive, !target.persons.isEmpty
      else { return [] }
      return appointments(
        source: sentence.list(after: "by", from: target.words.upperBound), targets: target.persons,
        office: sentence.office(after: target.words.upperBound), confidence: 0.75 * target.confidence, cue: cue,
        in: sentence)
    }
    if sentence.isPassive(cue) {
      let coordinated = cue.words.lowerBound > 0 && sentence.words[cue.words.lowerBound - 1].lower == "and"
      guard
        let target = sentence.passiveSubject(before: cue.words.lowerBound).flatMap({
          // "He was appointed to head the Orgburo and elected…": the first participle's subject.
          $0.persons.isEmpty && coordinated ? sentence.subject(before: cue.words.lowerBound) : $0
        }),
        !target.isPossessive
      else { return [] }
      let source = sentence.list(after: "by", from: after) ?? instigator(of: cue, subject: target, in: sentence)
      return appointments(
        source: source, targets: target.persons,
        office: sentence.office(after: after) ?? sentence.titleOffice(at: after),
        confidence: 0.85 * target.confidence, cue: cue, in: sentence)
    }
    guard let target = object(after: after, of: cue, in: sentence) else {
      return relativeObject(sentence, cue: cue) ?? headline(sentence, cue: cue)
    }
    // A membership announced by its body: "the new Politburo elected: A, B and C". The body is the office.
    if after < sentence.words.count, sentence.words[after].text == ":",
      let body = sentence.listBefore(cue.words.lowerBound, maximumGap: 0), body.persons.isEmpty,
      body.agents.count == 1, case .institution(let office) = body.agents[0]
    {
      return appointments(
        source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence,
        cue: cue, in: sentence)
    }
    let source = sentence.listBefore(cue.words.lowerBound, maximumGap: 6)
    let office =
      sentence.office(after: target.words.upperBound, within: 6) ?? postInside(target, of: sentence)
      ?? sentence.titleOffice(at: target.words.upperBound)
    return appointments(
      source: source, targets: target.persons, office: office,
      confidence: 0.9 * target.confidence, cue: cue, in: sentence)
  }

  /// Verbs of heading a body: passive with "by" ("a commission headed by Stalin", "chaired by Kamenev"), or, for
  /// ``tenureVerbs``, active.
  static let headingVerbs: Set<String> = tenureVerbs.union(["chaired"])
  /// Verbs whose subject holds the post named after them ("headed the Comintern", "ran the Leningrad
  /// organisation"). Not "chaired": chairing a body's meetings is not a post in it ("Stalin chaired the
  /// Secretariat").
  static let tenureVerbs: Set<String> = ["headed", "ran"]

  /// Verbs that mean a placement in a post even when the post is not named ("promoted his allies, A and B");
  /// other cues without a post ("made", "chose") are too vague to report by default.
  static let personnelVerbs = ["appoint", "promot", "nominat", "install", "reappoint"]
  /// Verbs by which someone gets another into a post ("arranged for Y to become Z", "helped Y become Z").
  static let causativeVerbs: Set<String> = [
    "arranged", "arrange", "arranges", "helped", "help", "helps", "got", "secured", "enabled", "allowed",
  ]
  /// Nouns after a possessive that name who was behind a passive appointment ("on Lenin's instructions").
  static let instigationNouns: Set<String> = [
    "instructions", "instruction", "orders", "order", "suggestion", "recommendation", "initiative", "behest",
    "request", "insistence", "proposal", "nomination",
  ]
  /// Posts named by a common noun after "as" ("with Stalin as chairman").
  static let postNouns: Set<String> = [
    "chairman", "chair", "head", "president", "secretary", "secretaries", "editor", "commissar", "leader", "director",
    "chief",
  ]

  /// The object of an active cue: the list after it, or past a possessive in apposition ("promoted his allies,
  /// A, B and C"), or after "to" ("assigned to Stalin ever greater tasks").
  private func object(after position: Int, of cue: CueHit, in sentence: SentenceFacts) -> ArgumentList? {
    let determiners: Set<String> = ["the", "a", "his", "her", "their", "its", "also", "then", "both", "him", "as", ":"]
    guard let first = sentence.listAfter(position, maximumGap: 3), !first.persons.isEmpty,
      sentence.words[position..<first.words.lowerBound].allSatisfy({
        determiners.contains($0.lower) || $0.isCapitalised
      })
    else {
      guard position + 1 < sentence.words.count, sentence.words[position].lower == "to",
        let indirect = sentence.listAfter(position + 1, maximumGap: 0), !indirect.isPossessive,
        !indirect.persons.isEmpty
      else { return sentence.includedList(after: position) }
      return indirect
    }
    guard first.isPossessive else { return first }
    if let named = sentence.namedAfterPossessor(first) { return named }
    // "his allies, A, B and C": a possessor, its noun, a comma, then the list.
    var comma = first.words.upperBound
    while comma < sentence.words.count, comma - first.words.upperBound < 3, sentence.words[comma].text != "," {
      if sentence.words[comma].isPunctuation { return nil }
      comma += 1
    }
    guard comma < sentence.words.count, sentence.words[comma].text == ",",
      let apposed = sentence.listAfter(comma + 1, maximumGap: 0), !apposed.isPossessive, !apposed.persons.isEmpty
    else { return nil }
    return apposed
  }

  /// The subject of a causative verb right before the appointee ("Stalin arranged for Mdivani to become…").
  private func causer(of target: ArgumentList, in sentence: SentenceFacts) -> ArgumentList? {
    var verb = target.words.lowerBound - 1
    if verb >= 0, sentence.words[verb].lower == "for" { verb -= 1 }
    guard verb >= 0, Self.causativeVerbs.contains(sentence.words[verb].lower) else { return nil }
    return sentence.subject(before: verb)
  }

  /// Who was behind a passive appointment: "on Lenin's instructions", "at the suggestion of Zinoviev", after
  /// the cue or set off by commas before its subject ("In 1922, on Lenin's recommendation, Stalin was made…").
  private func instigator(of cue: CueHit, subject: ArgumentList, in sentence: SentenceFacts) -> ArgumentList? {
    let words = sentence.words
    let after = cue.words.upperBound
    let fronted = subject.words.lowerBound > 0 && words[subject.words.lowerBound - 1].text == ","
    let before = fronted ? (0..<subject.words.lowerBound - 1) : 0..<0
    for index in Array(before) + Array(after..<words.count) where Self.instigationNouns.contains(words[index].lower) {
      let lowest = index < after ? 0 : after
      if let owner = sentence.listBefore(index, maximumGap: 1), owner.isPossessive, owner.words.lowerBound > lowest {
        // Fronted, the phrase must open on its preposition: "on Lenin's recommendation".
        if index < after,
          owner.words.lowerBound == 0 || !["on", "at", "upon"].contains(words[owner.words.lowerBound - 1].lower)
        {
          continue
        }
        return owner
      }
      if index >= after, index + 1 < words.count, words[index + 1].lower == "of" {
        return sentence.listAfter(index + 2, maximumGap: 0)
      }
    }
    return nil
  }

  /// The length of "a (full / candidate) member of" or "(the) head of" at `position` ("became a full member of
  /// the Politburo", "became head of the Leningrad party").
  private func memberPhrase(at position: Int, in sentence: SentenceFacts) -> Int {
    let words = sentence.words
    var index = position
    if index < words.count, ["a", "an", "the"].contains(words[index].lower) { index += 1 }
    if index < words.count, ["full", "candidate", "voting"].contains(words[index].lower) { index += 1 }
    guard index + 1 < words.count, words[index].lower == "member" || Self.postNouns.contains(words[index].lower),
      words[index + 1].lower == "of"
    else { return 0 }
    return index + 2 - position
  }

  /// A body and its members listed after it: "the Politburo, initially of five members (Lenin, Trotsky, …)",
  /// "the new Secretariat had three members: A, B and C". Each is appointed to the body named before "members".
  private func membership(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    var next = cue.words.upperBound
    if next < sentence.words.count, ["(", ":"].contains(sentence.words[next].text) { next += 1 }
    let start = cue.words.lowerBound
    guard let members = sentence.listAfter(next, maximumGap: 0), members.persons.count >= 2, !members.isPossessive,
      let body = sentence.mentions.last(where: { mention in
        guard mention.words.upperBound <= start, start - mention.words.upperBound <= 8,
          case .office = mention.referent
        else { return false }
        return true
      }),
      case .office(let office, _) = body.referent
    else { return [] }
    return appointments(
      source: nil, targets: members.persons, office: office, confidence: 0.75 * members.confidence, cue: cue,
      in: sentence)
  }

  /// "…was created, with Stalin as chairman": the person after "with" is put at the head of the body the
  /// sentence names before, or of the body named after the post noun ("as chairman of the Orgburo").
  private func withAsPost(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    guard cue.words.upperBound <= sentence.words.count,
      sentence.words[cue.words].contains(where: { Self.postNouns.contains($0.lower) }),
      let head = sentence.listBefore(start, maximumGap: 0) ?? listEnding(before: start, in: sentence),
      !head.isPossessive, !head.persons.isEmpty,
      head.words.lowerBound > 0, sentence.words[head.words.lowerBound - 1].lower == "with"
    else { return [] }
    let office =
      sentence.office(after: cue.words.upperBound, within: 3) ?? sentence.office(after: start + 1, within: 1)
      ?? sentence.mentions.last(where: { mention in
        guard mention.words.upperBound < head.words.lowerBound, case .office = mention.referent else { return false }
        return true
      }).flatMap { mention -> OfficeID? in
        if case .office(let id, _) = mention.referent { return id }
        return nil
      }
    guard let office else { return [] }
    return appointments(
      source: nil, targets: head.persons, office: office, confidence: 0.75 * head.confidence, cue: cue, in: sentence)
  }

  /// The people of a list that runs on past `position` ("Molotov and Kuibyshev as secretaries", where "as" joined
  /// the post to the list), up to `position`.
  private func listEnding(before position: Int, in sentence: SentenceFacts) -> ArgumentList? {
    guard position > 0, let list = sentence.lists.first(where: { $0.words.contains(position - 1) }) else { return nil }
    let people = sentence.mentions.filter {
      $0.words.lowerBound >= list.words.lowerBound && $0.words.upperBound <= position
    }
    let persons = people.flatMap(\.persons)
    guard !persons.isEmpty else { return nil }
    return ArgumentList(
      agents: persons.map(Agent.person), words: list.words.lowerBound..<position, isPossessive: false,
      confidence: people.map(\.confidence).min() ?? 1)
  }

  /// A post whose name begins inside the cue phrase ("placed in charge of the funeral arrangements").
  private func postOverlapping(_ cue: CueHit, in sentence: SentenceFacts) -> OfficeID? {
    for mention in sentence.mentions
    where cue.words.contains(mention.words.lowerBound) && mention.words.upperBound > cue.words.upperBound {
      if case .office(let id, _) = mention.referent { return id }
    }
    return nil
  }

  /// "a commission headed by Stalin": the body just before the participle is the post, the person after "by" is
  /// put at its head.
  private func headedBy(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    // "Zinoviev headed the Petrograd Soviet from 1917": the subject held the post named right after the verb.
    if cue.words.count == 1, cue.words.upperBound < sentence.words.count,
      sentence.words[cue.words.upperBound].lower != "by", Self.tenureVerbs.contains(sentence.words[start].lower)
    {
      var next = cue.words.upperBound
      if next < sentence.words.count, ["the", "its", "his", "her"].contains(sentence.words[next].lower) { next += 1 }
      // One holder: several people who "ran the Politburo" controlled it rather than held a post in it. In a
      // relative clause the holder is the antecedent ("Kaganovich, who headed the Orgburo, …").
      let relative = start >= 2 && sentence.words[start - 1].lower == "who" && sentence.words[start - 2].text == ","
      guard let holder = sentence.listBefore(relative ? start - 2 : start, maximumGap: 0), !holder.isPossessive,
        holder.persons.count == 1,
        !sentence.namesAGroup(holder),
        // The lexicon may name the post with the verb itself ("chaired the Politburo").
        let body = sentence.mentions.first(where: { [start, cue.words.upperBound, next].contains($0.words.lowerBound) }
        ),
        case .office(let office, _) = body.referent
      else { return [] }
      // "headed the trade unions until 1929": the end of the tenure, not its start.
      let until = sentence.words[cue.words.upperBound...].prefix(8).contains {
        $0.lower == "until" || $0.lower == "till"
      }
      return claims(source: nil, targets: holder.persons, office: office, confidence: 0.7 * holder.confidence, cue: cue)
        .map { claim in
          var claim = claim
          claim.isUndated = until
          return claim
        }
    }
    let after = cue.words.count == 1 ? cue.words.upperBound + 1 : cue.words.upperBound
    guard let head = sentence.listAfter(after, maximumGap: 2), !head.persons.isEmpty, !head.isPossessive,
      let body = sentence.mentions.last(where: { $0.words.upperBound <= start }),
      body.words.upperBound == start, case .office(let office, _) = body.referent
    else { return [] }
    return claims(
      source: founder(of: body, in: sentence), targets: head.persons, office: office,
      confidence: 0.75 * head.confidence, cue: cue)
  }

  /// "Dzerzhinsky had headed the Cheka since 1917", "the Moscow organisation, which Uglanov had led since 1924": a
  /// post held since a year was taken that year. The post is the verb's object or the antecedent of "which".
  private func heldSince(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let after = cue.words.upperBound
    let end = min(sentence.words.count, after + 7)
    guard let since = sentence.words[after..<end].firstIndex(where: { $0.lower == "since" }),
      since + 1 < sentence.words.count, sentence.words[since + 1].text.first?.isNumber == true,
      let holder = sentence.listBefore(start, maximumGap: 0), !holder.isPossessive, !holder.persons.isEmpty
    else { return [] }
    var office = sentence.office(after: after, within: since - after)
    if office == nil, holder.words.lowerBound > 1, sentence.words[holder.words.lowerBound - 1].lower == "which",
      case .office(let antecedent, _)? = sentence.mentions.last(where: {
        [holder.words.lowerBound - 2, holder.words.lowerBound - 1].contains($0.words.upperBound)
      })?.referent
    {
      office = antecedent
    }
    guard let office else { return [] }
    return claims(source: nil, targets: holder.persons, office: office, confidence: 0.75 * holder.confidence, cue: cue)
  }

  /// Verbs by which a post goes to someone ("the War Commissariat went to Frunze").
  static let handingVerbs: Set<String> = ["went", "passed", "fell"]

  /// "The War Commissariat went (instead) to Frunze": a post named right before the verb goes to the person right
  /// after "to"; nobody is named as giving it.
  private func handedOn(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let adverbs: Set<String> = ["then", "instead", "now", "later", "eventually", "finally"]
    var end = start
    while end > 0, adverbs.contains(sentence.words[end - 1].lower) { end -= 1 }
    guard let post = sentence.mentions.last(where: { $0.words.upperBound == end }),
      case .office(let office, _) = post.referent,
      let holder = sentence.listAfter(cue.words.upperBound, maximumGap: 0), !holder.persons.isEmpty,
      !holder.isPossessive
    else { return [] }
    return claims(source: nil, targets: holder.persons, office: office, confidence: 0.8 * holder.confidence, cue: cue)
  }

  /// Verbs by which someone sets up a body or hands it a task ("Lenin entrusted the task to a commission headed by
  /// Stalin"): their subject chose the body's head.
  static let foundingVerbs: Set<String> = [
    "entrusted", "assigned", "appointed", "created", "established", "formed", "named", "set", "gave", "charged",
  ]

  /// The person who set up `body` or gave it its task, as the subject of a founding verb earlier in its clause.
  private func founder(of body: Mention, in sentence: SentenceFacts) -> ArgumentList? {
    let start = body.words.lowerBound
    guard
      let verb = (max(0, start - 12)..<start).last(where: { Self.foundingVerbs.contains(sentence.words[$0].lower) }),
      !sentence.crossesClause(verb, start),
      let subject = sentence.listBefore(verb, maximumGap: 1), !subject.isPossessive, !subject.persons.isEmpty
    else { return nil }
    return subject
  }

  /// "made Kuibyshev chairman of the Central Control Commission": a body named right after the appointee is read
  /// into the appointee's list; it is the post.
  private func postInside(_ list: ArgumentList, of sentence: SentenceFacts) -> OfficeID? {
    let inside = sentence.mentions.filter { list.words.contains($0.words.lowerBound) }
    for (previous, mention) in zip(inside, inside.dropFirst()) {
      guard case .person = previous.referent, case .office(let id, _) = mention.referent,
        previous.words.upperBound == mention.words.lowerBound
      else { continue }
      return id
    }
    return nil
  }

  /// Notes and timelines drop the auxiliary: "Kuibyshev named chairman of the Central Control Commission",
  /// "Voroshilov appointed War Commissar". A participle with a person right before it, an office right after it and
  /// no person as its object reads as a passive.
  private func headline(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let participle = sentence.words[start].lower
    guard SentenceFacts.isParticiple(participle),
      // "Lenin appointed a commission": an article after the verb begins its object; headlines drop articles.
      cue.words.upperBound >= sentence.words.count
        || !["a", "an", "the", "his", "her", "their"].contains(sentence.words[cue.words.upperBound].lower),
      // Right before it, or in apposition ("Krasin, placed in charge of the funeral, ...").
      let target = sentence.listBefore(start, maximumGap: 1) ?? sentence.implicitSubject(at: start),
      !target.isPossessive,
      sentence.words[target.words.upperBound..<start].allSatisfy({ $0.text == "," }),
      // "Stalin made Yezhov head of…": a name the lexicon lacks is the object of an active verb.
      !unrecognisedName(at: cue.words.upperBound, in: sentence),
      sentence.lists.allSatisfy({ list in
        list.isPossessive || list.persons.isEmpty || list.words.lowerBound < start
          || list.words.lowerBound - cue.words.upperBound > 8
      }),
      let office = sentence.office(after: cue.words.upperBound, within: 5) ?? postOverlapping(cue, in: sentence)
    else { return [] }
    // A relative clause is active: "Kaganovich, whom Stalin placed at the head of Z" (Stalin appoints Kaganovich).
    let before = target.words.lowerBound - 1
    if before >= 0, ["whom", "who", "which", "that"].contains(sentence.words[before].lower) {
      guard sentence.words[before].lower == "whom", let appointee = sentence.listBefore(before, maximumGap: 1),
        sentence.words[appointee.words.upperBound..<before].allSatisfy({ $0.text == "," })
      else { return [] }
      return claims(
        source: target, targets: appointee.persons, office: office, confidence: 0.75 * appointee.confidence,
        cue: cue)
    }
    return appointments(
      source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence,
      cue: cue, in: sentence)
  }

  /// "Molotov, whom Lenin had appointed to the Secretariat, …": the antecedent of "whom" is the appointee and the
  /// relative clause's subject the patron.
  private func relativeObject(_ sentence: SentenceFacts, cue: CueHit) -> [Claim]? {
    let words = sentence.words
    var end = cue.words.lowerBound
    while end > 0, ["had", "has", "have", "then", "later", "soon", "duly"].contains(words[end - 1].lower) { end -= 1 }
    guard let patron = sentence.listBefore(end, maximumGap: 0), !patron.isPossessive, !patron.agents.isEmpty,
      patron.words.lowerBound >= 2, words[patron.words.lowerBound - 1].lower == "whom",
      let appointee = sentence.listBefore(patron.words.lowerBound - 1, maximumGap: 1), !appointee.isPossessive,
      !appointee.persons.isEmpty,
      words[appointee.words.upperBound..<(patron.words.lowerBound - 1)].allSatisfy({ $0.text == "," })
    else { return nil }
    return appointments(
      source: patron, targets: appointee.persons, office: sentence.office(after: cue.words.upperBound, within: 6),
      confidence: 0.8 * appointee.confidence, cue: cue, in: sentence)
  }

  /// Whether the word at `position` is shaped like a name but starts no mention (an unknown person or place).
  private func unrecognisedName(at position: Int, in sentence: SentenceFacts) -> Bool {
    guard position < sentence.words.count, sentence.words[position].isNameShaped,
      !sentence.words[position].isPossessive
    else { return false }
    return !sentence.mentions.contains { $0.words.contains(position) }
  }

  /// "X succeeded/replaced Y as Z", "X replaces him at the head of Z": X takes the post. In the passive ("Y was
  /// replaced as Z by X") the successor follows "by". Without a post the verbs are too vague ("succeeded in").
  private func succession(_ sentence: SentenceFacts, cue: CueHit) -> [Claim] {
    let start = cue.words.lowerBound
    let after = cue.words.upperBound
    guard after < sentence.words.count, sentence.words[after].lower != "in" else { return [] }
    if let participial = participialSuccession(sentence, cue: cue) { return participial }
    if sentence.isPassive(cue) {
      // "Rykov was dismissed as chairman of Sovnarkom and replaced by Molotov": the post named before.
      // The post after the verb ("replaced as head of X by Y", past "at": "succeeded at the trade unions by Y"),
      // after the successor ("replaced by Y as head of X"), or named before.
      let atPost = sentence.words[after].lower == "at" ? sentence.office(after: after + 1, within: 5) : nil
      guard let successor = sentence.list(after: "by", from: after), !successor.isPossessive,
        let office = sentence.office(after: after, within: 6) ?? atPost
          ?? sentence.office(after: successor.words.upperBound, within: 6) ?? earlierPost(before: start, in: sentence)
      else { return [] }
      // "Tomsky was replaced as head of the trade unions by Shvernik": the one replaced loses the post.
      let replaced =
        word(sentence, start).hasPrefix("replac")
        ? (sentence.passiveSubject(before: start)?.persons ?? []).filter { !successor.persons.contains($0) } : []
      let removals = replaced.map {
        Claim(kind: .expelled, source: nil, target: $0, office: office, confidence: 0.75, cueWord: start)
      }
      return claims(
        source: nil, targets: successor.persons, office: office, confidence: 0.75 * successor.confidence,
        cue: cue) + removals
    }
    // The successor is the subject right before the verb; across a comma it is usually someone else
    // ("on the death of Dzerzhinsky, K. succeeded him").
    guard let target = sentence.listBefore(start, maximumGap: 2), !target.isPossessive,
      !sentence.words[target.words.upperBound..<start].contains(where: \.isPunctuation)
    else { return [] }
    var end = after
    var replaced: [PersonID] = []
    if let predecessor = sentence.listAfter(after, maximumGap: 0), !predecessor.isPossessive {
      end = predecessor.words.upperBound
      // "Replacing" someone removes them from the post; "succeeding" them need not (they may have died).
      if word(sentence, start).hasPrefix("replac") { replaced = predecessor.persons }
    } else if Self.objectPronouns.contains(sentence.words[after].lower) {
      end = after + 1
    } else {
      return []
    }
    let named =
      end < sentence.words.count && ["as", "at", "in"].contains(sentence.words[end].lower)
      // Past the preposition: office() reads "at the head of" as a place.
      ? sentence.office(after: end + 1, within: 6) : nil
    guard end == sentence.words.count || sentence.words[end].isPunctuation || named != nil,
      let office = named ?? earlierPost(before: target.words.lowerBound, in: sentence)
    else { return [] }
    let removals = replaced.filter { !target.persons.contains($0) }.map {
      Claim(
        kind: .expelled, source: nil, target: $0, office: office, confidence: 0.75 * target.confidence,
        cueWord: start)
    }
    return claims(source: nil, targets: target.persons, office: office, confidence: 0.8 * target.confidence, cue: cue)
      + removals
  }

  /// "Trotsky was removed as War Commissar, and Frunze replaced him": the post named earlier in the sentence, after
  /// "as" or "from", before `position`.
  private func earlierPost(before position: Int, in sentence: SentenceFacts) -> OfficeID? {
    let earlier = sentence.mentions.last { mention in
      guard mention.words.upperBound <= position, case .office = mention.referent else { return false }
      var before = mention.words.lowerBound - 1
      while before > 0, ["the", "his", "her", "a"].contains(sentence.words[before].lower) { before -= 1 }
      return before >= 0 && ["as", "from"].contains(sentence.words[before].lower)
    }
    guard case .office(let office, _)? = earlier?.referent else { return nil }
    return office
  }

  /// "Ordzhonikidze was appointed head of VSNKh in 1930, replacing Kuibyshev": a participle after a comma whose
  /// subject is the main clause's; the one replaced loses the post the main clause names (its appointment is the
  /// main clause's own claim).
  private func participialSuccession(_ sentence: SentenceFacts, cue: CueHit) -> [Claim]? {
    let start = cue.words.lowerBound
    let words = sentence.words
    guard start > 1, words[start - 1].text == ",", words[start].lower.hasSuffix("ing") else { return nil }
    guard words[start].lower.hasPrefix("replac"),
      let predecessor = sentence.listAfter(cue.words.upperBound, maximumGap: 0), !predecessor.isPossessive,
      let subject = sentence.lists.first(where: { !$0.isPossessive && !$0.persons.isEmpty }),
      subject.words.upperBound < start,
      let office = sentence.mentions.last(where: {
        $0.words.upperBound < start && $0.words.lowerBound > subject.words.upperBound
      })
      .flatMap({ mention -> OfficeID? in
        if case .office(let id, _) = mention.referent { return id }
        return nil
      })
    else { return [] }
    return predecessor.persons.filter { !subject.persons.contains($0) }.map {
      Claim(
        kind: .expelled, source: nil, target: $0, office: office, confidence: 0.75 * predecessor.confidence,
        cueWord: start)
    }
  }

  private func word(_ sentence: SentenceFacts, _ index: Int) -> String { sentence.words[index].lower }

  /// Claims with the office's weight applied: an appointment without a post is rarely worth reporting.
  /// Without a named patron, an institution the sentence mentions ("at the Plenum", "the Congress") is taken as
  /// the formal appointer.
  private func appointments(
    source: ArgumentList?, targets: [PersonID], office: OfficeID?, confidence: Double, cue: CueHit,
    in sentence: SentenceFacts
  ) -> [Claim] {
    var source = source
    if source == nil, let body = sentence.institution(other: office, near: cue.words.lowerBound) {
      source = ArgumentList(agents: [.institution(body)], words: cue.words, isPossessive: false, confidence: 1)
    }
    let verb = sentence.words[cue.words.lowerBound].lower
    // "Lenin had chosen him for the post": a post named before, which the document reader fills in.
    let postless =
      Self.personnelVerbs.contains(where: verb.hasPrefix) || sentence.refersToPost(after: cue.words.upperBound - 1)
      ? 0.75 : 0.5
    var result = claims(
      source: source, targets: targets, office: office, confidence: office == nil ? confidence * postless : confidence,
      cue: cue)
    for second in office.map({ coordinatedPosts(after: $0, from: cue.words.upperBound, in: sentence) }) ?? [] {
      let others = source.map {
        ArgumentList(
          agents: $0.agents.filter { $0 != .institution(second.office) }, words: $0.words,
          isPossessive: $0.isPossessive, confidence: $0.confidence)
      }
      result += claims(source: others, targets: targets, office: second.office, confidence: confidence, cue: cue)
        .map { claim in
          var claim = claim
          claim.isLater = second.isLater
          return claim
        }
    }
    return result
  }

  /// Whether the office right after "assumed" is its object ("assumed the post of General Secretary"), not the
  /// goal of a phrase ("assumed toward the Party an attitude").
  private func takesPostDirectly(after position: Int, in sentence: SentenceFacts) -> Bool {
    guard let mention = sentence.mentions.first(where: { $0.words.lowerBound >= position }) else { return false }
    let objectWords: Set<String> = [
      "the", "a", "his", "her", "their", "its", "post", "of", "office", "role", "position",
    ]
    return sentence.words[position..<mention.words.lowerBound].allSatisfy { objectWords.contains($0.lower) }
  }

  /// Words that may join the stops of a posting before the next "to": "to Norway, then to Mexico, and ultimately to
  /// Sweden".
  static let itineraryWords: Set<String> = [
    ",", "and", "then", "later", "ultimately", "finally", "afterwards", "eventually", "subsequently",
  ]

  /// The posts coordinated with `office`, the first after `position`: "General Secretary and Chairman of X" (one
  /// more, not the subject of a new clause), or the further stops of an itinerary ("sent to Norway, then to
  /// Mexico, and ultimately to Sweden"), which come later than the sentence's date.
  private func coordinatedPosts(
    after office: OfficeID, from position: Int, in sentence: SentenceFacts
  ) -> [(office: OfficeID, isLater: Bool)] {
    let offices = sentence.mentions.filter { mention in
      guard mention.words.lowerBound >= position, case .office = mention.referent else { return false }
      return true
    }
    guard let first = offices.first, case .office(let id, _) = first.referent, id == office else { return [] }
    var result: [(office: OfficeID, isLater: Bool)] = []
    var previous = first
    for mention in offices.dropFirst() {
      guard case .office(let next, _) = mention.referent, next != office, !result.contains(where: { $0.office == next })
      else { break }
      let gap = sentence.words[previous.words.upperBound..<mention.words.lowerBound].map(\.lower)
      if gap.count > 1, gap.last == "to", gap.dropLast().allSatisfy(Self.itineraryWords.contains) {
        result.append((next, true))
        previous = mention
        continue
      }
      guard result.isEmpty, gap == ["and"] || gap == ["and", "the"] || gap == ["and", "of", "the"] else { break }
      // Not the subject of a new clause ("... General Secretary and the Orgburo met").
      let end = mention.words.upperBound
      guard
        end == sentence.words.count || sentence.words[end].isPunctuation
          || ["in", "on", "at", "from", "until", "by", "for", "after", "before", "when", "during"].contains(
            sentence.words[end].lower)
      else { break }
      return [(next, false)]
    }
    return result
  }

}
