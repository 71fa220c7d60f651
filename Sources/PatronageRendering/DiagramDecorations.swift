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
  /// Extra legend entries, such as what each fill colour means.
  public var swatches: [LegendSwatch]

  public init(
    personFill: [PersonID: String] = [:], personScale: [PersonID: Double] = [:],
    highlighted: Set<PersonID> = [], personCaption: [PersonID: String] = [:],
    edgeStatus: [DiagramEdge: EdgeStatus] = [:], swatches: [LegendSwatch] = []
  ) {
    self.personFill = personFill
    self.personScale = personScale
    self.highlighted = highlighted
    self.personCaption = personCaption
    self.edgeStatus = edgeStatus
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
    let before = Set(previous.edges)
    let now = Set(current.edges)
    var result: [DiagramEdge: EdgeStatus] = [:]
    for edge in now { result[edge] = before.contains(edge) ? .persisting : .new }
    for edge in before.subtracting(now) { result[edge] = .gone }
    return result
  }
}

/// How an edge changed since an earlier diagram.
public enum EdgeStatus: String, CaseIterable, Sendable, Hashable {
  /// Not there before: drawn heavier.
  case new
  /// There before and now: drawn as usual.
  case persisting
  /// There before, not now: drawn faded grey.
  case gone
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
