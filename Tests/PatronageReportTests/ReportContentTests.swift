import Foundation
import PatronageCore
import PatronageRendering
import Testing

@testable import PatronageReport

@Suite("Report content")
struct ReportContentTests {
  private func text(_ files: [ReportFile], _ path: String) throws -> String {
    String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
  }

  @Test func changesCompareEachYearWithTheYearBefore() throws {
    let graph = try ReportFixture.small()
    let changes = YearChanges(graph: graph, year: 1932)
    // 1931: ames–boyd and ames–dunn allied, cole–fox opposed, ames and the board appoint cole (in office
    // to 1932); 1932: boyd–cole allied, fox removes boyd.
    #expect(changes.persons(.new) == [])
    #expect(changes.persons(.gone) == ["dunn"])
    #expect(Set(changes.persons(.persisting)) == ["ames", "boyd", "cole", "x/<y>"])
    #expect(changes.nodes[.office("board")] == .persisting)
    #expect(changes.edges[DiagramEdge(.allied, from: .person("boyd"), to: .person("cole"))] == .new)
    #expect(changes.edges[DiagramEdge(.allied, from: .person("ames"), to: .person("boyd"))] == .gone)
    #expect(changes.edges[DiagramEdge(.opposed, from: .person("cole"), to: .person("x/<y>"))] == .persisting)
    let first = YearChanges(graph: graph, year: 1930)
    #expect(first.persons(.new) == ["ames", "boyd"])
    let report = try HTMLReport(graph: graph)
    #expect(report.changes[1930] == nil)
    #expect(report.changes[1932] == changes)
  }

  @Test func conflictingPatronsAreShownAsConflictingClaims() throws {
    let graph = try ReportFixture.small()
    let index = EvidenceIndex(graph)
    let appointments = graph.relations.indices.filter { graph.relations[$0].kind == .appointed }
    #expect(appointments.count == 2)
    #expect(index.conflicts[appointments[0]] == [appointments[1]])
    #expect(index.conflicts[appointments[1]] == [appointments[0]])
    let page = try text(try HTMLReport(graph: graph).files(), ReportPaths.evidence)
    #expect(page.components(separatedBy: "Conflicting claim:").count - 1 == 2)
    #expect(page.contains(#"bytes <span class="offsets">200–229</span>"#))
    #expect(page.contains("notes &amp; &lt;drafts&gt;.txt"))
  }

  @Test func diagramEdgesLinkToTheirEvidence() throws {
    let graph = try ReportFixture.small()
    let report = try HTMLReport(graph: graph)
    let decorations = report.decorations(year: 1932, linked: true)
    let edge = DiagramEdge(.allied, from: .person("boyd"), to: .person("cole"))
    let link = try #require(decorations.edgeLinks[edge])
    let relation = try #require(graph.relations.firstIndex { $0.kind == .allied && $0.target == "cole" })
    #expect(link.href == "evidence.html#" + EvidenceIndex.anchor(relation))
    #expect(link.tooltip?.contains("Boyd joined Cole in 1932.") == true)
    #expect(link.tooltip?.hasPrefix("New this year.") == true)
    let index = try text(try report.files(), ReportPaths.index)
    #expect(index.contains(#"xlink:href="evidence.html#\#(EvidenceIndex.anchor(relation))""#))
    // Hovering shows the group's <title>: it carries the evidence, not the DOT name.
    #expect(index.contains("<title>New this year. Ben Boyd allied with Cy Cole (1932)&#10;“Boyd joined Cole in 1932.”"))
    #expect(!index.contains("<title>person:boyd"))
  }

