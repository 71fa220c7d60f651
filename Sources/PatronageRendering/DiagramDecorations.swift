import PatronageCore

/// How a diagram marks what analysis found: sizes, colours, highlighted persons and
/// changed ties. Everything is optional; ``none`` draws the plain diagram.
///
/// ```swift
/// var decorations = DiagramDecorations()
/// decorations.personFill["stalin"] = "#F4A582"          // faction colour
/// decorations.personScale["stalin"] = 1.8                // e.g. by betweenness
/// decorations.highlighted = ["stalin"]                   // a top patron
/// decorations.swatches = [LegendSwatch(color: "#F4A582", label: "Centre")]
/// ```
public struct DiagramDecorations: Hashable, Sendable {
  /// Fill colours of person nodes (any Graphviz colour: `#RRGGBB`, `#RRGGBBAA`, or a name).
  public var personFill: [PersonID: String]
  /// Size factors of person nodes (1 = normal; clamped to 0.5...4). Scales the name's font.
  public var personScale: [PersonID: Double]
  /// Persons drawn with a heavy dark-red border and a bold name (e.g. top patrons).
  public var highlighted: Set<PersonID>
  /// A small second line under a person's name (e.g. `"PageRank 0.21"`).
  public var personCaption: [PersonID: String]
  /// How each edge changed since an earlier diagram. Edges marked ``EdgeStatus/gone``
  /// are drawn (faded) even though the diagram's content no longer has them.
  public var edgeStatus: [DiagramEdge: EdgeStatus]
  /// How each node changed since an earlier diagram: new nodes get a blue double outline,
  /// gone ones a dark dashed outline (and are drawn, faded, even when absent from the content).
  public var nodeStatus: [DiagramNode: EdgeStatus]
  /// Element ids, links and tooltips of nodes (in SVG: `id` on the node's group, an `<a>` around it).
  public var nodeLinks: [DiagramNode: DiagramLink]
  /// Element ids, links and tooltips of edges; a tooltip replaces the default "A verb B".
  public var edgeLinks: [DiagramEdge: DiagramLink]
  /// Extra legend entries, such as what each fill colour means.
  public var swatches: [LegendSwatch]

  public init(
    personFill: [PersonID: String] = [:], personScale: [PersonID: Double] = [:],
    highlighted: Set<PersonID> = [], personCaption: [PersonID: String] = [:],
    edgeStatus: [DiagramEdge: EdgeStatus] = [:], nodeStatus: [DiagramNode: EdgeStatus] = [:],
    nodeLinks: [DiagramNode: DiagramLink] = [:], edgeLinks: [DiagramEdge: DiagramLink] = [:],
    swatches: [LegendSwatch] = []
  ) {
    self.personFill = personFill
    self.personScale = personScale
    self.highlighted = highlighted
    self.personCaption = personCaption
    self.edgeStatus = edgeStatus
    self.nodeStatus = nodeStatus
    self.nodeLinks = nodeLinks
    self.edgeLinks = edgeLinks
    self.swatches = swatches
  }

  /// No decoration.
  public static let none = DiagramDecorations()

  /// The size factor of a person, clamped to 0.5...4.
  func scale(of person: PersonID) -> Double {
    min(max(personScale[person] ?? 1, 0.5), 4)
  }

  /// Marks every edge of `current` as new or persisting relative to `previous`, and every
  /// edge only in `previous` as gone.
  /// - Complexity: O(e) for e edges in both.
  public static func edgeChanges(
    from previous: DiagramContent, to current: DiagramContent
  ) -> [DiagramEdge: EdgeStatus] {
    changes(from: previous.edges, to: current.edges)
  }

  /// Marks every node of `current` as new or persisting relative to `previous`, and every
  /// node only in `previous` as gone.
  /// - Complexity: O(n) for n nodes in both.
  public static func nodeChanges(
    from previous: DiagramContent, to current: DiagramContent
  ) -> [DiagramNode: EdgeStatus] {
    changes(from: previous.nodes, to: current.nodes)
  }

  private static func changes<Item: Hashable>(from previous: [Item], to current: [Item]) -> [Item: EdgeStatus] {
    let before = Set(previous)
    let now = Set(current)
    var result: [Item: EdgeStatus] = [:]
    for item in now { result[item] = before.contains(item) ? .persisting : .new }
    for item in before.subtracting(now) { result[item] = .gone }
    return result
  }
}

/// How an edge or node changed since an earlier diagram.
public enum EdgeStatus: String, CaseIterable, Sendable, Hashable {
  /// Not there before: drawn heavier (edges) or with a blue double outline (nodes).
  case new
  /// There before and now: drawn as usual.
  case persisting
  /// There before, not now: drawn faded grey (nodes: with a dark dashed outline).
  case gone
}

/// An element id, a link target and a tooltip for one node or edge of a diagram.
///
/// Graphviz writes `id` on the element's SVG group and wraps it in `<a xlink:href=… xlink:title=…>`.
public struct DiagramLink: Hashable, Sendable {
  /// The element id (unique within the page the diagram goes into).
  public var id: String?
  /// Where a click leads (a relative URL, e.g. `evidence.html#r12`).
  public var href: String?
  /// Hover text (plain text; escaped by the writer).
  public var tooltip: String?

  public init(id: String? = nil, href: String? = nil, tooltip: String? = nil) {
    self.id = id
    self.href = href
    self.tooltip = tooltip
  }

  /// The DOT attributes: `id`, `href` and `tooltip` where set.
  var attributes: DOTAttributes {
    var result: DOTAttributes = [:]
    result["id"] = id
    result["href"] = href
    result["tooltip"] = tooltip.map(DOTText.tooltip)
    return result
  }
}

/// A legend entry: a coloured disc and what it means.
public struct LegendSwatch: Hashable, Sendable {
  public var color: String
  public var label: String

  public init(color: String, label: String) {
    self.color = color
    self.label = label
  }
}
