import PatronageCore

/// Daniels' "circular flow of power": directed cycles in which a patron's appointees sit in, or
/// choose the members of, the body that elects or confirms the patron.
///
/// Per year, a graph over persons and offices: appointer → appointee ("appoints", a person or an
/// institution as appointer; tenures in force that year), appointee → office ("sits-in"), and head
/// post → body ("heads", from ``Office/head``). Cycles are looked for through the anchors: every
/// channel with a head post and every head post. For each anchor in a strongly connected
/// component, the shortest cycle through it (breadth-first search, neighbours in name order) is
/// reported; the same cycle found in several years is one loop with all its years.
///
/// Daniels, R. V. (1966). Soviet politics since Khrushchev, in Dallin & Westin (eds.), Politics in
/// the Soviet Union; Hough, J. F. & Fainsod, M. (1979). How the Soviet Union is Governed.
struct CircularFlow {
  let control: AppointmentControl

  init(_ control: AppointmentControl) { self.control = control }

  private struct Arc: Hashable {
    var link: String
    var to: String
    var relation: Int?
  }

  /// The loops found in any year of `years`, in order of first year, then nodes.
  func loops(years: ClosedRange<Int>) -> [PowerLoop] {
    let graph = control.graph
    var anchors = Set<String>()
    var heads: [(String, String)] = []
    for office in graph.offices {
      guard let head = office.head else { continue }
      anchors.insert("office:\(office.id)")
      anchors.insert("office:\(head)")
      heads.append(("office:\(head)", "office:\(office.id)"))
    }
    guard !anchors.isEmpty else { return [] }
    var found: [[String]: (years: [Int], steps: [LoopStep])] = [:]
    for year in years {
      var arcs: [String: Set<Arc>] = [:]
      for (from, to) in heads { arcs[from, default: []].insert(Arc(link: "heads", to: to, relation: nil)) }
      for tenure in graph.tenures where tenure.holds(in: year) {
        guard let office = tenure.office else { continue }
        let person = "person:\(tenure.person)"
        arcs[person, default: []].insert(Arc(link: "sits-in", to: "office:\(office)", relation: tenure.relationIndex))
        switch tenure.patron {
        case .person(let patron)?:
          arcs["person:\(patron)", default: []].insert(
            Arc(link: "appoints", to: person, relation: tenure.relationIndex))
        case .institution(let body)?:
          arcs["office:\(body)", default: []].insert(Arc(link: "appoints", to: person, relation: tenure.relationIndex))
        case nil: break
        }
      }
      let sorted = arcs.mapValues { $0.sorted { ($0.to, $0.link) < ($1.to, $1.link) } }
      for anchor in anchors.sorted() {
        guard let cycle = shortestCycle(through: anchor, arcs: sorted) else { continue }
        let steps = rotated(cycle.map { step(for: $0.arc, from: $0.from) })
        let key = steps.map(\.from)
        var entry = found[key] ?? ([], steps)
        if entry.years.last != year { entry.years.append(year) }
        found[key] = entry
      }
    }
    return found.map { PowerLoop(nodes: $0.key, years: $0.value.years, steps: $0.value.steps) }
      .sorted {
        ($0.years.first ?? 0, $0.nodes.joined(separator: " ")) < ($1.years.first ?? 0, $1.nodes.joined(separator: " "))
      }
  }

  private func step(for arc: Arc, from: String) -> LoopStep {
    LoopStep(
      link: arc.link, from: from, to: arc.to, evidence: arc.relation.map { control.graph.relations[$0].evidence } ?? [])
  }

  /// The steps rotated to start at the smallest node name, so the same cycle found from different
  /// anchors is one loop.
  private func rotated(_ steps: [LoopStep]) -> [LoopStep] {
    guard let start = steps.indices.min(by: { steps[$0].from < steps[$1].from }) else { return steps }
    return Array(steps[start...] + steps[..<start])
  }

  /// The shortest directed cycle through `anchor`, as (from, arc) steps ending back at the anchor.
  private func shortestCycle(through anchor: String, arcs: [String: [Arc]]) -> [(from: String, arc: Arc, to: String)]? {
    var parent: [String: (String, Arc)] = [:]
    var queue = [anchor]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for arc in arcs[node] ?? [] {
        if arc.to == anchor {
          var path = [(from: node, arc: arc, to: arc.to)]
          var current = node
          while current != anchor, let (previous, via) = parent[current] {
            path.append((from: previous, arc: via, to: current))
            current = previous
          }
          return path.reversed()
        }
        guard parent[arc.to] == nil else { continue }
        parent[arc.to] = (node, arc)
        queue.append(arc.to)
      }
    }
    return nil
  }
}
