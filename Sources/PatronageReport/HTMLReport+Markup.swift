import PatronageCore

/// A table cell: markup (already escaped) and an optional value to sort by.
struct Cell {
  var html: String
  var sortValue: String?

  /// Text, escaped.
  init(text: String) { html = HTML.escape(text) }

  /// Markup built from escaped parts.
  init(html: String, sortValue: String? = nil) {
    self.html = html
    self.sortValue = sortValue
  }

  /// A number, sorted numerically.
  init(number: Double?) {
    html = number.map { HTML.number($0) } ?? "–"
    sortValue = number.map { HTML.number($0, digits: 9) } ?? "-1e308"
  }
}

extension HTMLReport {
  /// A whole page: `root` leads from the page back to the report folder ("" or "../").
  static func page(title: String, root: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTML.escape(title))</title>
    <link rel="stylesheet" href="\(root)\(ReportPaths.style)">
    </head>
    <body>
    \(body)
    <script src="\(root)\(ReportPaths.script)"></script>
    </body>
    </html>

    """
  }

  /// A table; with `sortable`, clicking a header sorts the rows (see report.js).
  static func table(_ headers: [String], _ rows: [[Cell]], caption: String? = nil, sortable: Bool = false) -> String {
    guard !rows.isEmpty else { return "" }
    var html = sortable ? #"<table class="sortable">"# : "<table>"
    if let caption { html += "<caption>" + HTML.escape(caption) + "</caption>" }
    html += "<thead><tr>" + headers.map { "<th scope=\"col\">" + HTML.escape($0) + "</th>" }.joined() + "</tr></thead>"
    html += "<tbody>"
    for row in rows {
      html += "<tr>"
      for cell in row {
        html += cell.sortValue.map { "<td data-value=\"\(HTML.escape($0))\">" } ?? "<td>"
        html += cell.html + "</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody></table>\n"
  }

  /// A link with escaped text.
  static func link(_ href: String, _ text: String, className: String? = nil) -> String {
    let classAttribute = className.map { " class=\"\(HTML.escape($0))\"" } ?? ""
    return "<a href=\"\(HTML.escape(href))\"\(classAttribute)>\(HTML.escape(text))</a>"
  }

  /// A link to a person's page (optionally to one year on it).
  func personLink(_ id: PersonID, root: String = "", year: Int? = nil) -> String {
    Self.link(root + ReportPaths.person(id) + (year.map { "#y\($0)" } ?? ""), evidence.name(id), className: "person")
  }

  /// A link to an office on the offices page.
  func officeLink(_ id: OfficeID, root: String = "") -> String {
    Self.link(root + ReportPaths.offices + "#" + ReportPaths.office(id), evidence.name(id), className: "office")
  }

  /// A link to an agent's page (person) or entry (institution).
  func agentLink(_ agent: Agent, root: String = "") -> String {
    switch agent {
    case .person(let id): personLink(id, root: root)
    case .institution(let id): officeLink(id, root: root)
    }
  }

  /// Links to the evidence of relations, numbered as on the evidence page.
  func evidenceLinks(_ indices: [Int], root: String = "") -> Cell {
    let links = indices.sorted().map { index in
      "<a class=\"evidence\" href=\"\(root)\(ReportPaths.evidence)#\(EvidenceIndex.anchor(index))\" "
        + "title=\"\(HTML.escape(evidence.describe(index)))\">\(EvidenceIndex.anchor(index))</a>"
    }
    return Cell(html: links.isEmpty ? "–" : links.joined(separator: " "), sortValue: "\(indices.count)")
  }
}
