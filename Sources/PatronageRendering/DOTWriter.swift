import PatronageCore

/// Writes a patronage graph, or one year of it, as DOT text for Graphviz.
///
/// Output is deterministic to the byte: the graph is named (`digraph "patronage_1925"`),
/// nodes and edges are sorted by DOT name, attributes by key, and numbers are rounded to
/// two decimals. Every id is a quoted string and every label an escaped HTML-like string
/// (see ``DOTText``), whatever characters names contain.
///
/// Persons are ellipses and offices boxes; appointed is a solid arrow patron → appointee
/// (and appointee → office), allied a green line, opposed a dashed red line, expelled a
/// dotted line with a tee head. The title and legend sit above the drawing.
public struct DOTWriter: Sendable {
  /// Sizes, colours, highlights and edge changes to show.
  public var decorations: DiagramDecorations

  /// Whether edges may be routed around nodes (`splines=true`). Off, edges are straight
  /// lines (`splines=false`). nil: on for diagrams of at most ``routingLimit`` nodes only,
  /// because neato's obstacle-avoiding router (libpathplan) grows about cubically with the
  /// number of nodes and takes minutes on a few hundred.
  public var routesEdges: Bool?

  /// The largest diagram (in nodes) whose edges are routed around nodes by default.
  public static let routingLimit = 60

  public init(decorations: DiagramDecorations = .none) {
    self.decorations = decorations
  }

  /// The whole graph: every relation, dated or not.
  public func dot(for graph: PatronageGraph) -> String {
    let years = graph.yearRange.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? ""
    return dot(DiagramContent(graph: graph), of: graph, name: "patronage", title: "Patronage network" + years)
  }

  /// The relations in force in one year.
  public func dot(for snapshot: YearSnapshot, placement: DiagramPlacement? = nil) -> String {
    dot(
      DiagramContent(snapshot: snapshot), of: snapshot.graph, name: "patronage_\(snapshot.year)",
      title: "Patronage network, \(snapshot.year)", placement: placement)
  }

