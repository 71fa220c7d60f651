import PatronageAnalysis
import PatronageCore

extension HTMLReport {
  /// `people/<id>.html`: a person's offices, and per year their faction, centrality, change and ties.
  func personPage(_ person: Person) -> String {
    let root = "../"
    let offices = graph.tenures.filter { $0.person == person.id }.map { tenure -> [Cell] in
      [
        Cell(html: tenure.office.map { officeLink($0, root: root) } ?? "a post not named"),
        Cell(number: Double(tenure.from)),
        Cell(html: tenure.to.map { "\($0)" } ?? "–"),
        Cell(html: tenure.patron.map { agentLink($0, root: root) } ?? "–"),
        evidenceLinks([tenure.relationIndex], root: root),
      ]
    }
    var body = """
      <header><h1>\(HTML.escape(person.name))</h1>
      <nav>\(Self.link(root + ReportPaths.index, "Back to the report"))</nav>

      """
    if !person.aliases.isEmpty {
      body += "<p class=\"aliases\">Also: \(HTML.escape(person.aliases.joined(separator: ", ")))</p>\n"
    }
    body += "</header>\n<h2>Offices</h2>\n"
    body +=
      offices.isEmpty
      ? "<p>No appointment recorded.</p>\n"
      : Self.table(
        ["Office", "From", "To", "Appointed by", "Evidence"], offices)
    body += "<h2>Year by year</h2>\n"
    var rows = ""
    for year in analysis.years {
      let indices = ties(of: person.id, in: year)
      let status = changes[year]?.nodes[.person(person.id)]
      guard !indices.isEmpty || status == .gone else { continue }
      let faction = analysis.factions(year: year)?.factions.first { $0.members.contains(person.id) }
      let pagerank = analysis.centrality(year: year)?.persons.first { $0.id == person.id }?.pagerank
      rows += """
        <tr id="y\(year)"><th scope="row">\(Self.link(root + ReportPaths.index + "?year=\(year)", "\(year)"))</th>\
        <td>\(faction.map { HTML.escape("\($0.id): \($0.name)") } ?? "–")</td>\
        <td>\(pagerank.map { HTML.number($0) } ?? "–")</td><td>\(status?.rawValue ?? "")</td><td><ul class="ties">
        """
      for index in indices {
        rows +=
          "<li>" + Self.link(root + ReportPaths.evidence + "#" + EvidenceIndex.anchor(index), evidence.describe(index))
        rows += "</li>"
      }
      rows += "</ul></td></tr>\n"
    }
    body +=
      rows.isEmpty
      ? "<p>In no dated relation.</p>\n"
      : """
      <table class="years"><thead><tr><th scope="col">Year</th><th scope="col">Faction</th>\
      <th scope="col">PageRank</th><th scope="col">Change</th><th scope="col">Ties (with evidence)</th></tr></thead>
      <tbody>
      \(rows)</tbody></table>

      """
    return Self.page(title: person.name, root: root, body: body)
  }
}
