import PatronageAnalysis
import PatronageCore

extension HTMLReport {
  /// Relations in force in `year` that involve `person`.
  func ties(of person: PersonID, in year: Int) -> [Int] {
    tiesByYear[year]?[person] ?? []
  }

  /// Centrality of the year, sortable by every column.
  func centralityTable(_ year: Int) -> String {
    guard let report = analysis.centrality(year: year) else { return "" }
    let factions = analysis.factions(year: year)?.membership ?? [:]
    let rows = report.persons.map { person -> [Cell] in
      [
        Cell(html: personLink(person.id, year: year), sortValue: evidence.name(person.id)),
        Cell(text: factions[person.id] ?? "–"),
        Cell(number: person.degree), Cell(number: person.betweenness), Cell(number: person.closeness),
        Cell(number: person.pagerank), Cell(number: person.eigenvector), Cell(number: person.pn),
        evidenceLinks(ties(of: person.id, in: year)),
      ]
    }
    return Self.table(
      ["Person", "Faction", "Degree", "Betweenness", "Closeness", "PageRank", "Eigenvector", "PN index", "Evidence"],
      rows, caption: "Centrality, \(year) (positive-tie network; click a header to sort)", sortable: true)
  }

  /// Appointments in force in `year` made by `patron`, or by a channel `patron` controlled that year.
  private func appointments(by patron: PersonID, in year: Int, channels: [ChannelControl]) -> [Int] {
    let controlled = Set(channels.filter { $0.controller == patron }.map(\.office))
    return snapshot(year).relationIndices.filter { index in
      let relation = graph.relations[index]
      guard relation.kind == .appointed, let source = relation.source else { return false }
      switch source {
      case .person(let id): return id == patron
      case .institution(let id): return controlled.contains(id)
      }
    }
  }

  /// Who controlled appointments in `year`: patrons, channels and the offices filled.
  func appointmentTables(_ year: Int) -> String {
    guard let control = analysis.appointments(year: year) else { return "" }
    let appointed = snapshot(year).relationIndices.filter { graph.relations[$0].kind == .appointed }
    let patrons = control.patrons.map { patron -> [Cell] in
      [
        Cell(html: personLink(patron.id, year: year), sortValue: evidence.name(patron.id)),
        Cell(number: Double(patron.appointments)), Cell(number: Double(patron.direct)),
        Cell(number: Double(patron.viaChannels)), Cell(number: patron.share),
        Cell(number: Double(patron.clientsInOffice)),
        Cell(html: patron.offices.map { officeLink($0) }.joined(separator: ", ")),
        evidenceLinks(appointments(by: patron.id, in: year, channels: control.channels)),
      ]
    }
    let channels = control.channels.map { channel -> [Cell] in
      [
        Cell(html: officeLink(channel.office)),
        Cell(html: channel.controller.map { personLink($0, year: year) } ?? "–"),
        Cell(number: Double(channel.appointments)),
        evidenceLinks(appointed.filter { graph.relations[$0].source == .institution(channel.office) }),
      ]
    }
    let offices = control.offices.map { fill -> [Cell] in
      [
        Cell(html: officeLink(fill.office)), Cell(number: Double(fill.appointments)),
        Cell(html: fill.appointees.map { personLink($0, year: year) }.joined(separator: ", ")),
        Cell(text: fill.appointers.joined(separator: ", ")),
        evidenceLinks(appointed.filter { graph.relations[$0].office == fill.office }),
      ]
    }
    return Self.table(
      ["Patron", "Appointments", "Direct", "Via channels", "Share", "Clients in office", "Offices", "Evidence"],
      patrons, caption: "Who controlled appointments, \(year)", sortable: true)
      + Self.table(
        ["Channel", "Controlled by", "Appointments", "Evidence"], channels, caption: "Appointment channels, \(year)",
        sortable: true)
      + Self.table(
        ["Office", "Appointments", "Appointees", "Appointed by", "Evidence"], offices,
        caption: "Offices filled, \(year)", sortable: true)
  }

  /// The factions of `year` and the switches into it.
  func factionTables(_ year: Int) -> String {
    guard let factions = analysis.factions(year: year) else { return "" }
    let signed = snapshot(year).relationIndices.filter { graph.relations[$0].kind.isSymmetric }
    let rows = factions.factions.map { faction -> [Cell] in
      let members = Set(faction.members)
      return [
        Cell(html: Self.swatch(faction) + HTML.escape(faction.id), sortValue: String(faction.id.dropFirst())),
        Cell(text: faction.name),
        Cell(html: personLink(faction.leader, year: year)),
        Cell(
          html: faction.members.map { personLink($0, year: year) }.joined(separator: ", "),
          sortValue: "\(faction.members.count)"),
        evidenceLinks(signed.filter { graph.relations[$0].persons.allSatisfy(members.contains) }),
      ]
    }
    let caption =
      "Factions, \(year) (frustration \(HTML.number(factions.frustration)), "
      + "modularity \(HTML.number(factions.modularity)))"
    return Self.table(["Faction", "Name", "Leader", "Members", "Evidence"], rows, caption: caption, sortable: true)
      + switchesTable(analysis.timeline.switches.filter { $0.year == year })
  }

  /// Persons who changed faction, with the ties behind each switch.
  func switchesTable(_ switches: [FactionSwitch]) -> String {
    guard !switches.isEmpty else { return "" }
    struct Tie: Hashable {
      let kind: RelationKind
      let persons: Set<PersonID>
    }
    var byTie: [Tie: [Int]] = [:]
    for (index, relation) in graph.relations.enumerated() where relation.kind.isSymmetric {
      byTie[Tie(kind: relation.kind, persons: Set(relation.persons)), default: []].append(index)
    }
    let rows = switches.map { change -> [Cell] in
      let behind = Set(change.evidence.flatMap { byTie[Tie(kind: $0.kind, persons: [change.person, $0.with])] ?? [] })
      return [
        Cell(html: personLink(change.person, year: change.year)), Cell(number: Double(change.year)),
        Cell(text: "\(change.from) (\(change.previousYear))"), Cell(text: change.to), evidenceLinks(Array(behind)),
      ]
    }
    return Self.table(["Person", "Year", "From", "To", "Evidence"], rows, caption: "Faction switches", sortable: true)
  }
}