  @Test func groupTitlesTakeTheLinksTooltips() {
    let svg = """
      <g id="graph0" class="graph">
      <title>patronage_1930</title>
      <g id="e1" class="edge">
      <title>person:a&#45;&gt;person:b</title>
      <g id="a_e1"><a xlink:href="evidence.html#r1" xlink:title="A &amp; B &lt;1930&gt;">
      <path d="M0,0"/>
      </a></g></g>
      <g id="n1" class="node">
      <title>office:x</title>
      <ellipse/>
      </g>
      """
    let fixed = HTMLReport.titlesFromTooltips(svg)
    #expect(fixed.contains("<title>A &amp; B &lt;1930&gt;</title>"))
    #expect(fixed.contains("<title>patronage_1930</title>"))
    #expect(fixed.contains("<title>office:x</title>"))
    #expect(
      fixed.replacingOccurrences(of: "A &amp; B &lt;1930&gt;</title>", with: "person:a&#45;&gt;person:b</title>") == svg
    )
  }

  @Test func personPagesListOfficesTiesAndFactionsPerYear() throws {
    let graph = try ReportFixture.small()
    let files = try HTMLReport(graph: graph).files()
    let cole = try text(files, ReportPaths.person("cole"))
    #expect(cole.contains("<h1>Cy Cole</h1>"))
    #expect(cole.contains(#"href="../offices.html#o-chair""#))
    for year in [1931, 1932] { #expect(cole.contains(#"<tr id="y\#(year)">"#)) }
    #expect(!cole.contains(#"<tr id="y1930">"#))
    #expect(cole.contains("Boyd joined") == false)
    #expect(cole.contains("Ben Boyd allied with Cy Cole (1932)"))
    #expect(cole.contains(#"href="../evidence.html#r"#))
    #expect(cole.range(of: #"F\d+: "#, options: .regularExpression) != nil)
    let dunn = try text(files, ReportPaths.person("dunn"))
    #expect(dunn.contains(#"<tr id="y1932">"#) && dunn.contains("<td>gone</td>"))
    #expect(Set(files.map(\.path)).isSuperset(of: graph.persons.map { ReportPaths.person($0.id) }))
  }

  @Test func everyFileIsTheSameOnEveryRun() throws {
    let graph = try ReportFixture.example()
    let first = try HTMLReport(graph: graph).files()
    let second = try HTMLReport(graph: graph).files()
    #expect(first.map(\.path) == second.map(\.path))
    for (a, b) in zip(first, second) { #expect(a.bytes == b.bytes, "\(a.path) differs") }
    let paths = Set(first.map(\.path))
    for expected in [
      "index.html", "evidence.html", "offices.html", "report.js", "report.css", "factions-river.svg",
      "animation.svg", "small-multiples.svg", "small-multiples.pdf",
    ] { #expect(paths.contains(expected), "\(expected) missing") }
  }

  @Test func theAnimationShowsEachYearInTurn() throws {
    let graph = try ReportFixture.example()
    let files = try HTMLReport(graph: graph).files()
    let animation = try text(files, ReportPaths.animation)
    let years = try #require(YearlyAnalysis(graph)).years
    #expect(animation.components(separatedBy: "<animate ").count - 1 == years.count)
    for year in years { #expect(animation.contains(#"data-year="\#(year)""#)) }
    #expect(animation.components(separatedBy: #"visibility="visible""#).count - 1 == 1)
    // Each year's drawing fills the animation's view box rather than keeping its size in points.
    #expect(animation.components(separatedBy: #"<svg width="100%" height="100%""#).count - 1 == years.count)
    #expect(animation.components(separatedBy: #"pt" height=""#).count - 1 == 1, "only the outer drawing in points")
  }

  @Test func aGraphWithoutSignedTiesHasNoFactions() throws {
    let graph = try PatronageGraph(
      persons: [Person(id: "a", name: "Al"), Person(id: "b", name: "Bo")],
      offices: [Office(id: "desk", name: "Desk", kind: .post)],
      relations: [
        Relation(kind: .appointed, source: .person("a"), target: "b", office: "desk", span: try TimeSpan(years: 1900))
      ])
    let files = try HTMLReport(graph: graph).files()
    let index = try text(files, ReportPaths.index)
    #expect(index.contains("No factions"))
    #expect(!index.contains("<caption>Factions, 1900"))
    #expect(index.contains("<caption>Who controlled appointments, 1900</caption>"))
    #expect(!(try text(files, ReportPaths.river)).contains("class=\"band\""))
  }

  @Test func undatedGraphsAreRefused() throws {
    let graph = try PatronageGraph(
      persons: [Person(id: "a", name: "A"), Person(id: "b", name: "B")], offices: [],
      relations: [Relation(kind: .allied, source: .person("a"), target: "b")])
    #expect(throws: ReportError.undatedGraph) { try HTMLReport(graph: graph) }
  }

  @Test func writingRefusesAForeignFolderUnlessForced() throws {
    let folder = ReportFixture.temporaryPath("report-folder")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let report = try HTMLReport(graph: try ReportFixture.small())
    #expect(throws: ReportError.output(.directoryNotEmpty(path: folder))) { try report.write(to: folder, force: false) }
    try report.write(to: folder, force: true)
    #expect(FileManager.default.fileExists(atPath: folder + "/index.html"))
    #expect(FileManager.default.fileExists(atPath: folder + "/" + HTMLReport.marker))
    // Now it is ours: a second write needs no force, and stale person pages go.
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/people/gone.html"))
    try report.write(to: folder, force: false)
    #expect(!FileManager.default.fileExists(atPath: folder + "/people/gone.html"))
    #expect(FileManager.default.fileExists(atPath: folder + "/notes.txt"))
  }
}