  /// Any content, with names and office kinds looked up in `graph`.
  ///
  /// With a `placement`, every node it places is drawn at its pinned position (those not in
  /// `content` faded), and two invisible corner nodes fix the frame.
  /// - Complexity: O((n + e) log(n + e)) for n nodes and e edges.
  public func dot(
    _ content: DiagramContent, of graph: PatronageGraph, name: String, title: String,
    placement: DiagramPlacement? = nil
  ) -> String {
    let body = statements(content, of: graph, placement: placement)
    var lines = ["digraph \(DOTText.quoted(name)) {"]
    lines.append(contentsOf: header(title: title, content: content, nodeCount: body.nodeCount))
    lines.append(contentsOf: body.lines)
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `graph`, `node` and `edge` default statements of a diagram.
  func header(title: String, content: DiagramContent, nodeCount: Int) -> [String] {
    [
      "  graph" + graphAttributes(title: title, content: content, nodeCount: nodeCount).written + ";",
      "  node" + DiagramStyle.personDefaults.written + ";",
      "  edge" + (["arrowsize": "0.8"] as DOTAttributes).written + ";",
    ]
  }

  /// The node and edge statements of `content`; with a `placement`, pinned and shifted by `offset`,
  /// every node name prefixed with `prefix` (so several diagrams can share one graph).
  func statements(
    _ content: DiagramContent, of graph: PatronageGraph, placement: DiagramPlacement?,
    prefix: String = "", offset: Point = Point(x: 0, y: 0)
  ) -> (lines: [String], nodeCount: Int) {
    let present = Set(content.nodes)
    let current = Set(content.edges)
    let gone = decorations.edgeStatus.filter { $0.value == .gone && !current.contains($0.key) }.keys
    let edges = current.union(gone).sorted()
    var nodes = present.union(edges.flatMap { [$0.from, $0.to] })
    nodes.formUnion(decorations.nodeStatus.filter { $0.value == .gone }.keys)
    if let placement { nodes.formUnion(placement.positions.keys) }
    func shifted(_ point: Point) -> String { Self.pinned(Point(x: point.x + offset.x, y: point.y + offset.y)) }
    var lines: [String] = []
    for node in nodes.sorted() {
      var attributes = attributes(of: node, in: graph)
      if !present.contains(node) { DiagramStyle.fade(&attributes) }
      if let status = decorations.nodeStatus[node] {
        let highlighted = if case .person(let id) = node { decorations.highlighted.contains(id) } else { false }
        DiagramStyle.apply(status, toNode: &attributes, highlighted: highlighted)
      }
      if let link = decorations.nodeLinks[node] { attributes.merge(link.attributes) }
      if let point = placement?.positions[node] { attributes["pos"] = shifted(point) }
      lines.append("  " + DOTText.quoted(prefix + node.dotName) + attributes.written + ";")
    }
    if let placement {
      for (corner, point) in [("frame:lower", placement.lower), ("frame:upper", placement.upper)] {
        let attributes: DOTAttributes = [
          "pos": shifted(point), "shape": "point", "style": "invis", "width": "0", "height": "0",
        ]
        lines.append("  " + DOTText.quoted(prefix + corner) + attributes.written + ";")
      }
    }
    for edge in edges {
      lines.append(
        "  \(DOTText.quoted(prefix + edge.from.dotName)) -> \(DOTText.quoted(prefix + edge.to.dotName))"
          + attributes(of: edge, in: graph).written + ";")
    }
    return (lines, nodes.count)
  }

  private func graphAttributes(title: String, content: DiagramContent, nodeCount: Int) -> DOTAttributes {
    let persons = content.nodes.count { if case .person = $0 { true } else { false } }
    let subtitle =
      "\(persons) \(persons == 1 ? "person" : "persons"), \(content.edges.count) "
      + (content.edges.count == 1 ? "tie" : "ties")
    var attributes: DOTAttributes = [
      "bgcolor": "white", "fontname": DiagramStyle.font, "labelloc": "t", "labeljust": "c",
      "pad": "0.3", "nodesep": "0.35", "ranksep": "0.7", "overlap": "false", "sep": "+12",
      "splines": (routesEdges ?? (nodeCount <= Self.routingLimit)) ? "true" : "false",
      "outputorder": "edgesfirst",
    ]
    attributes.setHTML("label", DiagramLegend.markup(title: title, subtitle: subtitle, decorations: decorations))
    return attributes
  }

  private func attributes(of node: DiagramNode, in graph: PatronageGraph) -> DOTAttributes {
    switch node {
    case .person(let id):
      return personAttributes(id, name: graph.person(id)?.name ?? id.rawValue)
    case .office(let id):
      let office = graph.office(id)
      var attributes = DiagramStyle.attributes(of: office?.kind)
      let name = office?.name ?? id.rawValue
      attributes.setHTML("label", DOTText.html(name))
      attributes["tooltip"] = DOTText.tooltip(name)
      return attributes
    }
  }

  private func personAttributes(_ id: PersonID, name: String) -> DOTAttributes {
    let highlighted = decorations.highlighted.contains(id)
    // Only what differs from DiagramStyle.personDefaults, so large diagrams stay small.
    var attributes: DOTAttributes = ["tooltip": DOTText.tooltip(name)]
    if let fill = decorations.personFill[id] { attributes["fillcolor"] = fill }
    let scale = decorations.scale(of: id)
    // Half-point steps: Graphviz matches a font (fontconfig, through pango) for each distinct size. A 3,900-person
    // year had 651 sizes and took 3.2 s to draw (`neato -n2 -Tsvg`); with 20 it took 0.8 s.
    if scale != 1 { attributes["fontsize"] = DOTText.number((DiagramStyle.baseFontSize * scale * 2).rounded() / 2) }
    if highlighted {
      attributes["color"] = DiagramStyle.highlightLine
      attributes["penwidth"] = "3"
    }
    var label = highlighted ? "<b>" + DOTText.html(name) + "</b>" : DOTText.html(name)
    if let caption = decorations.personCaption[id] {
      label += ##"<br/><font point-size="9" color="#555555">\##(DOTText.html(caption))</font>"##
    }
    attributes.setHTML("label", label)
    return attributes
  }

  private func attributes(of edge: DiagramEdge, in graph: PatronageGraph) -> DOTAttributes {
    var attributes = DiagramStyle.attributes(of: edge.tie)
    if let status = decorations.edgeStatus[edge] { DiagramStyle.apply(status, to: &attributes) }
    attributes["tooltip"] = DOTText.tooltip(
      "\(label(of: edge.from, in: graph)) \(DiagramStyle.verb(of: edge.tie)) \(label(of: edge.to, in: graph))")
    if let link = decorations.edgeLinks[edge] { attributes.merge(link.attributes) }
    return attributes
  }

  private func label(of node: DiagramNode, in graph: PatronageGraph) -> String {
    switch node {
    case .person(let id): graph.person(id)?.name ?? id.rawValue
    case .office(let id): graph.office(id)?.name ?? id.rawValue
    }
  }

  static func pinned(_ point: Point) -> String {
    DOTText.number(point.x) + "," + DOTText.number(point.y) + "!"
  }
}

/// Fixed positions for a diagram's nodes (in points), and the frame to keep.
public struct DiagramPlacement: Hashable, Sendable {
  /// Where each node goes; nodes placed here but absent from the content are drawn faded.
  public var positions: [DiagramNode: Point]
  /// The frame's lower-left and upper-right corners.
  public var lower: Point
  public var upper: Point

  public init(positions: [DiagramNode: Point], lower: Point, upper: Point) {
    self.positions = positions
    self.lower = lower
    self.upper = upper
  }
}
