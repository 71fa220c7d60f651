import PatronageCore
import PatronageRendering

/// Anchors, descriptions and conflicting claims of a graph's relations, for linking diagrams and
/// tables to the evidence page.
struct EvidenceIndex: Sendable {
  let graph: PatronageGraph
  /// For each relation (by index), the other relations that contradict it.
  let conflicts: [Int: [Int]]

  init(_ graph: PatronageGraph) {
    self.graph = graph
    conflicts = Self.conflicts(in: graph)
  }

  /// The anchor of relation `index` on the evidence page (`r1`, `r2`, …).
  static func anchor(_ index: Int) -> String { "r\(index + 1)" }

  /// The display name of a person.
  func name(_ id: PersonID) -> String { graph.person(id)?.name ?? id.rawValue }

  /// The display name of an office.
  func name(_ id: OfficeID) -> String { graph.office(id)?.name ?? id.rawValue }

  /// The display name of an agent.
  func name(_ agent: Agent) -> String {
    switch agent {
    case .person(let id): name(id)
    case .institution(let id): name(id)
    }
  }

  /// The display name of a diagram node.
  func name(_ node: DiagramNode) -> String {
    switch node {
    case .person(let id): name(id)
    case .office(let id): name(id)
    }
  }

  /// One line saying what relation `index` claims, e.g. "Stalin appointed Molotov as Secretary (1921–1922)".
  func describe(_ index: Int) -> String {
    let relation = graph.relations[index]
    let target = name(relation.target)
    let source = relation.source.map(name)
    var text: String
    switch relation.kind {
    case .appointed:
      text = (source.map { "\($0) appointed " } ?? "Appointed: ") + target
      if let office = relation.office { text += " as " + name(office) }
    case .allied: text = "\(source ?? "?") allied with \(target)"
    case .opposed: text = "\(source ?? "?") opposed \(target)"
    case .expelled:
      text = (source.map { "\($0) removed " } ?? "Removed: ") + target
      if let office = relation.office { text += " from " + name(office) }
    }
    return text + " (" + years(index) + ")"
  }

  /// The relation's date as written in sources, or "undated".
  func years(_ index: Int) -> String { graph.relations[index].span.map { Self.text($0.years) } ?? "undated" }

  /// "1925" or "1925–1927".
  static func text(_ years: ClosedRange<Int>) -> String {
    years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
  }

  /// The relations in force in `year` behind each diagram edge.
  func relations(byEdgeIn snapshot: YearSnapshot) -> [DiagramEdge: [Int]] {
    var result: [DiagramEdge: [Int]] = [:]
    for index in snapshot.relationIndices {
      for edge in DiagramContent.edges(of: graph.relations[index]) { result[edge, default: []].append(index) }
    }
    return result
  }

  /// Claims that cannot both be true: appointments (or removals) of the same person to (from) the
  /// same office by different patrons, in overlapping years (or both undated).
  /// - Complexity: O(r + Σ g²) over groups g of relations with the same kind, person and office.
  static func conflicts(in graph: PatronageGraph) -> [Int: [Int]] {
    struct Claim: Hashable {
      let kind: RelationKind
      let target: PersonID
      let office: OfficeID
    }
    var groups: [Claim: [Int]] = [:]
    for (index, relation) in graph.relations.enumerated() where !relation.kind.isSymmetric {
      guard let office = relation.office else { continue }
      groups[Claim(kind: relation.kind, target: relation.target, office: office), default: []].append(index)
    }
    var result: [Int: [Int]] = [:]
    for members in groups.values where members.count > 1 {
      for a in members {
        for b in members where b != a && graph.relations[a].source != graph.relations[b].source {
          let overlap: Bool
          switch (graph.activeYears(ofRelationAt: a), graph.activeYears(ofRelationAt: b)) {
          case (let x?, let y?): overlap = x.overlaps(y)
          case (nil, nil): overlap = true
          default: overlap = false
          }
          if overlap { result[a, default: []].append(b) }
        }
      }
    }
    return result.mapValues { $0.sorted() }
  }
}
