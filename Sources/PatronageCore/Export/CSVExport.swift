/// Writes an ``ExportGraph`` as two CSV tables, `nodes.csv` and `edges.csv`.
///
/// RFC 4180: records end with CRLF; a field is quoted when it holds a comma, a double
/// quote, CR or LF, with `"` doubled; absent values are empty fields. Values are written
/// as they are (a name beginning with `=` stays so: spreadsheet users should import, not
/// open, files from untrusted sources). The headers follow `neo4j-admin database import`
/// (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as
/// `confidence:double`), which Palladio, Kumu and spreadsheets read as plain column names:
///
///     nodes.csv  id:ID, :LABEL (Person|Office), kind, name, aliases, office_kind,
///                first_year:int, last_year:int
///     edges.csv  id, :START_ID, :END_ID, :TYPE (the kind), directed:boolean, agent, office,
///                from, to, first_year:int, last_year:int, confidence:double,
///                evidence_count:int, evidence, document
public enum CSVExport {
  /// The two tables, each with a header line.
  /// - Complexity: O(n + e) for n nodes and e edges (times the attribute count).
  public static func tables(_ graph: ExportGraph) -> (nodes: String, edges: String) {
    let nodeHeader = ["id:ID", ":LABEL"] + ExportNode.attributes.map(header)
    let nodeRows = graph.nodes.map { node in
      [node.id, node.kind == .person ? "Person" : "Office"] + ExportNode.attributes.map { cell($0, node) }
    }
    let edgeAttributes = ExportEdge.attributes.filter { $0.name != "kind" }
    let edgeHeader = ["id", ":START_ID", ":END_ID", ":TYPE"] + edgeAttributes.map(header)
    let edgeRows = graph.edges.map { edge in
      [edge.id, edge.source, edge.target, edge.relation.kind.rawValue] + edgeAttributes.map { cell($0, edge) }
    }
    return (table([nodeHeader] + nodeRows), table([edgeHeader] + edgeRows))
  }

  /// One field, quoted when RFC 4180 requires it.
  public static func field(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  private static func table(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  private static func header<Row>(_ attribute: ExportAttribute<Row>) -> String {
    attribute.name + attribute.type.neo4jSuffix
  }

  private static func cell<Row>(_ attribute: ExportAttribute<Row>, _ row: Row) -> String {
    attribute.present(in: row)?.text ?? ""
  }
}

extension String {
  /// The string with every `target` scalar replaced by `replacement` (by scalar, so that a
  /// quote followed by a combining mark is still found).
  fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
    }
    return String(result)
  }
}
