import PatronageCore

/// The diagrams `patronage render` draws: the whole graph, one year, or every year.
///
/// With ``OutputFormat/dot`` the result is the DOT source this package writes (for one
/// year of a per-year set: with the pinned positions, ready for `neato -n`); every other
/// format is rendered in-process by Graphviz.
public enum Diagrams {
  /// The whole graph, or one year of it, laid out on its own.
  ///
  /// - Parameter engine: by default chosen by the diagram's size and density
  ///   (``LayoutEngine/automatic(nodes:edges:)``), so no default run hangs on a large graph.
  /// - Throws: ``RenderError/undatedGraph`` or ``RenderError/yearOutOfRange(year:available:)``
  ///   for a year the graph does not cover, or a Graphviz error.
  public static func render(
    _ graph: PatronageGraph, year: Int? = nil, format: OutputFormat, engine: LayoutEngine? = nil,
    decorations: DiagramDecorations = .none
  ) throws(RenderError) -> [UInt8] {
    let writer = DOTWriter(decorations: decorations)
    let source: String
    let content: DiagramContent
    if let year {
      guard let range = graph.yearRange else { throw .undatedGraph }
      guard range.contains(year) else { throw .yearOutOfRange(year: year, available: range) }
      let snapshot = graph.snapshot(year: year)
      source = writer.dot(for: snapshot)
      content = DiagramContent(snapshot: snapshot)
    } else {
      source = writer.dot(for: graph)
      content = DiagramContent(graph: graph)
    }
    if format == .dot { return Array(source.utf8) }
    let engine = engine ?? LayoutEngine.automatic(nodes: content.nodes.count, edges: content.edges.count)
    return try Graphviz.render(dot: source, engine: engine, format: format)
  }

  /// One diagram per year of the graph, every node at the same place in all of them
  /// (see ``StableYearLayout``).
  ///
  /// - Parameter decorations: the decorations of each year.
  /// - Throws: ``RenderError/undatedGraph`` when no relation is dated, or a Graphviz error.
  public static func renderPerYear(
    _ graph: PatronageGraph, format: OutputFormat, engine: LayoutEngine? = nil,
    decorations: (Int) -> DiagramDecorations = { _ in .none }
  ) throws(RenderError) -> [(year: Int, bytes: [UInt8])] {
    let layout = try StableYearLayout(graph: graph, engine: engine)
    var result: [(year: Int, bytes: [UInt8])] = []
    for year in layout.years {
      let bytes: [UInt8] =
        format == .dot
        ? Array(layout.dot(year: year, decorations: decorations(year)).utf8)
        : try layout.render(year: year, format: format, decorations: decorations(year))
      result.append((year, bytes))
    }
    return result
  }
}
