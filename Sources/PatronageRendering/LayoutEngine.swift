/// The Graphviz layout engines a diagram can be drawn with.
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  /// Layered (hierarchical); best for small appointment trees, slow on large dense graphs.
  case dot
  /// Spring model (stress majorization); good for networks up to a few hundred nodes.
  case neato
  /// Force-directed (Fruchterman–Reingold).
  case fdp
  /// Multiscale force-directed; for large graphs.
  case sfdp
  /// Circular.
  case circo

  /// Parses an engine name.
  ///
  /// - Throws: ``RenderError/unknownEngine(_:)`` naming the valid engines.
  public init(validating name: String) throws(RenderError) {
    guard let engine = LayoutEngine(rawValue: name) else { throw .unknownEngine(name) }
    self = engine
  }

  public var description: String { rawValue }

  /// The engine `render` uses when none is given: `dot` for small sparse graphs
  /// (hierarchies read best), `neato` for medium ones, `sfdp` for large or dense ones.
  ///
  /// `dot` did not finish in 120 s on 200 nodes and 1,000 edges here, so it is only
  /// chosen well below that size.
  /// - Complexity: O(1).
  public static func automatic(nodes: Int, edges: Int) -> LayoutEngine {
    if nodes <= 60 && edges <= 2 * max(nodes, 1) { return .dot }
    if nodes <= 400 && edges <= 1_500 { return .neato }
    return .sfdp
  }
}

/// The output formats Graphviz renders to.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case svg, png, pdf
  /// DOT text (from Graphviz: laid out, with positions; from ``Diagrams``: the source).
  case dot
  /// DOT with drawing instructions.
  case xdot
  /// Graphviz's simple line-based text format (positions in inches).
  case plain

  /// Parses a format name.
  ///
  /// - Throws: ``RenderError/unknownFormat(_:)`` naming the valid formats.
  public init(validating name: String) throws(RenderError) {
    guard let format = OutputFormat(rawValue: name) else { throw .unknownFormat(name) }
    self = format
  }

  public var description: String { rawValue }

  /// The usual file name extension.
  public var fileExtension: String { rawValue == "plain" ? "txt" : rawValue }
}
