import PatronageCore

/// Matches each year's factions to the previous year's (the "fronts") by Jaccard overlap.
///
/// Greene, D., Doyle, D. & Cunningham, P. (2010). Tracking the evolution of communities in dynamic
/// social networks. ASONAM 2010, 176–183. Every pair with J ≥ θ is a match; matches are taken
/// greedily by decreasing J (ties: older front, then larger faction) so each front continues in at
/// most one faction. A faction with no match is born; a front with no match dies; a faction matching
/// several fronts is a merge; a front matched by several factions is a split (the best match keeps
/// the id, the others get new ones).
struct FactionMatcher {
  let theta: Double
  private var fronts: [(id: String, members: Set<PersonID>)] = []
  private var nextID = 1
  private(set) var events: [FactionEvent] = []

  init(theta: Double) { self.theta = theta }

  /// The number in a faction id ("F12" → 12).
  static func ordinal(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }

  /// Gives this year's factions their dynamic ids and records the events.
  mutating func assignIDs(to year: FactionYear) -> FactionYear {
    let sets = year.factions.map { Set($0.members) }
    var frontOf: [PersonID: Int] = [:]
    for (front, old) in fronts.enumerated() { for member in old.members { frontOf[member] = front } }
    var pairs: [(faction: Int, front: Int, score: Double)] = []
    for (faction, members) in sets.enumerated() {
      var shared: [Int: Int] = [:]
      for member in members { if let front = frontOf[member] { shared[front, default: 0] += 1 } }
      for (front, overlap) in shared {
        let score = Double(overlap) / Double(members.count + fronts[front].members.count - overlap)
        if score >= theta { pairs.append((faction, front, score)) }
      }
    }
    pairs.sort { ($1.score, $0.front, $0.faction) < ($0.score, $1.front, $1.faction) }
    var continues = [Int?](repeating: nil, count: sets.count)
    var taken = Set<Int>()
    for pair in pairs where continues[pair.faction] == nil && !taken.contains(pair.front) {
      continues[pair.faction] = pair.front
      taken.insert(pair.front)
    }
    let matchedFronts = Dictionary(grouping: pairs, by: \.faction).mapValues { $0.map(\.front).sorted() }
    let matchedFactions = Dictionary(grouping: pairs, by: \.front).mapValues { $0.map(\.faction).sorted() }
    var result = year
    for faction in sets.indices {
      if let front = continues[faction] {
        result.factions[faction].id = fronts[front].id
      } else {
        result.factions[faction].id = "F\(nextID)"
        nextID += 1
        if matchedFronts[faction] == nil {
          events.append(FactionEvent(year: year.year, kind: .birth, faction: result.factions[faction].id, factions: []))
        }
      }
    }
    func sortedIDs(_ ids: [String]) -> [String] { ids.sorted { Self.ordinal($0) < Self.ordinal($1) } }
    for (front, old) in fronts.enumerated() {
      let matched = matchedFactions[front] ?? []
      if matched.isEmpty {
        events.append(FactionEvent(year: year.year, kind: .death, faction: old.id, factions: []))
      } else if matched.count > 1 {
        let others = matched.filter { continues[$0] != front }.map { result.factions[$0].id }
        events.append(FactionEvent(year: year.year, kind: .split, faction: old.id, factions: sortedIDs(others)))
      }
    }
    for faction in result.factions.indices {
      let matched = matchedFronts[faction] ?? []
      guard matched.count > 1 else { continue }
      let merged = matched.filter { continues[faction] != $0 }.map { fronts[$0].id }
      events.append(
        FactionEvent(year: year.year, kind: .merge, faction: result.factions[faction].id, factions: sortedIDs(merged)))
    }
    events.sort {
      ($0.year, Self.ordinal($0.faction), $0.kind.rawValue) < ($1.year, Self.ordinal($1.faction), $1.kind.rawValue)
    }
    fronts = zip(result.factions, sets).map { ($0.id, $1) }
    return result
  }
}

extension FactionTimeline {
  /// Every person whose faction differs from the one they were last seen in.
  static func switches(in years: [FactionYear], graph analysis: AnalysisGraph) -> [FactionSwitch] {
    let graph = analysis.graph
    var signedByPerson: [PersonID: [Int]] = [:]
    for (index, relation) in graph.relations.enumerated() where relation.kind.isSymmetric {
      for person in relation.persons { signedByPerson[person, default: []].append(index) }
    }
    var lastSeen: [PersonID: (year: Int, faction: String, membership: [PersonID: String])] = [:]
    var result: [FactionSwitch] = []
    for year in years {
      let membership = year.membership
      for person in membership.keys.sorted() {
        guard let faction = membership[person] else { continue }
        if let last = lastSeen[person], last.faction != faction {
          let new = (signedByPerson[person] ?? []).filter { index in
            let active = graph.activeYears(ofRelationAt: index)
            return active?.contains(year.year) == true && active?.contains(last.year) != true
          }
          let pointing = new.filter { index in
            let relation = graph.relations[index]
            guard let other = relation.persons.first(where: { $0 != person }) else { return false }
            return relation.kind == .allied ? membership[other] == faction : last.membership[other] == last.faction
          }
          result.append(
            FactionSwitch(
              person: person, year: year.year, previousYear: last.year, from: last.faction, to: faction,
              evidence: (pointing.isEmpty ? new : pointing).map { index in
                let relation = graph.relations[index]
                return SwitchEvidence(
                  kind: relation.kind, with: relation.persons.first { $0 != person } ?? person, span: relation.span,
                  evidence: relation.evidence)
              }))
        }
        lastSeen[person] = (year.year, faction, membership)
      }
    }
    return result
  }
}
