/// A graph as libcgraph read it: names and attribute values exactly as cgraph holds them.
///
/// Used to check what the DOT writer produced and to read positions back after a layout.
/// Attributes that are unset (empty) are left out; HTML-like values are given without
/// their enclosing `<` `>`, as cgraph stores them.
public struct ParsedGraph: Hashable, Sendable {
  /// A node and its attributes.
  public struct Node: Hashable, Sendable {
    public var name: String
    public var attributes: [String: String]
  }

  /// An edge, by the names of its ends, and its attributes.
  public struct Edge: Hashable, Sendable {
    public var tail: String
    public var head: String
    public var attributes: [String: String]
  }

  /// The graph's name (`patronage_1925` for `digraph "patronage_1925"`).
  public var name: String
  /// Whether edges have a direction (`digraph`).
  public var isDirected: Bool
  /// Graph attributes (after a layout: `bb` among them).
  public var attributes: [String: String]
  /// Nodes in cgraph's order (creation order).
  public var nodes: [Node]
  /// Edges, grouped by tail in node order.
  public var edges: [Edge]

  /// The node with this name.
  public func node(_ name: String) -> Node? { nodes.first { $0.name == name } }

  /// A laid-out node's centre in points, from its `pos` attribute (`"x,y"`, maybe with `!`).
  public func position(of name: String) -> Point? {
    node(name).flatMap { Point(parsing: $0.attributes["pos"] ?? "") }
  }

  /// The bounding box after a layout, from the graph's `bb` attribute.
  public var boundingBox: (lower: Point, upper: Point)? {
    let numbers = (attributes["bb"] ?? "").split(separator: ",").compactMap { Double($0) }
    guard numbers.count == 4 else { return nil }
    return (Point(x: numbers[0], y: numbers[1]), Point(x: numbers[2], y: numbers[3]))
  }
}

/// A point in Graphviz coordinates (points, 1/72 inch; y grows upwards).
public struct Point: Hashable, Sendable, CustomStringConvertible {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Reads `"x,y"` or `"x,y!"`.
  public init?(parsing text: String) {
    let parts = text.split(separator: ",")
    guard parts.count == 2, let x = Double(parts[0]),
      let y = Double(parts[1].hasSuffix("!") ? parts[1].dropLast() : parts[1])
    else { return nil }
    self.init(x: x, y: y)
  }

  public var description: String { "\(x),\(y)" }
}
