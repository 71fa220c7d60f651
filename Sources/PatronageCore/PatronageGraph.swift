/// The typed temporal graph: persons, offices, and the relations between them over time.
///
/// Everything is held in a deterministic order (persons and offices by id,
/// relations by ``Relation/Key``), statements of the same relation are merged,
/// and every reference is checked, so two graphs built from the same facts are
/// equal and encode to the same bytes.
public struct PatronageGraph: Hashable, Sendable {
  /// Persons, sorted by id.
  public let persons: [Person]
  /// Offices, bodies and the party, sorted by id.
  public let offices: [Office]
  /// Relations, merged and sorted by key.
  public let relations: [Relation]
  /// For each relation (same index), the years it is in force; see ``activeYears(ofRelationAt:)``.
  let activeYearsByRelation: [ClosedRange<Int>?]
  /// Each appointment's tenure (same index as ``relations``; nil for other kinds).
  let tenureByRelation: [Tenure?]
  private let personIndex: [PersonID: Int]
  private let officeIndex: [OfficeID: Int]

  /// Builds a graph, merging duplicate relations and checking every reference.
  ///
  /// - Throws: ``ModelError`` for duplicate ids, references to unknown persons
  ///   or offices, and invalid relations.
  /// - Complexity: O((p + o + r) log(p + o + r)) for p persons, o offices, r relations.
  public init(persons: [Person], offices: [Office], relations: [Relation]) throws(ModelError) {
    self.persons = persons.sorted { $0.id < $1.id }
    self.offices = offices.sorted { $0.id < $1.id }
    var personIndex: [PersonID: Int] = [:]
    for (index, person) in self.persons.enumerated() {
      guard personIndex.updateValue(index, forKey: person.id) == nil else {
        throw .duplicateID(person.id.rawValue)
      }
      for year in [person.born, person.died].compactMap(\.self)
      where !HistoricalDate.validYears.contains(year) || year == 0 {
        throw .yearOutOfRange(year)
      }
      if let born = person.born, let died = person.died, died < born {
        throw .invalidSpan("\(person.id.rawValue) died in \(died), before being born in \(born)")
      }
    }
    var officeIndex: [OfficeID: Int] = [:]
    for (index, office) in self.offices.enumerated() {
      guard officeIndex.updateValue(index, forKey: office.id) == nil else {
        throw .duplicateID(office.id.rawValue)
      }
    }
    for relation in relations {
      try relation.validate()
      for person in relation.persons where personIndex[person] == nil {
        throw .unknownReference(
          "person \(person.rawValue.debugDescription) in a \(relation.kind.rawValue) relation is not in the graph's persons"
        )
      }
      if case .institution(let office)? = relation.source, officeIndex[office] == nil {
        throw .unknownReference("institution \(office.rawValue.debugDescription) is not in the graph's offices")
      }
      if let office = relation.office, officeIndex[office] == nil {
        throw .unknownReference("office \(office.rawValue.debugDescription) is not in the graph's offices")
      }
    }
    self.personIndex = personIndex
    self.officeIndex = officeIndex
    self.relations = relations.mergingDuplicates()
    let officeKinds = Dictionary(uniqueKeysWithValues: self.offices.map { ($0.id, $0.kind) })
    self.tenureByRelation = Self.tenures(of: self.relations, officeKinds: officeKinds)
    let lastSeen = Self.lastYearSeen(in: self.relations)
    let lastYear = self.relations.compactMap(\.span?.end.year).max()
    let lifetimes = Dictionary(uniqueKeysWithValues: self.persons.map { ($0.id, $0.lifetime) })
    let deaths = Dictionary(
      uniqueKeysWithValues: self.persons.compactMap { person in person.died.map { (person.id, $0) } })
    let temporary = Set(self.offices.lazy.filter(\.temporary).map(\.id))
    self.activeYearsByRelation = zip(self.relations, tenureByRelation).map { relation, tenure in
      let years: ClosedRange<Int>?
      if let tenure {
        var open = lastSeen[tenure.person] ?? tenure.from
        let presumed = tenure.office.map { !temporary.contains($0) } ?? true
        if presumed, let died = deaths[tenure.person], let lastYear {
          open = max(open, min(died, lastYear))
        }
        years = tenure.from...max(tenure.from, tenure.to ?? open)
      } else {
        years = relation.span?.years
      }
      // Nobody holds an office, or keeps an ally or an enemy, after their death (nor before their birth); a
      // client keeps the post after the patron's death.
      var living = years
      for person in relation.kind == .appointed ? [relation.target] : relation.persons {
        guard let range = living, let life = lifetimes[person] else { continue }
        living = range.overlaps(life) ? range.clamped(to: life) : nil
      }
      return living
    }
  }

  /// The last year each person takes part in a dated relation (as either side).
  ///
  /// An appointment with no recorded removal lasts at least until then. When the appointee's death is known
  /// it is presumed to last until the death or the last year of the graph, whichever comes first: the sources
  /// would have recorded a removal. Without a known death the tenure is not stretched over other people's
  /// years (a corpus may mix centuries), nor is a seat on a temporary body (an ad hoc commission).
  private static func lastYearSeen(in relations: [Relation]) -> [PersonID: Int] {
    var result: [PersonID: Int] = [:]
    for relation in relations {
      guard let year = relation.span?.end.year else { continue }
      for person in relation.persons { result[person] = max(result[person] ?? year, year) }
    }
    return result
  }

  /// An empty graph.
  public static let empty = PatronageGraph(checked: [], [], [])

  private init(checked persons: [Person], _ offices: [Office], _ relations: [Relation]) {
    self.persons = persons
    self.offices = offices
    self.relations = relations
    self.activeYearsByRelation = []
    self.tenureByRelation = []
    self.personIndex = [:]
    self.officeIndex = [:]
  }

  /// The person with this id, if the graph has one.
  public func person(_ id: PersonID) -> Person? { personIndex[id].map { persons[$0] } }

  /// The office with this id, if the graph has one.
  public func office(_ id: OfficeID) -> Office? { officeIndex[id].map { offices[$0] } }

  /// The years any dated relation touches, or nil when no relation is dated.
  public var yearRange: ClosedRange<Int>? {
    let spans = relations.compactMap(\.span)
    guard let first = spans.map(\.start.year).min(), let last = spans.map(\.end.year).max() else {
      return nil
    }
    return first...last
  }

  /// The years relation `index` is in force: its span for allied, opposed and expelled;
  /// for an appointment, the appointee's tenure: from the appointment until removal; else until the appointee's
  /// known death or the graph's last year, whichever is first (not for a temporary body); else, and at least,
  /// to the last year the appointee takes part in any dated relation.
  /// nil when the relation is undated.
  public func activeYears(ofRelationAt index: Int) -> ClosedRange<Int>? { activeYearsByRelation[index] }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.persons == rhs.persons && lhs.offices == rhs.offices && lhs.relations == rhs.relations
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(persons)
    hasher.combine(offices)
    hasher.combine(relations)
  }
}
