import PatronageCore

/// Settings of an extraction run.
public struct ExtractionOptions: Hashable, Sendable {
  /// Claims below this confidence are dropped.
  public var minimumConfidence: Double
  /// Also report people found by name shape (not in the lexicon).
  public var findsUnknownPeople: Bool
  /// How many documents are extracted at once (nil: one per core). The output does not depend on it.
  public var workers: Int?
  /// Files larger than this many bytes are read in parts of at most this size, cut at paragraph boundaries
  /// (see ``DocumentReader/Chunks``), so that one huge file is read in bounded memory. Smaller files are read
  /// whole; their output does not depend on it.
  public var chunkBytes: Int

  public static let defaultMinimumConfidence = 0.5

  public init(
    minimumConfidence: Double = defaultMinimumConfidence, findsUnknownPeople: Bool = true, workers: Int? = nil,
    chunkBytes: Int = DocumentReader.defaultChunkBytes
  ) {
    self.minimumConfidence = minimumConfidence
    self.findsUnknownPeople = findsUnknownPeople
    self.workers = workers
    self.chunkBytes = chunkBytes
  }
}

/// Extracts the claims of one document, sentence by sentence, carrying people, groups and time between sentences.
///
/// - Complexity: O(words × (cue phrases per word + lexicon candidates per word)); one document in memory.
public struct DocumentExtractor {
  let gazetteer: Gazetteer
  var cues: CueMatcher
  let options: ExtractionOptions
  var finder: MentionFinder
  let timeFinder: TimeFinder
  /// The lexicon's offices of kind post.
  let posts: Set<OfficeID>
  /// The lexicon's offices of kind body.
  let bodies: Set<OfficeID>
  /// The post that heads each body that has one (the Secretariat: the General Secretary).
  let heads: [OfficeID: OfficeID]
  static let rules: [RelationKind: any RelationRule] = [
    .appointed: AppointedRule(), .allied: AlliedRule(), .opposed: OpposedRule(), .expelled: ExpelledRule(),
  ]

  /// The lexicon's one office of kind party, if it has exactly one.
  var partyOffice: OfficeID? {
    let parties = gazetteer.lexicon.offices.filter { $0.office.kind == .party }
    return parties.count == 1 ? parties[0].office.id : nil
  }

  public init(gazetteer: Gazetteer, options: ExtractionOptions) {
    self.gazetteer = gazetteer
    self.cues = CueMatcher(cues: gazetteer.lexicon.cues)
    self.options = options
    self.finder = MentionFinder(gazetteer: gazetteer)
    self.posts = Set(gazetteer.lexicon.offices.filter { $0.office.kind == .post }.map(\.office.id))
    self.bodies = Set(gazetteer.lexicon.offices.filter { $0.office.kind == .body }.map(\.office.id))
    self.heads = Dictionary(
      gazetteer.lexicon.offices.compactMap { entry in entry.office.head.map { (entry.office.id, $0) } },
      uniquingKeysWith: { first, _ in first })
    self.timeFinder = TimeFinder(
      events: gazetteer.lexicon.events.map { NamedEvent(id: $0.id, names: $0.names, span: $0.span, body: $0.body) })
  }

  /// The claims of a read document, sentence by sentence.
  public mutating func claims(in document: SourceDocument) -> [Relation] {
    var state = ReadingState(gazetteer: gazetteer)
    return claims(in: document, state: &state)
  }

