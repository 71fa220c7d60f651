import PatronageCore

/// A node of a diagram: a person, or an office, body or party (also when it acts as a patron).
public enum DiagramNode: Hashable, Comparable, Sendable, CustomStringConvertible {
  case person(PersonID)
  case office(OfficeID)

  /// The node's DOT name: `person:<id>` or `office:<id>`, so a person and an office
  /// with the same id stay apart.
  public var dotName: String {
    switch self {
    case .person(let id): "person:" + id.rawValue
    case .office(let id): "office:" + id.rawValue
    }
  }

  public var description: String { dotName }

  /// The order of ``dotName`` (offices, then persons, each by id), without building the names.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.office(let a), .office(let b)): a < b
    case (.person(let a), .person(let b)): a < b
    case (.office, .person): true
    case (.person, .office): false
    }
  }
}

/// What an edge of a diagram says.
public enum DiagramTie: String, CaseIterable, Sendable, Comparable {
  /// Patron → appointee (solid arrow).
  case appointed
  /// Appointee → the office given (solid arrow, lighter).
  case holds
  /// Two allies (green, no direction).
  case allied
  /// Two opponents (dashed red, no direction).
  case opposed
  /// Who removed → who was removed (dotted, tee head).
  case expelled
  /// Who was removed → the party, body or post left (dotted, tee head).
  case removedFrom

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// An edge of a diagram. Symmetric ties keep their ends in node order.
public struct DiagramEdge: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let tie: DiagramTie
  public let from: DiagramNode
  public let to: DiagramNode

  public init(_ tie: DiagramTie, from: DiagramNode, to: DiagramNode) {
    let swap = (tie == .allied || tie == .opposed) && to < from
    self.tie = tie
    self.from = swap ? to : from
    self.to = swap ? from : to
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    if lhs.from != rhs.from { return lhs.from < rhs.from }
    if lhs.to != rhs.to { return lhs.to < rhs.to }
    return lhs.tie < rhs.tie
  }

  public var description: String { "\(from) -\(tie.rawValue)-> \(to)" }
}

/// What a diagram shows: its nodes and edges, sorted, without duplicates.
///
/// Built from relations: appointed gives patron → appointee and appointee → office;
/// allied and opposed join two persons; expelled gives expeller → expelled and
/// expelled → the office left. Institutional patrons and expellers are office nodes.
public struct DiagramContent: Hashable, Sendable {
  /// Nodes, sorted by DOT name.
  public let nodes: [DiagramNode]
  /// Edges, sorted.
  public let edges: [DiagramEdge]

  /// Collects the nodes and edges of `relations`.
  /// - Complexity: O(r log r) for r relations.
  public init(relations: some Sequence<Relation>) {
    var nodes = Set<DiagramNode>()
    var edges = Set<DiagramEdge>()
    for relation in relations {
      nodes.insert(.person(relation.target))
      for edge in Self.edges(of: relation) {
        nodes.insert(edge.from)
        nodes.insert(edge.to)
        edges.insert(edge)
      }
    }
    self.init(nodes: nodes, edges: edges)
  }

  /// The edges one relation draws: appointed gives patron → appointee and appointee → office,
  /// allied and opposed join two persons, expelled gives expeller → expelled and expelled → the
  /// office left. An edge from a node to itself is left out.
  public static func edges(of relation: Relation) -> [DiagramEdge] {
    let target = DiagramNode.person(relation.target)
    let source = relation.source.map(Self.node)
    let office = relation.office.map(DiagramNode.office)
    var result: [DiagramEdge] = []
    func add(_ tie: DiagramTie, _ from: DiagramNode?, _ to: DiagramNode?) {
      if let from, let to, from != to { result.append(DiagramEdge(tie, from: from, to: to)) }
    }
    switch relation.kind {
    case .appointed:
      add(.appointed, source, target)
      add(.holds, target, office)
    case .allied, .opposed:
      add(relation.kind == .allied ? .allied : .opposed, source, target)
    case .expelled:
      add(.expelled, source, target)
      add(.removedFrom, target, office)
    }
    return result
  }

  /// Everything a graph records, dated or not.
  public init(graph: PatronageGraph) { self.init(relations: graph.relations) }

  /// The relations in force in one year.
  public init(snapshot: YearSnapshot) { self.init(relations: snapshot.relations) }

  /// The union of several diagrams' nodes and edges.
  public init(union contents: some Sequence<DiagramContent>) {
    var nodes = Set<DiagramNode>()
    var edges = Set<DiagramEdge>()
    for content in contents {
      nodes.formUnion(content.nodes)
      edges.formUnion(content.edges)
    }
    self.init(nodes: nodes, edges: edges)
  }

  init(nodes: Set<DiagramNode>, edges: Set<DiagramEdge>) {
    self.nodes = nodes.sorted()
    self.edges = edges.sorted()
  }

  private static func node(_ agent: Agent) -> DiagramNode {
    switch agent {
    case .person(let id): .person(id)
    case .institution(let id): .office(id)
    }
  }
}
