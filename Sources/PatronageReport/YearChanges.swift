import PatronageCore
import PatronageRendering

/// What changed in one year's diagram since the year before: persons and ties that are new,
/// persisting or gone.
///
/// Compares the year's snapshot with the calendar year before it (empty when nothing was in force
/// then, so after a gap everything is new). The first year of the report has nothing to compare
/// with and marks nothing.
public struct YearChanges: Sendable, Equatable {
  public let year: Int
  /// How each node (person or office) changed.
  public let nodes: [DiagramNode: EdgeStatus]
  /// How each tie changed.
  public let edges: [DiagramEdge: EdgeStatus]

  /// Compares `year` with `year - 1` in `graph`.
  /// - Complexity: O(r + n + e) for r relations and the n nodes and e edges of both years.
  public init(graph: PatronageGraph, year: Int) {
    let previous = DiagramContent(snapshot: graph.snapshot(year: year - 1))
    let current = DiagramContent(snapshot: graph.snapshot(year: year))
    self.year = year
    nodes = DiagramDecorations.nodeChanges(from: previous, to: current)
    edges = DiagramDecorations.edgeChanges(from: previous, to: current)
  }

  /// Persons with the given status, sorted by id.
  public func persons(_ status: EdgeStatus) -> [PersonID] {
    nodes.compactMap { node, value in
      if case .person(let id) = node, value == status { id } else { nil }
    }.sorted()
  }

  /// Ties with the given status, sorted.
  public func ties(_ status: EdgeStatus) -> [DiagramEdge] {
    edges.filter { $0.value == status }.map(\.key).sorted()
  }
}
