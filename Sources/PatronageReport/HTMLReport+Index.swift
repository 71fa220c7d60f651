import PatronageAnalysis
import PatronageCore
import PatronageRendering

extension HTMLReport {
  /// What the page's script needs: the years, and people and offices to search.
  struct SearchData: Encodable {
    struct Entry: Encodable {
      var kind: String
      var id: String
      var name: String
      var aliases: [String]
      var href: String
    }

    var years: [Int]
    var entries: [Entry]
  }

  /// `index.html`: summary, search, the river, the year slider and one section per year.
  /// The links to the sheet of all years, or why there is none.
  var sheetLinks: String {
    guard drawsSheet else {
      return "All years on one page: not drawn, too large for one page (over \(sheetLimit) drawings of persons)"
    }
    return "\(Self.link(ReportPaths.sheet + ".svg", "All years on one page (SVG")), "
      + "\(Self.link(ReportPaths.sheet + ".pdf", "PDF")))"
  }

  func indexPage(diagrams: [Int: String], river: String) -> String {
    let years = analysis.years
    let range = years.count > 1 ? "\(years[0])–\(years[years.count - 1])" : "\(years[0])"
    let documents = Set(graph.relations.flatMap { $0.evidence.map(\.document) }).count
    let data = SearchData(
      years: years,
      entries: graph.persons.map {
        .init(kind: "person", id: $0.id.rawValue, name: $0.name, aliases: $0.aliases, href: ReportPaths.person($0.id))
      }
        + graph.offices.map {
          .init(
            kind: "office", id: $0.id.rawValue, name: $0.name, aliases: [],
            href: ReportPaths.offices + "#" + ReportPaths.office($0.id))
        })
    var body = """
      <header>
      <h1>Patronage network, \(range)</h1>
      <p class="summary">\(Self.count(graph.persons.count, "person")), \(Self.count(graph.offices.count, "office")), \
      \(Self.count(graph.relations.count, "relation")) from \(Self.count(documents, "document")). Every tie links to \
      its evidence.</p>
      <nav>\(Self.link(ReportPaths.evidence, "Evidence")) · \(Self.link(ReportPaths.offices, "Offices")) · \
      \(Self.link(ReportPaths.animation, "Animation (SVG)")) · \(sheetLinks)</nav>
      <form class="search" role="search" onsubmit="return false">
      <label for="search">Search people and offices</label>
      <input type="search" id="search" autocomplete="off" placeholder="e.g. Stalin, Secretariat">
      <ul id="search-results" aria-live="polite"></ul>
      </form>
      </header>
      <script type="application/json" id="report-data">\(HTML.scriptJSON(HTML.json(data)))</script>
      <section id="factions">
      <h2>Factions across the years</h2>
      <p>Bands are factions (one colour per faction, as in the diagrams), ribbons the persons moving between \
      them; <span class="switch">red ribbons are switches</span>. Hover for names.</p>
      \(analysis.timeline.years.isEmpty
        ? "<p class=\"none\">No factions: nobody has an allied or opposed tie in a dated year.</p>"
        : "<div class=\"river\">\(river)</div>")
      \(factionLegend())
      \(switchesTable(analysis.timeline.switches))
      </section>
      <section id="timeline">
      <h2>Year by year</h2>
      <div class="controls">
      <button type="button" id="previous-year" aria-label="previous year">◀</button>
      <input type="range" id="year-slider" min="0" max="\(years.count - 1)" step="1" value="0" \
      aria-label="year">
      <button type="button" id="next-year" aria-label="next year">▶</button>
      <output id="year-label">\(years[0])</output>
      <span class="hint">← → keys change the year</span>
      </div>

      """
    for year in years { body += yearSection(year, diagram: diagrams[year] ?? "") }
    body += "</section>\n"
    return Self.page(title: "Patronage report, \(range)", root: "", body: body)
  }

  /// "1 person", "2 persons".
  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

  /// A square of the faction's colour in the diagrams.
  static func swatch(_ faction: Faction) -> String {
    let colour = PatronageAnalysis.DiagramDecorations.colour(of: faction)
    return "<span class=\"swatch\" style=\"background:\(HTML.escape(colour))\"></span>"
  }

  /// Each faction of the river with its colour and its latest name.
  func factionLegend() -> String {
    var latest: [String: Faction] = [:]
    for year in analysis.timeline.years { for faction in year.factions { latest[faction.id] = faction } }
    let items = latest.keys.sorted(by: RiverChart.order).compactMap { id in
      latest[id].map { "<li>" + Self.swatch($0) + "\(HTML.escape(id)): \(HTML.escape($0.name))</li>" }
    }
    return items.isEmpty ? "" : "<ul class=\"legend\">" + items.joined() + "</ul>"
  }

  /// One year: what changed, the diagram, and the tables.
  func yearSection(_ year: Int, diagram: String) -> String {
    let snapshot = snapshot(year)
    var html = """
      <section class="year" id="year-\(year)" data-year="\(year)">
      <h3>\(year)</h3>
      <p>\(Self.count(snapshot.persons.count, "person")), \(Self.count(snapshot.relationIndices.count, "relation")) \
      in force.</p>

      """
    if let change = changes[year] {
      for (status, label) in [(EdgeStatus.new, "New"), (.gone, "Gone since \(year - 1)")] {
        let persons = change.persons(status)
        guard !persons.isEmpty else { continue }
        html += "<p class=\"change \(status.rawValue)\">\(HTML.escape(label)): "
        html += persons.map { personLink($0, year: year) }.joined(separator: ", ") + "</p>\n"
      }
    }
    html += "<figure class=\"diagram\">\(diagram)</figure>\n"
    html += centralityTable(year)
    html += appointmentTables(year)
    html += factionTables(year)
    html += "<details><summary>Relations in force in \(year)</summary><ul class=\"ties\">"
    for index in snapshot.relationIndices {
      html += "<li>" + Self.link(ReportPaths.evidence + "#" + EvidenceIndex.anchor(index), evidence.describe(index))
      html += "</li>"
    }
    return html + "</ul></details>\n</section>\n"
  }
}
