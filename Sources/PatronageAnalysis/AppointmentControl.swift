import Foundation
import PatronageCore

/// Who controlled appointments: per patron, per channel and per office, crediting appointments
/// made through a channel to the holder of the channel's head post that year.
public struct AppointmentControl: Sendable {
  let graph: PatronageGraph
  /// Dated appointments: (relation index, year made).
  let appointments: [(index: Int, year: Int)]
  /// Tenures by office, for finding who held a head post.
  let holders: [OfficeID: [Tenure]]

  /// Indexes the graph's appointments and tenures.
  ///
  /// - Complexity: O(r log r).
  public init(_ graph: PatronageGraph) {
    self.graph = graph
    appointments = graph.relations.indices.compactMap { index in
      let relation = graph.relations[index]
      guard relation.kind == .appointed, let year = relation.span?.start.year else { return nil }
      return (index, year)
    }
    var holders: [OfficeID: [Tenure]] = [:]
    for tenure in graph.tenures { if let office = tenure.office { holders[office, default: []].append(tenure) } }
    self.holders = holders
  }

  /// The holder of `office` in `year`: of the tenures covering the year, the latest begun, then the smallest id.
  public func holder(of office: OfficeID, in year: Int) -> PersonID? {
    (holders[office] ?? []).filter { $0.holds(in: year) }
      .min { ($1.from, $0.person) < ($0.from, $1.person) }?.person
  }

  /// Who controls a channel in `year`: the holder of its head post.
  public func controller(of channel: OfficeID, in year: Int) -> PersonID? {
    graph.office(channel)?.head.flatMap { holder(of: $0, in: year) }
  }

  /// The person credited with an appointment made in `year` by `agent`, and the channel if any.
  func credit(_ agent: Agent?, year: Int) -> (person: PersonID, via: OfficeID?)? {
    switch agent {
    case .person(let person)?: (person, nil)
    case .institution(let channel)?: controller(of: channel, in: year).map { ($0, channel) }
    case nil: nil
    }
  }

  /// Appointment control over `years`: one entry per year and one for the whole span.
  public func report(years: ClosedRange<Int>) -> AppointmentReport {
    AppointmentReport(
      from: years.lowerBound, to: years.upperBound, years: years.map { summary(years: $0...$0, label: $0) },
      span: summary(years: years, label: nil), trees: trees(years: years), loops: CircularFlow(self).loops(years: years)
    )
  }

  /// The summary for appointments made in, and tenures held during, `years`.
  func summary(years: ClosedRange<Int>, label: Int?) -> AppointmentYear {
    let made = appointments.filter { years.contains($0.year) }
    var direct: [PersonID: Int] = [:]
    var via: [PersonID: Int] = [:]
    var offices: [PersonID: Set<OfficeID>] = [:]
    var channels: [OfficeID: Int] = [:]
    var fills: [OfficeID: (count: Int, appointees: Set<PersonID>, appointers: Set<String>)] = [:]
    for (index, year) in made {
      let relation = graph.relations[index]
      if case .institution(let channel)? = relation.source { channels[channel, default: 0] += 1 }
      if let office = relation.office {
        var fill = fills[office] ?? (0, [], [])
        fill.count += 1
        fill.appointees.insert(relation.target)
        if let source = relation.source { fill.appointers.insert(source.id) }
        fills[office] = fill
      }
      guard let credit = credit(relation.source, year: year) else { continue }
      if credit.via == nil { direct[credit.person, default: 0] += 1 } else { via[credit.person, default: 0] += 1 }
      if let office = relation.office { offices[credit.person, default: []].insert(office) }
    }
    var clients: [PersonID: Set<PersonID>] = [:]
    for tenure in graph.tenures {
      // In office while the graph has the appointment in force (ended by removal, death or silence), and credited
      // to a patron only while the patron lives.
      guard let held = graph.activeYears(ofRelationAt: tenure.relationIndex),
        let credit = credit(tenure.patron, year: tenure.from)
      else { continue }
      let patronLife = graph.person(credit.person)?.lifetime ?? HistoricalDate.validYears
      guard held.overlaps(patronLife), years.overlaps(held.clamped(to: patronLife)) else { continue }
      clients[credit.person, default: []].insert(tenure.person)
      if let office = tenure.office { offices[credit.person, default: []].insert(office) }
    }
    let attributed = made.filter { graph.relations[$0.index].source != nil }.count
    let patrons = Set(direct.keys).union(via.keys).union(clients.keys).map { id in
      let count = (direct[id] ?? 0) + (via[id] ?? 0)
      return PatronControl(
        id: id, appointments: count, direct: direct[id] ?? 0, viaChannels: via[id] ?? 0,
        share: attributed > 0 ? Double(count) / Double(attributed) : 0, clientsInOffice: clients[id]?.count ?? 0,
        offices: (offices[id] ?? []).sorted())
    }.sorted { ($1.clientsInOffice, $1.appointments, $0.id) < ($0.clientsInOffice, $0.appointments, $1.id) }
    return AppointmentYear(
      year: label, total: made.count, attributed: attributed, patrons: patrons,
      channels: channels.keys.sorted().map { channel in
        ChannelControl(
          office: channel, controller: label.flatMap { controller(of: channel, in: $0) },
          appointments: channels[channel] ?? 0)
      },
      offices: fills.keys.sorted().map { office in
        let fill = fills[office] ?? (0, [], [])
        return OfficeFill(
          office: office, appointments: fill.count, appointees: fill.appointees.sorted(),
          appointers: fill.appointers.sorted())
      })
  }
}

extension AppointmentReport {
  /// The report as compact JSON with sorted keys.
  public func jsonData() -> Data { AnalysisJSON.encode(self) }
}
