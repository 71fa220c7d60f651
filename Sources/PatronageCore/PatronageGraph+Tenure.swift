/// A spell in office that an appointment opened.
public struct Tenure: Hashable, Sendable {
  /// The appointee.
  public let person: PersonID
  /// The office they held, or nil when the source names none ("promoted his allies"): a post not named.
  public let office: OfficeID?
  /// Who appointed them, if known.
  public let patron: Agent?
  /// The year the appointment took effect.
  public let from: Int
  /// The year of the first later removal from the office (or from the party; for a post not named, from
  /// anything), if any.
  public let to: Int?
  /// Index of the appointment in ``PatronageGraph/relations``.
  public let relationIndex: Int

  /// Whether the appointee held the office during `year`.
  public func holds(in year: Int) -> Bool { from <= year && (to.map { year <= $0 } ?? true) }
}

extension PatronageGraph {
  /// Every tenure opened by a dated appointment, in relation order.
  public var tenures: [Tenure] { tenureByRelation.compactMap(\.self) }

  /// The tenure an appointment opened, or nil for other relations and for undated appointments.
  public func tenure(ofRelationAt index: Int) -> Tenure? { tenureByRelation[index] }

  /// Tenures: an appointment holds from its start until the first removal of the
  /// same person from that office, or from the party, dated no earlier. An appointment that names no post
  /// ("Stalin promoted Molotov") holds a post not named, ended by the first later removal from anything.
  ///
  /// - Complexity: O(r log r + a·k), where k is the number of removals of one person.
  static func tenures(of relations: [Relation], officeKinds: [OfficeID: OfficeKind]) -> [Tenure?] {
    var removals: [PersonID: [(office: OfficeID?, date: HistoricalDate)]] = [:]
    for relation in relations where relation.kind == .expelled {
      guard let span = relation.span else { continue }
      removals[relation.target, default: []].append((relation.office, span.start))
    }
    for person in removals.keys { removals[person]?.sort { $0.date < $1.date } }
    return relations.enumerated().map { index, relation in
      guard relation.kind == .appointed, let span = relation.span else { return nil }
      let office = relation.office
      let end = removals[relation.target]?.first { removal in
        let ends = office == nil || removal.office == office || removal.office.map { officeKinds[$0] == .party } == true
        return ends && (removal.date.year > span.start.year || !(removal.date < span.start))
      }
      return Tenure(
        person: relation.target, office: office, patron: relation.source,
        from: span.start.year, to: end?.date.year, relationIndex: index)
    }
  }
}
