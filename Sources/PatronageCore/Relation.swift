/// One relation between people, with its time and the evidence for it.
///
/// allied and opposed are symmetric: their two persons are stored in id order
/// (`source` < `target`). For appointed, `source` is the patron (a person or an
/// institution, nil when the text does not say) and `office` the post given;
/// for expelled, `source` is who removed (or nil) and `office` the party, body
/// or post the person was removed from.
public struct Relation: Hashable, Codable, Sendable {
  public var kind: RelationKind
  public var source: Agent?
  public var target: PersonID
  public var office: OfficeID?
  /// When the relation holds (allied/opposed) or the event happened (appointed/expelled);
  /// nil when nothing in the sources dates it.
  public var span: TimeSpan?
  /// How sure we are, 0...1 (for extracted relations: combined from the evidence).
  public var confidence: Double
  /// Every sentence that states the relation, in document order.
  public var evidence: [Evidence]

  /// Creates a relation, putting symmetric endpoints in id order.
  public init(
    kind: RelationKind, source: Agent?, target: PersonID, office: OfficeID? = nil,
    span: TimeSpan? = nil, confidence: Double = 1, evidence: [Evidence] = []
  ) {
    self.kind = kind
    self.source = source
    self.target = target
    self.office = office
    self.span = span
    self.confidence = confidence
    self.evidence = evidence.sorted()
    if kind.isSymmetric, case .person(let other)? = source, target < other {
      self.source = .person(target)
      self.target = other
    }
  }

  /// The identity under which statements of the same relation merge.
  public struct Key: Hashable, Comparable, Sendable {
    public let kind: RelationKind
    public let source: Agent?
    public let target: PersonID
    public let office: OfficeID?

    public static func < (lhs: Self, rhs: Self) -> Bool {
      if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
      if lhs.target != rhs.target { return lhs.target < rhs.target }
      if lhs.source != rhs.source { return optionalLess(lhs.source, rhs.source) }
      return optionalLess(lhs.office, rhs.office)
    }
  }

  public var key: Key { Key(kind: kind, source: source, target: target, office: office) }

  /// The persons the relation connects (one or two).
  public var persons: [PersonID] {
    if let person = source?.person, person != target { return [person, target] }
    return [target]
  }

  /// Checks the rules of the model: symmetric relations join two different persons,
  /// confidence lies in 0...1, evidence is well-formed.
  public func validate() throws(ModelError) {
    guard (0...1).contains(confidence) else { throw .confidenceOutOfRange(confidence) }
    if kind.isSymmetric {
      guard let other = source?.person else {
        throw .invalidRelation(
          "\(kind.rawValue) needs two persons, but its source is \(source?.description ?? "missing")")
      }
      guard other != target else { throw .invalidRelation("\(kind.rawValue) joins \(target) with itself") }
    }
    for item in evidence { try item.validate() }
  }
}

/// nil sorts first.
func optionalLess<T: Comparable>(_ lhs: T?, _ rhs: T?) -> Bool {
  switch (lhs, rhs) {
  case (nil, nil): false
  case (nil, _): true
  case (_, nil): false
  case (let a?, let b?): a < b
  }
}
