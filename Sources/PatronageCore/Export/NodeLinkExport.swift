/// Writes an ``ExportGraph`` as node-link JSON, for networkx `node_link_graph` and D3.
///
/// The object has the keys networkx 3.6 reads by default: `directed` (true), `multigraph`
/// (true: two persons can be both allied and opposed), `graph` (`{"name": …}`), `nodes`
/// (each with `id` and the node attributes) and `edges` (each with `source`, `target`, `key`
/// and `id`, both the edge id, then the edge attributes). networkx before 3.4 and D3 examples
/// call the edge list `links`: pass `edges="edges"` to older networkx, and give D3
/// `data.edges` (`d3.forceLink(data.edges).id(d => d.id)`). Absent values are left out.
/// Doubles always have a fraction (`1.0`), so readers keep their type; one object per line,
/// keys in a fixed order, so the bytes are deterministic and diff well.
public enum NodeLinkExport {
  /// The JSON document, UTF-8, with a trailing newline.
  /// - Complexity: O(n + e) for n nodes and e edges (times the attribute count).
  public static func document(_ graph: ExportGraph) -> String {
    let nodes = graph.nodes.map { node in
      object([("id", .string(node.id))] + fields(ExportNode.attributes, of: node))
    }
    let edges = graph.edges.map { edge in
      let ends: [(String, ExportValue)] = [
        ("source", .string(edge.source)), ("target", .string(edge.target)), ("key", .string(edge.id)),
        ("id", .string(edge.id)),
      ]
      return object(ends + fields(ExportEdge.attributes, of: edge))
    }
    return """
      {
        "directed": true,
        "multigraph": true,
        "graph": \(object([("name", .string(graph.name))])),
        "nodes": \(list(nodes)),
        "edges": \(list(edges))
      }

      """
  }

  /// `text` as a JSON string (see ``JSONText/quoted(_:)``).
  public static func quoted(_ text: String) -> String { JSONText.quoted(text) }

  private static func fields<Row>(_ attributes: [ExportAttribute<Row>], of row: Row) -> [(String, ExportValue)] {
    attributes.compactMap { attribute in attribute.present(in: row).map { (attribute.name, $0) } }
  }

  private static func object(_ fields: [(String, ExportValue)]) -> String {
    "{" + fields.map { quoted($0.0) + ": " + literal($0.1) }.joined(separator: ", ") + "}"
  }

  private static func list(_ items: [String]) -> String {
    items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
  }

  private static func literal(_ value: ExportValue) -> String {
    switch value {
    case .string(let text): quoted(text)
    case .int, .bool: value.text
    case .double(let number): number.isFinite ? number.description : "null"
    }
  }
}
