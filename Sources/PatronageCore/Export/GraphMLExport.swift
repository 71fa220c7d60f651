/// Writes an ``ExportGraph`` as GraphML, for networkx `read_graphml`, yEd and Cytoscape.
///
/// Every attribute is declared with a `<key>` and its `attr.type` (string, int, double,
/// boolean); a node or edge without a value for it has no `<data>` element. The graph is
/// `edgedefault="directed"` and every edge directed: GraphML allows a per-edge
/// `directed="false"`, but networkx refuses mixed graphs, so allied and opposed carry the
/// boolean attribute `directed = false` instead (written once, between the two persons in
/// id order). Parallel edges (say, allied and opposed between the same two persons) make
/// networkx return a `MultiDiGraph`, keyed by edge id.
public enum GraphMLExport {
  /// The GraphML document, UTF-8, with a trailing newline.
  /// - Complexity: O(n + e) for n nodes and e edges (times the attribute count).
  public static func document(_ graph: ExportGraph) -> String {
    var output = XMLLines(lines: [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
        + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
        + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
    ])
    output += keys(ExportNode.attributes, for: "node", prefix: "n_")
    output += keys(ExportEdge.attributes, for: "edge", prefix: "e_")
    output.append("  <graph" + XMLText.attribute("id", graph.name) + #" edgedefault="directed">"#)
    for node in graph.nodes {
      output.append("    <node" + XMLText.attribute("id", node.id) + ">")
      output += data(ExportNode.attributes, of: node, prefix: "n_")
      output.append("    </node>")
    }
    for edge in graph.edges {
      output.append(
        "    <edge" + XMLText.attribute("id", edge.id) + XMLText.attribute("source", edge.source)
          + XMLText.attribute("target", edge.target) + ">")
      output += data(ExportEdge.attributes, of: edge, prefix: "e_")
      output.append("    </edge>")
    }
    output += ["  </graph>", "</graphml>"]
    return output.text
  }

  private static func keys<Row>(_ attributes: [ExportAttribute<Row>], for domain: String, prefix: String) -> [String] {
    attributes.map { attribute in
      "  <key" + XMLText.attribute("id", prefix + attribute.name) + XMLText.attribute("for", domain)
        + XMLText.attribute("attr.name", attribute.name) + XMLText.attribute("attr.type", attribute.type.graphML) + "/>"
    }
  }

  private static func data<Row>(_ attributes: [ExportAttribute<Row>], of row: Row, prefix: String) -> [String] {
    attributes.compactMap { attribute in
      guard let value = attribute.present(in: row) else { return nil }
      return "      <data" + XMLText.attribute("key", prefix + attribute.name) + ">" + XMLText.escaped(value.text)
        + "</data>"
    }
  }
}