  /// The claims of a document, or of one part of a document read in parts, carrying `state` from the parts
  /// before it.
  mutating func claims(in document: SourceDocument, state: inout ReadingState) -> [Relation] {
    var result: [Relation] = []
    defer { state.finish(document) }
    let sentences = SentenceSplitter.sentences(in: document).map(state.placed)
    let times = state.context.resolve(sentences, using: timeFinder)
    for (sentence, time) in zip(sentences, times) {
      if sentence.paragraph != state.paragraph.index {
        state.paragraph = (sentence.paragraph, nil)
        state.lastPost = nil
        state.lastInstitution = nil
        state.coreference.beginParagraph()
      }
      for expression in time.expressions where expression.confidence >= TimeContext.minimumCarriedConfidence {
        state.paragraph.span = state.paragraph.span.map { $0.union(expression.span) } ?? expression.span
      }
      guard !sentence.isHeading else { continue }
      let words = WordScanner.words(in: sentence.text)
      var mentions = finder.mentions(in: words, recent: state.coreference.recent)
      if options.findsUnknownPeople { mentions = state.unknown.add(to: mentions, words: words) }
      mentions = state.coreference.resolve(mentions, words: words, year: time.span?.start.year)
      let (earlierPost, earlierInstitution) = (state.lastPost, state.lastInstitution)
      let earlierBody = state.coreference.lastBody
      state.lastPost = last(of: posts, in: mentions) ?? earlierPost
      state.lastInstitution = lastAssembly(in: mentions, words: words) ?? earlierInstitution
      let hits = CueHit.withoutNested(cues.hits(in: words)).filter { hit in
        hit.words.lowerBound == 0 && !Self.isMonth(hit, in: words) || !words[hit.words.lowerBound].isCapitalised
          || hit.kind == .relation(.allied) && AlliedRule.groupNouns.contains(words[hit.words.lowerBound].lower)
      }
      guard hits.contains(where: { $0.kind != .modality }) else { continue }
      // A reference entry's fragment opening on a participle ("Removed from the Politburo in 1930.") is about the
      // entry's headword.
      let fragment =
        words.first.map { $0.isCapitalised && SentenceFacts.isParticiple($0.lower) } ?? false
        ? state.coreference.headword?.person : nil
      let facts = SentenceFacts(words: words, mentions: mentions, cues: hits, implicitSubject: fragment)
      let evidenceRange = state.fileRange(document.originalByteRange(utf8: sentence.utf8Range))
      let readings = Self.claims(in: facts, hits: hits)
      for (hit, stated) in readings + Self.accompliceReadings(readings, in: facts) {
        let claims =
          hit.kind == .relation(.appointed)
          ? stated + AppointedRule.coordinatedOffices(stated, in: facts, near: hit, posts: posts, heads: heads) : stated
        for var claim in claims {
          // "The congress expelled X", "X's expulsion": without a named body, expulsion is from the party.
          if claim.kind == .expelled, claim.office == nil, let party = partyOffice,
            words[claim.cueWord].lower.hasPrefix("expel") || words[claim.cueWord].lower.hasPrefix("expuls")
          {
            claim.office = party
          }
          // "…demoted to a candidate member of the Politburo, while Molotov was promoted to full membership": the
          // body named last.
          if claim.kind == .appointed, claim.office == nil,
            words[(claim.cueWord + 1)...].prefix(3).contains(where: { Self.membershipNouns.contains($0.lower) }),
            let body = membershipBody(before: claim.cueWord, in: mentions) ?? earlierBody.flatMap(membershipBody)
          {
            claim.office = body
          }
          // "Stalin's appointment was confirmed": the appointment the paragraph has been telling of.
          if claim.kind == .appointed, claim.office == nil, let earlierPost,
            Self.referringCues.contains(words[claim.cueWord].lower)
          {
            claim.office = earlierPost
          }
          // "Lenin had chosen him for the post", "he was removed from that post": the post named before.
          if claim.kind == .appointed || claim.kind == .expelled, claim.office == nil,
            facts.refersToPost(after: claim.cueWord), let post = earlierPost ?? earlierBody
          {
            claim.office = post
          }
          if claim.source == nil, claim.kind == .expelled || claim.kind == .appointed {
            claim.source = assembly(in: time, sentence: sentence, facts: facts, cueWord: claim.cueWord)
              .map(Agent.institution)
          }
          // A body does not fill the post that heads it ("the Secretariat, until Stalin's appointment as its chairman").
          if claim.kind == .appointed, case .institution(let body)? = claim.source, let office = claim.office,
            heads[body] == office
          {
            claim.source = nil
          }
          // "Lenin asked Stalin to… He agreed to head the department": the post is taken at the asker's request.
          if claim.source == nil, claim.kind == .appointed, let asker = state.coreference.asker,
            ["agreed", "consented"].contains(words[claim.cueWord].lower),
            state.coreference.previousAddressee.contains(claim.target)
          {
            claim.source = .person(asker)
          }
          // "…discussed at the plenum. Stalin's appointment was confirmed": confirming is the body's act.
          if claim.source == nil, claim.kind == .appointed, let earlierInstitution,
            words[claim.cueWord...].prefix(4).contains(where: { Self.confirmingCues.contains($0.lower) })
          {
            claim.source = .institution(earlierInstitution)
          }
          // A later stop of an itinerary, or a tie called former ("his former allies"): no year the sentence gives.
          let undated = claim.isLater || claim.isUndated || Self.isFormerTie(claim, in: words)
          var when =
            undated
            ? (span: nil, weight: 1)
            : Self.time(
              time, sentence: sentence, cueOffset: words[claim.cueWord].start, paragraph: state.paragraph.span,
              lifetime: lifetime(of: claim))
          if !undated, let dated = Self.groupTime(of: claim, mentions: mentions, time: time, carried: when.span) {
            when = (dated, 0.85)
          }
          let confidence = rounded(claim.confidence * when.weight)
          guard confidence >= options.minimumConfidence else { continue }
          let evidence = Evidence(
            document: document.name, start: evidenceRange.lowerBound, end: evidenceRange.upperBound,
            sentence: sentence.text, confidence: confidence, span: when.span, agent: claim.source)
          result.append(
            Relation(
              kind: claim.kind, source: claim.source, target: claim.target, office: claim.office,
              span: when.span, confidence: confidence, evidence: [evidence]))
        }
      }
    }
    return result
  }

