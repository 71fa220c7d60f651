import Foundation

extension CentralityReport {
  /// Several years' reports as `{"years": [...]}`, each encoded on its own so that no encoder tree
  /// of the whole output is ever held (the bytes equal one sorted-keys encoding of the whole).
  public static func jsonData(years: some Sequence<CentralityReport>) -> Data {
    var data = Data(#"{"years":["#.utf8)
    var first = true
    for report in years {
      if !first { data.append(UInt8(ascii: ",")) }
      first = false
      data.append(report.jsonData().dropLast())
    }
    data.append(contentsOf: "]}\n".utf8)
    return data
  }

  /// The reports as CSV, one row per person and year, in year then id order; figures not computed are empty.
  public static func csv(_ reports: [CentralityReport]) -> String {
    var lines = ["year,network,person," + CentralityMeasure.allCases.map(\.rawValue).joined(separator: ",")]
    for report in reports {
      for person in report.persons {
        let figures = person.figures.map { $0.map { "\($0)" } ?? "" }
        lines.append(
          ([report.year.map(String.init) ?? "", report.network, TextTable.csvField(person.id.rawValue)] + figures)
            .joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The reports as aligned tables for people, persons ranked by PageRank (else by the first figure
  /// computed; ties by id).
  public static func table(_ reports: [CentralityReport], top: Int? = nil) -> String {
    var text = ""
    for report in reports {
      let ranked = report.persons.sorted { ($1.rankingValue, $0.id) < ($0.rankingValue, $1.id) }
      let shown = top.map { Array(ranked.prefix($0)) } ?? ranked
      text +=
        "\(report.year.map(String.init) ?? "all years") — \(report.network) network: "
        + "\(report.persons.count) persons, \(report.edges.count) ties\n"
      guard !shown.isEmpty else {
        text += "  (no persons)\n\n"
        continue
      }
      let rows = shown.map { person in [person.id.rawValue] + person.figures.map { $0.map(TextTable.fixed) ?? "–" } }
      text += TextTable.render(header: ["person"] + CentralityMeasure.allCases.map(\.rawValue), rows: rows)
      text += "\n"
    }
    return text
  }
}

extension PersonCentrality {
  /// The figures in ``CentralityMeasure`` order.
  var figures: [Double?] { [degree, weightedDegree, betweenness, closeness, pagerank, eigenvector, pn] }

  /// What tables rank by: PageRank, else the first figure computed.
  var rankingValue: Double { pagerank ?? figures.compactMap(\.self).first ?? 0 }
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
      "  "
        + row.indices.map { column in
          let padding = String(repeating: " ", count: widths[column] - row[column].count)
          return column == 0 ? row[column] + padding : padding + row[column]
        }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
