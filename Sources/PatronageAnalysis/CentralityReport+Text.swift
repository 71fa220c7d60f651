import Foundation

extension CentralityReport {
  /// Several years' reports as `{"years": [...]}`.
  public static func jsonData(years: [CentralityReport]) -> Data {
    struct Body: Encodable { var years: [CentralityReport] }
    return AnalysisJSON.encode(Body(years: years))
  }

  /// The reports as CSV, one row per person and year, in year then id order.
  public static func csv(_ reports: [CentralityReport]) -> String {
    var lines = ["year,network,person,degree,weightedDegree,betweenness,closeness,pagerank,eigenvector,pn"]
    for report in reports {
      for person in report.persons {
        let figures = [
          person.degree, person.weightedDegree, person.betweenness, person.closeness, person.pagerank,
          person.eigenvector,
        ].map { "\($0)" }
        lines.append(
          ([report.year.map(String.init) ?? "", report.network, TextTable.csvField(person.id.rawValue)] + figures
            + [person.pn.map { "\($0)" } ?? ""]).joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The reports as aligned tables for people, persons ranked by PageRank (ties by id).
  public static func table(_ reports: [CentralityReport], top: Int? = nil) -> String {
    var text = ""
    for report in reports {
      let ranked = report.persons.sorted { ($1.pagerank, $0.id) < ($0.pagerank, $1.id) }
      let shown = top.map { Array(ranked.prefix($0)) } ?? ranked
      text += "\(report.year.map(String.init) ?? "all years") — \(report.network) network: "
        + "\(report.persons.count) persons, \(report.edges.count) ties\n"
      guard !shown.isEmpty else {
        text += "  (no persons)\n\n"
        continue
      }
      let rows = shown.map { person in
        [person.id.rawValue] + [person.degree, person.weightedDegree, person.betweenness, person.closeness,
          person.pagerank, person.eigenvector].map { TextTable.fixed($0) }
          + [person.pn.map { TextTable.fixed($0) } ?? "–"]
      }
      text += TextTable.render(
        header: ["person", "degree", "weighted", "betweenness", "closeness", "pagerank", "eigenvector", "pn"],
        rows: rows)
      text += "\n"
    }
    return text
  }
}

/// Plain-text tables and CSV fields for the reports.
enum TextTable {
  /// A number with four decimals.
  static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

  /// A CSV field, quoted when it holds a comma, quote or line break.
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Columns padded to their widest cell (the first left-aligned, the rest right-aligned), indented two spaces.
  static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      "  " + row.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - row[column].count)
        return column == 0 ? row[column] + padding : padding + row[column]
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