  /// The claims of each asserted cue: its rule's reading, and for an allied or opposed cue whose kind no rule
  /// could read in the sentence, the co-occurrence reading of its first cue.
  static func claims(in facts: SentenceFacts, hits: [CueHit]) -> [(CueHit, [Claim])] {
    var result: [(CueHit, [Claim])] = []
    var unread: [RelationKind: CueHit] = [:]
    var read: Set<RelationKind> = []
    for hit in hits {
      guard case .relation(let kind) = hit.kind, let rule = rules[kind] else { continue }
      var claims: [Claim]
      switch Modality.reading(facts, cue: hit) {
      case .asserted: claims = rule.claims(in: facts, at: hit)
      case .attempted where kind == .opposed:
        claims = rule.claims(in: facts, at: hit).map { claim in
          var claim = claim
          claim.confidence *= 0.9
          return claim
        }
      case .proposed(let modal) where kind == .expelled:
        let removals = rule.claims(in: facts, at: hit)
        result.append((hit, ProposalReading.claims(removals: removals, in: facts, modal: modal)))
        continue
      default: continue
      }
      if claims.isEmpty {
        if unread[kind] == nil { unread[kind] = hit }
      } else {
        read.insert(kind)
        result.append((hit, claims))
      }
    }
    for kind in [RelationKind.allied, .opposed] where !read.contains(kind) {
      guard let hit = unread[kind] else { continue }
      result.append((hit, CooccurrenceReading.claims(kind, in: facts, at: hit)))
    }
    return result
  }

  /// The claim's time: the sentence's expression nearest the cue; else, when the paragraph dated earlier
  /// sentences, every year the paragraph has named so far (a carried time is uncertain, so it is reported as the
  /// paragraph's range rather than its last year); else the section's time. The weight lowers the claim's
  /// confidence for a carried or missing time.
  ///
  /// A relation cannot be dated outside the lives of its people: expressions wholly outside `lifetime` (a book
  /// of 1959 cited about Zinoviev, who died in 1936) are passed over, and a carried range is cut to it.
  /// Whether a time expression stands in a relative clause set off by commas (", who … ,") that does not hold the
  /// cue at `cue` (a UTF-8 offset in the sentence).
  ///
  /// - Complexity: O(sentence length).
  static func inRelativeClause(_ expression: TimeExpression, sentence: Sentence, cue: Int) -> Bool {
    let bytes = Array(sentence.text.utf8)
    let start = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
    let end = expression.utf8Range.upperBound - sentence.utf8Range.lowerBound
    guard start >= 0, end <= bytes.count else { return false }
    let openers = [", who ", ", whom ", ", whose ", ", which "].map { Array($0.utf8) }
    let opening = (0..<start).last { index in
      openers.contains { opener in
        index + opener.count <= start && bytes[index..<index + opener.count].elementsEqual(opener)
      }
    }
    guard let opening, let closing = bytes[end...].firstIndex(of: UInt8(ascii: ",")) else { return false }
    return !(opening..<closing).contains(cue)
  }

