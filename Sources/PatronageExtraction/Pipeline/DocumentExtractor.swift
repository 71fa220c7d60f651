import PatronageCore

/// Settings of an extraction run.
public struct ExtractionOptions: Hashable, Sendable {
  /// Claims below this confidence are dropped.
  public var minimumConfidence: Double
  /// Also report people found by name shape (not in the lexicon).
  public var findsUnknownPeople: Bool
  /// How many documents are extracted at once (nil: one per core). The output does not depend on it.
  public var workers: Int?

  public static let defaultMinimumConfidence = 0.5

  public init(
    minimumConfidence: Double = defaultMinimumConfidence, findsUnknownPeople: Bool = true, workers: Int? = nil
  ) {
    self.minimumConfidence = minimumConfidence
    self.findsUnknownPeople = findsUnknownPeople
    self.workers = workers
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
  static let rules: [RelationKind: any RelationRule] = [
    .appointed: AppointedRule(), .allied: AlliedRule(), .opposed: OpposedRule(), .expelled: ExpelledRule(),
  ]

  public init(gazetteer: Gazetteer, options: ExtractionOptions) {
    self.gazetteer = gazetteer
    self.cues = CueMatcher(cues: gazetteer.lexicon.cues)
    self.options = options
    self.finder = MentionFinder(gazetteer: gazetteer)
    self.timeFinder = TimeFinder(
      events: gazetteer.lexicon.events.map { NamedEvent(id: $0.id, names: $0.names, span: $0.span, body: $0.body) })
  }

  /// The claims of a read document, sentence by sentence.
  public mutating func claims(in document: SourceDocument) -> [Relation] {
    var coreference = Coreference(gazetteer: gazetteer)
    var context = TimeContext()
    var unknown = UnknownPeople()
    var result: [Relation] = []
    var paragraph: (index: Int, span: TimeSpan?) = (-1, nil)
    for sentence in SentenceSplitter.sentences(in: document) {
      let time = context.resolve(sentence, using: timeFinder)
      if sentence.paragraph != paragraph.index { paragraph = (sentence.paragraph, nil) }
      for expression in time.expressions {
        paragraph.span = paragraph.span.map { $0.union(expression.span) } ?? expression.span
      }
      guard !sentence.isHeading else { continue }
      let words = WordScanner.words(in: sentence.text)
      var mentions = finder.mentions(in: words, recent: coreference.recent)
      if options.findsUnknownPeople { mentions = unknown.add(to: mentions, words: words) }
      mentions = coreference.resolve(mentions, words: words, year: time.span?.start.year)
      let hits = cues.hits(in: words).filter { hit in
        hit.kind == .modality || hit.words.lowerBound == 0 || !words[hit.words.lowerBound].isCapitalised
      }
      guard hits.contains(where: { $0.kind != .modality }) else { continue }
      let facts = SentenceFacts(words: words, mentions: mentions, cues: hits)
      let evidenceRange = document.originalByteRange(utf8: sentence.utf8Range)
      for hit in hits {
        guard case .relation(let kind) = hit.kind, let rule = Self.rules[kind] else { continue }
        if Modality.isHypothetical(facts, cue: hit) { continue }
        for claim in rule.claims(in: facts, at: hit) {
          let when = Self.time(
            time, sentence: sentence, cueOffset: words[claim.cueWord].start, paragraph: paragraph.span)
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

  /// The claim's time: the sentence's expression nearest the cue; else, when the paragraph dated earlier
  /// sentences, every year the paragraph has named so far (a carried time is uncertain, so it is reported as the
  /// paragraph's range rather than its last year); else the section's time. The weight lowers the claim's
  /// confidence for a carried or missing time.
  static func time(_ time: SentenceTime, sentence: Sentence, cueOffset: Int, paragraph: TimeSpan?)
    -> (span: TimeSpan?, weight: Double)
  {
    let cue = sentence.utf8Range.lowerBound + cueOffset
    if let nearest = time.expressions.min(by: {
      abs($0.utf8Range.lowerBound - cue) < abs($1.utf8Range.lowerBound - cue)
    }) {
      return (nearest.span, 1)
    }
    switch time.source {
    case .sentence: return (time.span, 1)
    case .paragraph: return (paragraph ?? time.span, 0.9)
    case .section: return (time.span, 0.8)
    case nil: return (nil, 0.75)
    }
  }

  private func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 1000).rounded() / 1000 }
}
