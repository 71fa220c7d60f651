extension AppointmentReport {
  /// How the table and CSV outputs group their rows.
  public enum Grouping: String, Sendable, CaseIterable { case patron, office, channel }

  /// The rows of one period for a grouping: a header and the cells.
  static func rows(_ period: AppointmentYear, by grouping: Grouping) -> (header: [String], rows: [[String]]) {
    switch grouping {
    case .patron:
      return (
        ["patron", "clientsInOffice", "appointments", "direct", "viaChannels", "share", "offices"],
        period.patrons.map {
          [
            $0.id.rawValue, String($0.clientsInOffice), String($0.appointments), String($0.direct),
            String($0.viaChannels), TextTable.fixed($0.share), $0.offices.map(\.rawValue).joined(separator: " "),
          ]
        }
      )
    case .channel:
      return (
        ["channel", "controller", "appointments"],
        period.channels.map { [$0.office.rawValue, $0.controller?.rawValue ?? "–", String($0.appointments)] }
      )
    case .office:
      return (
        ["office", "appointments", "appointees", "appointers"],
        period.offices.map {
          [
            $0.office.rawValue, String($0.appointments), $0.appointees.map(\.rawValue).joined(separator: " "),
            $0.appointers.joined(separator: " "),
          ]
        }
      )
    }
  }

  /// CSV, one row per year and patron, channel or office (the span's rows have an empty year).
  public func csv(by grouping: Grouping) -> String {
    var lines: [String] = []
    for period in years + [span] {
      let table = Self.rows(period, by: grouping)
      if lines.isEmpty { lines.append((["year"] + table.header).joined(separator: ",")) }
      for row in table.rows {
        lines.append(([period.year.map(String.init) ?? ""] + row.map(TextTable.csvField)).joined(separator: ","))
      }
    }
    if lines.isEmpty { lines.append((["year"] + Self.rows(span, by: grouping).header).joined(separator: ",")) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Tables per year and for the span, then the patron → client trees and the loops.
  public func table(by grouping: Grouping) -> String {
    var text = ""
    for period in years + [span] {
      let title = period.year.map(String.init) ?? "\(from)–\(to) (whole span)"
      text += "\(title): \(period.total) appointments, \(period.attributed) attributed\n"
      let table = Self.rows(period, by: grouping)
      text += table.rows.isEmpty ? "  (none)\n\n" : TextTable.render(header: table.header, rows: table.rows) + "\n"
    }
    text += "Patron → client trees:\n" + (trees.isEmpty ? "  none\n" : "")
    func lines(_ nodes: [ClientNode], depth: Int) -> String {
      nodes.map { node in
        let details = [node.office?.rawValue, node.year.map(String.init), node.via.map { "via \($0)" }]
          .compactMap(\.self).joined(separator: ", ")
        return String(repeating: "  ", count: depth) + "\(node.id) (\(details))\n"
          + lines(node.clients, depth: depth + 1)
      }.joined()
    }
    for tree in trees { text += "  \(tree.patron)\n" + lines(tree.clients, depth: 2) }
    text += "\nCircular flows of power:\n" + (loops.isEmpty ? "  none\n" : "")
    for loop in loops {
      text +=
        "  " + (loop.nodes + [loop.nodes.first ?? ""]).joined(separator: " → ")
        + " [" + loop.years.map(String.init).joined(separator: ", ") + "]\n"
    }
    return text
  }
}