  static func time(
    _ time: SentenceTime, sentence: Sentence, cueOffset: Int, paragraph: TimeSpan?,
    lifetime: ClosedRange<Int>? = nil
  ) -> (span: TimeSpan?, weight: Double) {
    let cue = sentence.utf8Range.lowerBound + cueOffset
    var expressions = time.expressions.filter {
      $0.confidence >= TimeContext.minimumOwnConfidence && lifetime?.overlaps($0.span.years) ?? true
    }
    // "a return to the methods of the civil war": an event that only qualifies a noun does not date the sentence
    // when something else does.
    let dating = expressions.filter { !isQualifyingEvent($0, in: sentence) }
    if !dating.isEmpty { expressions = dating }
    // An expression in the cue's own clause wins over a nearer one past a semicolon or colon ("In 1920 the
    // office was created, with Stalin as chairman; as Lenin conceded two years later, …"). With one expression
    // there is nothing to choose.
    let utf8 = sentence.text.utf8
    func sameClause(_ expression: TimeExpression) -> Bool {
      let a = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
      let range = max(0, min(a, cueOffset))..<min(utf8.count, max(a, cueOffset))
      return !utf8.dropFirst(range.lowerBound).prefix(range.count).contains {
        $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":")
      }
    }
    var own = expressions.count > 1 ? expressions.filter(sameClause) : expressions
    // Within the clause, one not set off from the cue by a comma wins ("established in March 1917, until Stalin's
    // appointment as its chairman in April 1922").
    func samePhrase(_ expression: TimeExpression) -> Bool {
      let a = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
      let range = max(0, min(a, cueOffset))..<min(utf8.count, max(a, cueOffset))
      return !utf8.dropFirst(range.lowerBound).prefix(range.count).contains(UInt8(ascii: ","))
    }
    if own.count > 1, case let phrase = own.filter(samePhrase), !phrase.isEmpty { own = phrase }
    // "In 1925 Kamenev, who had chaired the Moscow Soviet since 1918, was removed": a relative clause's own time
    // does not date the clause around it.
    if own.count > 1, case let outside = own.filter({ !inRelativeClause($0, sentence: sentence, cue: cueOffset) }),
      !outside.isEmpty
    {
      own = outside
    }
    // With none in the cue's clause, an opening adverbial ("In the spring of 1926 they did what had seemed
    // unthinkable a year earlier: they made peace") dates the whole sentence.
    let opening = expressions.first { $0.utf8Range.lowerBound - sentence.utf8Range.lowerBound <= 12 }
    if own.isEmpty, expressions.count > 1, let opening, !opening.isUpperBound { return (opening.span, 1) }
    if let nearest = (own.isEmpty ? expressions : own).min(by: {
      abs($0.utf8Range.lowerBound - cue) < abs($1.utf8Range.lowerBound - cue)
    }) {
      // "Prior to 1927 he sided with Bukharin": the last year the sentence can mean is the one before the bound.
      guard nearest.isUpperBound else { return (nearest.span, 1) }
      return ((try? TimeSpan(years: nearest.span.start.year - 1)) ?? nearest.span, 0.9)
    }
    // "There followed expulsion…": later than the time carried over, by how much the sentence does not say.
    if Self.followsOn(sentence.text) { return (nil, 0.9) }
    let carried: (span: TimeSpan?, weight: Double)
    switch time.source {
    case .sentence: carried = (expressions.isEmpty && !time.expressions.isEmpty ? paragraph : time.span, 1)
    case .paragraph: carried = (paragraph ?? time.span, 0.9)
    case .section: carried = (time.span, 0.8)
    case nil: carried = (nil, 0.75)
    }
    guard let lifetime, let span = carried.span else { return carried }
    return (clip(span, to: lifetime), carried.span == nil ? 0.75 : carried.weight)
  }

  /// Appointment cues that name no post and refer back to one being discussed ("his appointment was confirmed").
  /// Whether a capitalised cue opening a sentence is the month "May" ("May 1924 saw…"), not the modal verb.
  static func isMonth(_ hit: CueHit, in words: [Word]) -> Bool {
    let next = hit.words.upperBound < words.count ? words[hit.words.upperBound] : nil
    return words[hit.words.lowerBound].isCapitalised
      && TimeVocabulary.monthNames[words[hit.words.lowerBound].lower] != nil
      && (next?.text.first?.isNumber ?? false)
  }

  /// Words that put a tie before the time a sentence tells of ("his former allies", "an erstwhile supporter").
  static let formerWords: Set<String> = ["former", "erstwhile", "one-time", "onetime", "ex-"]

  /// Whether an allied or opposed claim's cue is called former (within the two words before it): the tie held
  /// before the sentence's time, for how long the sentence does not say.
  static func isFormerTie(_ claim: Claim, in words: [Word]) -> Bool {
    guard claim.kind == .allied || claim.kind == .opposed else { return false }
    return words[max(0, claim.cueWord - 2)..<claim.cueWord].contains { formerWords.contains($0.lower) }
  }

  static let referringCues: Set<String> = [
    "appointment", "nomination", "candidature", "candidacy", "confirmed", "reconfirmed", "confirmation",
  ]

  /// The body whose membership an office is: a body itself, or the body of a candidacy ("politburo-candidate").
  func membershipBody(_ office: OfficeID) -> OfficeID? {
    if bodies.contains(office) { return office }
    let suffix = "-candidate"
    guard office.rawValue.hasSuffix(suffix) else { return nil }
    let body = OfficeID(rawValue: String(office.rawValue.dropLast(suffix.count)))
    return bodies.contains(body) ? body : nil
  }

  /// The body whose membership the office named last before `position` is.
  func membershipBody(before position: Int, in mentions: [Mention]) -> OfficeID? {
    for mention in mentions.reversed() where mention.words.upperBound <= position {
      if case .office(let id, _) = mention.referent, let body = membershipBody(id) { return body }
    }
    return nil
  }

  /// Nouns after an appointment cue that make the appointment a seat in a body ("promoted to full membership").
  static let membershipNouns: Set<String> = ["membership", "member", "members", "seat", "seats"]

  /// Appointment cues for a body's act of confirming a choice already made.
  static let confirmingCues: Set<String> = ["confirmed", "reconfirmed", "ratified", "approved"]

  /// The institution named last in `mentions` as where or by whom something was done ("at the next plenum", "by
  /// the Central Committee"), not as a seat ("elected to the Central Committee").
  func lastAssembly(in mentions: [Mention], words: [Word]) -> OfficeID? {
    for mention in mentions.reversed() {
      guard case .office(let id, _) = mention.referent, gazetteer.institutions.contains(id) else { continue }
      let before = words[max(0, mention.words.lowerBound - 3)..<mention.words.lowerBound]
      if before.contains(where: { $0.lower == "at" || $0.lower == "by" }) { return id }
    }
    return nil
  }

  /// The office among `offices` named last in `mentions`.
  func last(of offices: Set<OfficeID>, in mentions: [Mention]) -> OfficeID? {
    for mention in mentions.reversed() {
      if case .office(let id, _) = mention.referent, offices.contains(id) { return id }
    }
    return nil
  }

  /// Openings that tell an event as coming after the one before, at an unstated time.
  static let followingOpenings = ["there followed ", "then came ", "there came ", "later came ", "thereafter "]

  /// Whether the sentence opens by telling what came next ("There followed expulsion from the Party").
  static func followsOn(_ text: String) -> Bool {
    let head = text.prefix(16).lowercased()
    return followingOpenings.contains { head.hasPrefix($0) }
  }

  /// Nouns after which "of the <event>" is a time ("the end of the civil war", "on the eve of the congress").
  static let timeNouns: Set<String> = [
    "end", "beginning", "start", "middle", "eve", "time", "times", "days", "years", "months", "period", "course",
    "close", "aftermath", "wake", "height", "outbreak", "run-up", "opening", "session", "sessions", "during",
  ]

  /// Whether `expression` is a named event in "<noun> of the <event>" where the noun is not a time ("the methods
  /// of the civil war", "a veteran of the revolution").
  static func isQualifyingEvent(_ expression: TimeExpression, in sentence: Sentence) -> Bool {
    guard case .namedEvent = expression.kind else { return false }
    let start = expression.utf8Range.lowerBound - sentence.utf8Range.lowerBound
    guard start > 0, start <= sentence.text.utf8.count else { return false }
    let before = Substring(sentence.text.utf8.prefix(start)).lowercased()
    let words = before.split { !$0.isLetter && $0 != "-" }.suffix(3)
    var tail = Array(words)
    if tail.last == "the" { tail.removeLast() }
    guard tail.count >= 2, tail.last == "of", let noun = tail.dropLast().last else { return false }
    return !timeNouns.contains(String(noun))
  }

  /// The part of `span` within `years`, or nil when they do not meet.
  static func clip(_ span: TimeSpan, to years: ClosedRange<Int>) -> TimeSpan? {
    guard span.years.overlaps(years) else { return nil }
    let start = span.start.year < years.lowerBound ? try? HistoricalDate(year: years.lowerBound) : span.start
    let end = span.end.year > years.upperBound ? try? HistoricalDate(year: years.upperBound) : span.end
    guard let start, let end else { return nil }
    return try? TimeSpan(start, end)
  }

  /// The years in which every lexicon person of the claim was alive, or nil when the lexicon gives no dates.
  func lifetime(of claim: Claim) -> ClosedRange<Int>? {
    var lower = Int.min
    var upper = Int.max
    for id in [claim.source?.person, claim.target].compactMap(\.self) {
      guard let person = gazetteer.persons[id] else { continue }
      if let born = person.born { lower = max(lower, born) }
      if let died = person.died { upper = min(upper, died) }
    }
    guard lower != .min || upper != .max else { return nil }
    return lower <= upper ? lower...upper : upper...upper
  }

  private func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 1000).rounded() / 1000 }
}
