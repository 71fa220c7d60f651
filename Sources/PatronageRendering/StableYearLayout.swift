import PatronageCore

/// Year-by-year diagrams in which every person and office keeps one place.
///
/// The union of all years (every node and tie that appears in any year) is laid out once;
/// each year is then drawn with all nodes pinned at those coordinates (Graphviz's `nop2`
/// engine, i.e. `neato -n2`: positions are kept as given, with no overlap adjustment, and
/// only edges are routed). A reader flipping
/// from 1922 to 1927 sees the same person in the same place; only the ties change.
///
/// Persons and offices that take no part in a year are **drawn faded** (grey, dashed
/// outline) rather than left out, so the picture keeps its landmarks; two invisible corner
/// nodes fix the frame, so every year's canvas has the same size.
public struct StableYearLayout: Sendable {
  /// The graph drawn.
  public let graph: PatronageGraph
  /// Every node and edge of every year.
  public let union: DiagramContent
  /// The engine that laid out the union.
  public let engine: LayoutEngine
  /// The pinned positions and frame.
  public let placement: DiagramPlacement

  /// Lays out the union of all years of `graph` once.
  ///
  /// - Parameter engine: the union's layout engine; by default chosen by size
  ///   (``LayoutEngine/automatic(nodes:edges:)``), with `dot` replaced by `neato`, whose
  ///   spring layout leaves room for ties that come and go.
  /// - Throws: ``RenderError/undatedGraph`` when no relation is dated, or a Graphviz error.
  /// - Complexity: one layout of the union graph.
  public init(graph: PatronageGraph, engine: LayoutEngine? = nil) throws(RenderError) {
    let snapshots = graph.snapshots()
    guard !snapshots.isEmpty else { throw .undatedGraph }
    let union = DiagramContent(union: snapshots.map(DiagramContent.init(snapshot:)))
    let automatic = LayoutEngine.automatic(nodes: union.nodes.count, edges: union.edges.count)
    let engine = engine ?? (automatic == .dot ? .neato : automatic)
    var writer = DOTWriter()
    writer.routesEdges = false
    let source = writer.dot(union, of: graph, name: "patronage_union", title: "Patronage network")
    let laidOut = try Graphviz.layout(dot: source, engine: engine)
    self.graph = graph
    self.union = union
    self.engine = engine
    self.placement = try Self.placement(of: union.nodes, in: laidOut)
  }

  /// The years that have a diagram.
  public var years: ClosedRange<Int> { graph.yearRange ?? 0...(-1) }

  /// The pinned DOT source of one year.
  public func dot(year: Int, decorations: DiagramDecorations = .none) -> String {
    DOTWriter(decorations: decorations).dot(for: graph.snapshot(year: year), placement: placement)
  }

  /// One year, rendered with every node at its pinned position.
  public func render(
    year: Int, format: OutputFormat, decorations: DiagramDecorations = .none
  ) throws(RenderError) -> [UInt8] {
    try Graphviz.render(dot: dot(year: year, decorations: decorations), engineName: "nop2", formatName: format.rawValue)
  }

  /// Positions in points from the laid-out union, with a frame 18 points outside every node.
  private static func placement(
    of nodes: [DiagramNode], in laidOut: ParsedGraph
  ) throws(RenderError) -> DiagramPlacement {
    var byName: [String: ParsedGraph.Node] = [:]
    for node in laidOut.nodes { byName[node.name] = node }
    var positions: [DiagramNode: Point] = [:]
    var lower = Point(x: .infinity, y: .infinity)
    var upper = Point(x: -.infinity, y: -.infinity)
    for node in nodes {
      let name = DOTText.parsedValue(ofQuoted: node.dotName)
      guard let parsed = byName[name], let point = Point(parsing: parsed.attributes["pos"] ?? "") else {
        throw .missingPosition(node: node.dotName)
      }
      let halfWidth = (Double(parsed.attributes["width"] ?? "") ?? 0) * 36
      let halfHeight = (Double(parsed.attributes["height"] ?? "") ?? 0) * 36
      positions[node] = point
      lower = Point(x: min(lower.x, point.x - halfWidth), y: min(lower.y, point.y - halfHeight))
      upper = Point(x: max(upper.x, point.x + halfWidth), y: max(upper.y, point.y + halfHeight))
    }
    guard !positions.isEmpty else {
      return DiagramPlacement(positions: [:], lower: Point(x: 0, y: 0), upper: Point(x: 0, y: 0))
    }
    let margin = 18.0
    return DiagramPlacement(
      positions: positions, lower: Point(x: (lower.x - margin).rounded(), y: (lower.y - margin).rounded()),
      upper: Point(x: (upper.x + margin).rounded(), y: (upper.y + margin).rounded()))
  }
}
