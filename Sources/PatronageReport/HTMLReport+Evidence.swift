import PatronageCore

extension HTMLReport {
  /// `evidence.html`: every relation with its sentences, their documents and UTF-8 byte offsets,
  /// confidences, and any conflicting claim.
  func evidencePage() -> String {
    var body = """
      <header><h1>Evidence</h1>
      <nav>\(Self.link(ReportPaths.index, "Back to the report")) · \(Self.link(ReportPaths.offices, "Offices"))</nav>
      <p>Each relation with every sentence that states it. Positions are UTF-8 byte offsets into the \
      original file, end exclusive.</p></header>

      """
    for index in graph.relations.indices { body += relationEntry(index) }
    return Self.page(title: "Evidence", root: "", body: body)
  }

  private func relationEntry(_ index: Int) -> String {
    let relation = graph.relations[index]
    let inForce = graph.activeYears(ofRelationAt: index).map(EvidenceIndex.text)
    var html = """
      <article class="relation" id="\(EvidenceIndex.anchor(index))">
      <h2><span class="number">\(EvidenceIndex.anchor(index))</span> \(HTML.escape(evidence.describe(index)))</h2>
      <p class="facts"><span class="kind">\(relation.kind.rawValue)</span> · \
      \(relation.source.map { agentLink($0) } ?? "agent not named") → \(personLink(relation.target))\
      \(relation.office.map { " · " + officeLink($0) } ?? "") · in force: \(inForce ?? "undated") · \
      confidence \(HTML.number(relation.confidence, digits: 2))</p>

      """
    if relation.hasDateConflict {
      let spans = Set(relation.evidence.compactMap(\.span).map { EvidenceIndex.text($0.years) })
      html +=
        "<p class=\"conflict\">Sources disagree on the date: \(HTML.escape(spans.sorted().joined(separator: ", ")))</p>\n"
    }
    for other in evidence.conflicts[index] ?? [] {
      html += "<p class=\"conflict\">Conflicting claim: "
      html += Self.link("#" + EvidenceIndex.anchor(other), evidence.describe(other)) + "</p>\n"
    }
    html += "<ol class=\"sentences\">\n"
    for item in relation.evidence {
      var notes = [
        "<span class=\"document\">\(HTML.escape(item.document))</span>",
        "bytes <span class=\"offsets\">\(item.start)–\(item.end)</span>",
        "confidence \(HTML.number(item.confidence, digits: 2))",
      ]
      if let span = item.span { notes.append("dated " + EvidenceIndex.text(span.years)) }
      if let agent = item.agent, agent != relation.source { notes.append("names " + agentLink(agent)) }
      html +=
        "<li><q>\(HTML.escape(item.sentence))</q> <span class=\"where\">(\(notes.joined(separator: ", ")))</span></li>\n"
    }
    return html + "</ol></article>\n"
  }

  /// `offices.html`: each office with its holders, who appointed them, and removals.
  func officesPage() -> String {
    var body = """
      <header><h1>Offices</h1>
      <nav>\(Self.link(ReportPaths.index, "Back to the report")) · \(Self.link(ReportPaths.evidence, "Evidence"))</nav>
      </header>

      """
    for office in graph.offices {
      let related = graph.relations.indices.filter {
        graph.relations[$0].office == office.id || graph.relations[$0].source == .institution(office.id)
      }
      let holders = graph.tenures.filter { $0.office == office.id }.map { tenure -> [Cell] in
        [
          Cell(html: personLink(tenure.person), sortValue: evidence.name(tenure.person)),
          Cell(number: Double(tenure.from)), Cell(html: tenure.to.map { "\($0)" } ?? "–"),
          Cell(html: tenure.patron.map { agentLink($0) } ?? "–"), evidenceLinks([tenure.relationIndex]),
        ]
      }
      body += """
        <section class="office" id="\(ReportPaths.office(office.id))">
        <h2>\(HTML.escape(office.name))</h2>
        <p>\(office.kind.rawValue)\(office.head.map { ", headed by " + officeLink($0) } ?? "")</p>
        \(Self.table(["Holder", "From", "To", "Appointed by", "Evidence"], holders, sortable: true))\
        <p>All relations: \(evidenceLinks(related).html)</p>
        </section>

        """
    }
    return Self.page(title: "Offices", root: "", body: body)
  }
}
