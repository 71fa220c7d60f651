/// A graph flattened into the node and edge tables that every export format writes.
///
/// Nodes are persons and offices (`person:<id>`, `office:<id>`, the names the DOT
/// writer uses too), sorted by id. Each relation becomes one edge, `r<index>` after its
/// index in ``PatronageGraph/relations`` (so a relation keeps its id in every year's export),
/// in graph order, from its agent to its target person:
/// - appointed: patron → appointee; expelled: expeller → expelled. An institutional
///   patron or expeller is its office node. When the text names no agent, the office
///   given or left stands in as the source (the `agent` attribute stays empty);
/// - allied, opposed: the two persons in id order, marked `directed = false`.
///
/// A relation with neither an agent nor an office connects nothing and has no edge
/// (``omittedRelations`` counts them; `json` and `jsonl` keep them).
public struct ExportGraph: Hashable, Sendable {
  /// The graph's name: `patronage`, or `patronage_<year>` for one year.
  public let name: String
  /// Nodes, sorted by id.
  public let nodes: [ExportNode]
  /// Edges, in relation order.
  public let edges: [ExportEdge]
  /// How many of the chosen relations have no edge (no agent and no office).
  public let omittedRelations: Int

  /// The whole graph (every person and office, every relation), or the relations in
  /// force in `year` and the nodes they touch. A year's export keeps the whole graph's
  /// years on its nodes and edges (spells, `first_year`, `last_year`) and its edge ids.
  ///
  /// - Throws: ``ExportError`` when `year` is given and the graph does not cover it.
  /// - Complexity: O((n + r·y) log n) for n nodes, r relations and y years.
  public init(graph: PatronageGraph, year: Int? = nil) throws(ExportError) {
    let indices: [Int]
    if let year {
      guard let range = graph.yearRange else { throw .undatedGraph }
      guard range.contains(year) else { throw .yearOutOfRange(year: year, available: range) }
      indices = graph.snapshot(year: year).relationIndices
      name = "patronage_\(year)"
    } else {
      indices = Array(graph.relations.indices)
      name = "patronage"
    }
    var edges: [ExportEdge] = []
    var years: [String: Set<Int>] = [:]
    var touched: Set<String> = []
    for index in indices {
      let relation = graph.relations[index]
      let active = graph.activeYears(ofRelationAt: index)
      let ends = relation.nodeIDs
      for node in ends.all {
        touched.insert(node)
        if let active { years[node, default: []].formUnion(active) }
      }
      guard let source = ends.source else { continue }
      edges.append(
        ExportEdge(
          id: "r\(index)", source: source, target: ExportNode.id(of: relation.target), relation: relation,
          activeYears: active))
    }
    let persons = graph.persons.filter { year == nil || touched.contains(ExportNode.id(of: $0.id)) }
    let offices = graph.offices.filter { year == nil || touched.contains(ExportNode.id(of: $0.id)) }
    let nodes = persons.map { ExportNode(person: $0) } + offices.map { ExportNode(office: $0) }
    self.nodes = nodes.map { $0.with(spells: Self.runs(of: years[$0.id] ?? [])) }.sorted { $0.id < $1.id }
    self.edges = edges
    self.omittedRelations = indices.count - edges.count
  }

  /// The years, as maximal runs of consecutive years, in order.
  static func runs(of years: Set<Int>) -> [ClosedRange<Int>] {
    var runs: [ClosedRange<Int>] = []
    for year in years.sorted() {
      if let last = runs.last, last.upperBound + 1 == year {
        runs[runs.count - 1] = last.lowerBound...year
      } else {
        runs.append(year...year)
      }
    }
    return runs
  }
}

extension Relation {
  /// The node ids of the edge's source (nil when the relation connects nothing) and of
  /// every node the relation touches (agent, target, office).
  fileprivate var nodeIDs: (source: String?, all: [String]) {
    let agent = source.map(ExportNode.id(of:))
    let office = office.map(ExportNode.id(of:))
    let all = [agent, ExportNode.id(of: target), office].compactMap(\.self)
    return (agent ?? (kind.isSymmetric ? nil : office), all)
  }
}
