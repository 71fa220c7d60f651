/// A spell in office that an appointment opened.
public struct Tenure: Hashable, Sendable {
  /// The appointee.
  public let person: PersonID
  /// The office they held.
  public let office: OfficeID
  /// Who appointed them, if known.
  public let patron: Agent?
  /// The year the appointment took effect.
  public let from: Int
  /// The year of the first later removal from the office (or from the party), if any.
  public let to: Int?
  /// Index of the appointment in ``PatronageGraph/relations``.
  public let relationIndex: Int

  /// Whether the appointee held the office during `year`.
  public func holds(in year: Int) -> Bool { from <= year && (to.map { year <= $0 } ?? true) }
}

extension PatronageGraph {
  /// Every tenure opened by a dated appointment to a named office, in relation order.
  public var tenures: [Tenure] { tenureByRelation.compactMap(\.self) }

  /// The tenure an appointment opened, or nil for other relations and for
  /// appointments with no date or office.
  public func tenure(ofRelationAt index: Int) -> Tenure? { tenureByRelation[index] }

  /// Tenures: an appointment holds from its start until the first removal of the
  /// same person from that office, or from the party, dated no earlier.
  ///
  /// - Complexity: O(r log r + a·k), where k is the number of removals of one person.
  static func tenures(of relations: [Relation], officeKinds: [OfficeID: OfficeKind]) -> [Tenure?] {
    var removals: [PersonID: [(office: OfficeID, date: HistoricalDate)]] = [:]
    for relation in relations where relation.kind == .expelled {
      guard let office = relation.office, let span = relation.span else { continue }
      removals[relation.target, default: []].append((office, span.start))
    }
    for person in removals.keys { removals[person]?.sort { $0.date < $1.date } }
    return relations.enumerated().map { index, relation in
      guard relation.kind == .appointed, let office = relation.office, let span = relation.span else {
        return nil
      }
      let end = removals[relation.target]?.first { removal in
        (removal.office == office || officeKinds[removal.office] == .party)
          && (removal.date.year > span.start.year || !(removal.date < span.start))
      }
      return Tenure(
        person: relation.target, office: office, patron: relation.source,
        from: span.start.year, to: end?.date.year, relationIndex: index)
    }
  }
}
