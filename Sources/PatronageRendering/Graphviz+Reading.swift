import CGraphviz

extension ParsedGraph {
  /// Walks a cgraph graph: every node, out-edge and attribute.
  ///
  /// Must run under the Graphviz lock, on a graph that is still open.
  /// - Complexity: O((n + e) · a) for n nodes, e edges and a declared attributes.
  init(reading graph: UnsafeMutablePointer<Agraph_t>) {
    let graphSymbols = Self.symbols(graph, kind: Int32(AGRAPH))
    let nodeSymbols = Self.symbols(graph, kind: Int32(AGNODE))
    let edgeSymbols = Self.symbols(graph, kind: Int32(AGEDGE))
    var nodes: [Node] = []
    var edges: [Edge] = []
    var node = agfstnode(graph)
    while let current = node {
      let name = Self.name(current)
      nodes.append(Node(name: name, attributes: Self.values(current, nodeSymbols)))
      var edge = agfstout(graph, current)
      while let out = edge {
        let head = cgraphviz_head(out).map { Self.name($0) } ?? ""
        edges.append(Edge(tail: name, head: head, attributes: Self.values(out, edgeSymbols)))
        edge = agnxtout(graph, out)
      }
      node = agnxtnode(graph, current)
    }
    self.init(
      name: Self.name(graph), isDirected: agisdirected(graph) != 0,
      attributes: Self.values(graph, graphSymbols), nodes: nodes, edges: edges)
  }

  private static func name(_ object: UnsafeMutableRawPointer) -> String {
    cgraphviz_name(object).map { String(cString: $0) } ?? ""
  }

  private static func name<T>(_ object: UnsafeMutablePointer<T>) -> String { name(UnsafeMutableRawPointer(object)) }

  private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
    var result: [UnsafeMutablePointer<Agsym_t>] = []
    var symbol = agnxtattr(graph, kind, nil)
    while let current = symbol {
      result.append(current)
      symbol = agnxtattr(graph, kind, current)
    }
    return result
  }

  private static func values<T>(
    _ object: UnsafeMutablePointer<T>, _ symbols: [UnsafeMutablePointer<Agsym_t>]
  ) -> [String: String] {
    var result: [String: String] = [:]
    for symbol in symbols {
      guard let value = agxget(object, symbol), value.pointee != 0, let key = symbol.pointee.name else { continue }
      result[String(cString: key)] = String(cString: value)
    }
    return result
  }
}
