import PatronageCore

/// One relation stated by one sentence, before time and merging.
public struct Claim: Hashable, Sendable {
  public var kind: RelationKind
  public var source: Agent?
  public var target: PersonID
  public var office: OfficeID?
  /// How sure the rule is about the reading, before the time's confidence is applied.
  public var confidence: Double
  /// The word index of the cue, to pick the nearest time expression.
  public var cueWord: Int
  /// Whether the claim happened after the time the sentence names, on an unknown date: a later stop of an
  /// itinerary ("in 1923 she was sent to Norway, then to Mexico"). Such a claim gets no year.
  public var isLater = false
  /// Whether the sentence's time is not the claim's: a post held until a year ("headed the trade unions until
  /// 1929") was taken at some earlier time the sentence does not give. Such a claim gets no year either.
  public var isUndated = false

  public init(
    kind: RelationKind, source: Agent?, target: PersonID, office: OfficeID? = nil, confidence: Double, cueWord: Int
  ) {
    self.kind = kind
    self.source = source
    self.target = target
    self.office = office
    self.confidence = confidence
    self.cueWord = cueWord
  }
}

/// One extraction rule: reads a sentence at one cue of its relation and returns the claims it states.
public protocol RelationRule: Sendable {
  var kind: RelationKind { get }
  func claims(in sentence: SentenceFacts, at cue: CueHit) -> [Claim]
}

extension RelationRule {
  /// Every pair of two lists as claims, skipping self-pairs; symmetric kinds need people on both sides.
  func pairs(
    _ sources: [Agent], _ targets: [PersonID], office: OfficeID? = nil, confidence: Double, cue: CueHit
  ) -> [Claim] {
    var result: [Claim] = []
    for target in targets {
      for source in sources where source != .person(target) {
        if kind.isSymmetric && source.person == nil { continue }
        result.append(
          Claim(
            kind: kind, source: source, target: target, office: office, confidence: confidence,
            cueWord: cue.words.lowerBound))
      }
    }
    return result
  }

  /// Every pair within one list ("X and Y clashed", "between X and Y").
  func pairsWithin(_ list: ArgumentList, confidence: Double, cue: CueHit) -> [Claim] {
    let persons = list.persons
    var result: [Claim] = []
    for (index, first) in persons.enumerated() {
      for second in persons[(index + 1)...] {
        result.append(
          Claim(
            kind: kind, source: .person(first), target: second, confidence: confidence,
            cueWord: cue.words.lowerBound))
      }
    }
    return result
  }

  /// Claims from an optional source list to each target; without a source, one sourceless claim per target.
  func claims(source: ArgumentList?, targets: [PersonID], office: OfficeID?, confidence: Double, cue: CueHit)
    -> [Claim]
  {
    guard let source, !source.agents.isEmpty else {
      return targets.map {
        Claim(
          kind: kind, source: nil, target: $0, office: office, confidence: confidence, cueWord: cue.words.lowerBound)
      }
    }
    return pairs(source.agents, targets, office: office, confidence: confidence, cue: cue)
  }
}
