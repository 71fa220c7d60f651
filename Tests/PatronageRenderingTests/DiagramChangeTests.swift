import PatronageCore
import Testing

@testable import PatronageRendering

@Suite("Diagram changes, links and the small-multiples sheet")
struct DiagramChangeTests {
  @Test func nodesAreMarkedNewPersistingOrGone() throws {
    let graph = try Fixture.example()
    let earlier = DiagramContent(snapshot: graph.snapshot(year: 1925))
    let later = DiagramContent(snapshot: graph.snapshot(year: 1926))
    let changes = DiagramDecorations.nodeChanges(from: earlier, to: later)
    for node in later.nodes { #expect(changes[node] == (earlier.nodes.contains(node) ? .persisting : .new)) }
    for node in earlier.nodes where !later.nodes.contains(node) { #expect(changes[node] == .gone) }
    #expect(Set(changes.keys) == Set(earlier.nodes).union(later.nodes))
  }

  @Test func newAndGoneNodesAreDrawnApart() throws {
    let graph = try Fixture.example()
    let snapshot = graph.snapshot(year: 1926)
    let absent = try #require(graph.persons.map(\.id).first { !snapshot.persons.contains($0) })
    var decorations = DiagramDecorations(highlighted: ["stalin"])
    decorations.nodeStatus = [.person("molotov"): .new, .person("stalin"): .new, .person(absent): .gone]
    let parsed = try Graphviz.parse(dot: DOTWriter(decorations: decorations).dot(for: snapshot))
    let molotov = try #require(parsed.node("person:molotov"))
    #expect(molotov.attributes["peripheries"] == "2")
    #expect(molotov.attributes["color"] == DiagramStyle.newLine)
    let stalin = try #require(parsed.node("person:stalin"))
    #expect(stalin.attributes["peripheries"] == "2")
    #expect(stalin.attributes["color"] == DiagramStyle.highlightLine)
    // A person who takes no part in 1926 is drawn all the same, as gone.
    let gone = try #require(parsed.node("person:\(absent)"))
    #expect(gone.attributes["color"] == DiagramStyle.goneLine)
    #expect(gone.attributes["style"]?.contains("dashed") == true)
    #expect(parsed.attributes["label"]?.contains("new person") == true)
  }

  @Test func linksGiveIdsHrefsAndTooltipsInTheSVG() throws {
    let graph = try Fixture.example()
    let content = DiagramContent(snapshot: graph.snapshot(year: 1925))
    let edge = try #require(content.edges.first)
    var decorations = DiagramDecorations()
    decorations.edgeLinks[edge] = DiagramLink(id: "y1925e1", href: "evidence.html#r3", tooltip: "Said \"so\" & <more>")
    decorations.nodeLinks[.person("stalin")] = DiagramLink(id: "y1925p_stalin", href: "people/stalin.html")
    let svg = String(
      decoding: try Diagrams.render(graph, year: 1925, format: .svg, decorations: decorations), as: UTF8.self)
    #expect(svg.contains(#"id="y1925e1""#))
    #expect(svg.contains(#"xlink:href="evidence.html#r3""#))
    #expect(svg.contains("Said &quot;so&quot; &amp; &lt;more&gt;"))
    #expect(svg.contains(#"id="y1925p_stalin""#))
    #expect(!svg.contains("<more>"))
  }

  @Test func theSheetPlacesEveryYearInItsOwnCell() throws {
    let graph = try Fixture.example()
    let layout = try StableYearLayout(graph: graph)
    let years = [1921, 1922, 1923, 1924, 1925]
    let parsed = try Graphviz.parse(dot: layout.sheetDOT(years: years, columns: 2))
    let origin = try #require(layout.placement.positions[.person("stalin")])
    let width = layout.placement.upper.x - layout.placement.lower.x
    var positions: [Point] = []
    for year in years {
      #expect(parsed.node("y\(year)/title") != nil)
      let node = try #require(parsed.node("y\(year)/person:stalin"))
      positions.append(try #require(Point(parsing: node.attributes["pos"] ?? "")))
    }
    // Same place within each cell: x moves by whole cells, rows share x.
    #expect(abs((positions[1].x - positions[0].x) - (width + 36)) < 0.02)
    #expect(abs(positions[2].x - positions[0].x) < 0.02)
    #expect(positions[2].y < positions[0].y)
    #expect(abs(positions[0].x - (origin.x - layout.placement.lower.x)) < 0.02)
    let rendered = try layout.renderSheet(years: years, formats: [.pdf, .svg])
    #expect(rendered[0].starts(with: Array("%PDF".utf8)))
    // One layout for both formats draws the same as rendering the SVG on its own.
    let alone = try Graphviz.render(
      dot: layout.sheetDOT(years: years), engineName: "nop2", formatName: OutputFormat.svg.rawValue)
    #expect(rendered[1] == alone)
  }
}
