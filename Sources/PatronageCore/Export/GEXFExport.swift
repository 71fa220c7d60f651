/// Writes an ``ExportGraph`` as GEXF 1.3 with dynamic spells, for Gephi's timeline.
///
/// The graph is `mode="dynamic"`, `timeformat="integer"`: times are years. Each node has
/// one `<spell>` per run of consecutive years it appears in, each edge one spell for the
/// years its relation is in force (an appointment's tenure). Spells are closed intervals:
/// `start="1922" end="1925"` means present in 1922, 1923, 1924 and 1925. A node or edge
/// with no dated relation has no spell, which Gephi reads as "always present".
///
/// Nodes are labelled with their name and edges with their kind; every attribute of
/// ``ExportNode/attributes`` and ``ExportEdge/attributes`` is declared (static: the default) and typed.
/// As in GraphML, all edges are directed and allied / opposed carry `directed = false`:
/// networkx `read_gexf` rejects `type="undirected"` edges in a directed graph.
public enum GEXFExport {
  /// The GEXF document, UTF-8, with a trailing newline.
  /// - Complexity: O(n + e) for n nodes and e edges (times the attribute count).
  public static func document(_ graph: ExportGraph) -> String {
    var output = XMLLines(lines: [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
      "  <meta>",
      "    <creator>patronage</creator>",
      "    <description>" + XMLText.escaped(graph.name) + "</description>",
      "  </meta>",
      #"  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" timerepresentation="interval">"#,
    ])
    output += declarations(ExportNode.attributes, for: "node")
    output += declarations(ExportEdge.attributes, for: "edge")
    output.append("    <nodes>")
    for node in graph.nodes {
      output.append("      <node" + XMLText.attribute("id", node.id) + XMLText.attribute("label", node.name) + ">")
      output += values(ExportNode.attributes, of: node)
      output += spells(node.spells)
      output.append("      </node>")
    }
    output += ["    </nodes>", "    <edges>"]
    for edge in graph.edges {
      output.append(
        "      <edge" + XMLText.attribute("id", edge.id) + XMLText.attribute("source", edge.source)
          + XMLText.attribute("target", edge.target) + XMLText.attribute("label", edge.relation.kind.rawValue) + ">")
      output += values(ExportEdge.attributes, of: edge)
      output += spells(edge.activeYears.map { [$0] } ?? [])
      output.append("      </edge>")
    }
    output += ["    </edges>", "  </graph>", "</gexf>"]
    return output.text
  }

  private static func declarations<Row>(_ attributes: [ExportAttribute<Row>], for domain: String) -> [String] {
    [#"    <attributes class="\#(domain)">"#]
      + attributes.map { attribute in
        "      <attribute" + XMLText.attribute("id", attribute.name) + XMLText.attribute("title", attribute.name)
          + XMLText.attribute("type", attribute.type.gexf) + "/>"
      } + ["    </attributes>"]
  }

  private static func values<Row>(_ attributes: [ExportAttribute<Row>], of row: Row) -> [String] {
    let written = attributes.compactMap { attribute in
      attribute.present(in: row).map {
        "          <attvalue" + XMLText.attribute("for", attribute.name) + XMLText.attribute("value", $0.text) + "/>"
      }
    }
    return written.isEmpty ? [] : ["        <attvalues>"] + written + ["        </attvalues>"]
  }

  private static func spells(_ spells: [ClosedRange<Int>]) -> [String] {
    guard !spells.isEmpty else { return [] }
    return ["        <spells>"]
      + spells.map { #"          <spell start="\#($0.lowerBound)" end="\#($0.upperBound)"/>"# }
      + ["        </spells>"]
  }
}
