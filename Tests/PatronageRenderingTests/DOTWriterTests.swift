import PatronageCore
import Testing

@testable import PatronageRendering

@Suite("DOT writer")
struct DOTWriterTests {
  @Test func exampleYearParsesBackWithItsStyle() throws {
    let graph = try Fixture.example()
    let snapshot = graph.snapshot(year: 1926)
    let parsed = try Graphviz.parse(dot: DOTWriter().dot(for: snapshot))
    let content = DiagramContent(snapshot: snapshot)
    #expect(parsed.name == "patronage_1926")
    #expect(parsed.isDirected)
    #expect(parsed.nodes.count == content.nodes.count)
    #expect(parsed.edges.count == content.edges.count)
    #expect(parsed.attributes["label"]?.contains("Patronage network, 1926") == true)
    let stalin = try #require(parsed.node("person:stalin"))
    #expect(stalin.attributes["shape"] == "ellipse")
    #expect(stalin.attributes["label"] == "Joseph Stalin")
    #expect(parsed.node("office:politburo")?.attributes["shape"] == "box")
    let allied = try #require(parsed.edges.first { $0.tail == "person:molotov" && $0.head == "person:stalin" })
    #expect(allied.attributes["dir"] == "none")
    #expect(allied.attributes["color"] == "#1A9641")
    let opposed = try #require(parsed.edges.first { $0.tail == "person:stalin" && $0.head == "person:zinoviev" })
    #expect(opposed.attributes["style"] == "dashed")
    let plenumToTrotsky = parsed.edges.filter { $0.tail == "office:plenum" && $0.head == "person:trotsky" }
    #expect(plenumToTrotsky.count == 2)
    let removed = try #require(plenumToTrotsky.first { $0.attributes["arrowhead"] == "tee" })
    #expect(removed.attributes["style"] == "dotted")
    let appointed = try #require(parsed.edges.first { $0.tail == "person:stalin" && $0.head == "person:molotov" })
    #expect(appointed.attributes["style"] == "solid")
    #expect(parsed.edges.contains { $0.tail == "person:molotov" && $0.head == "office:politburo" })
  }

  @Test func contentFollowsTheRelations() throws {
    let graph = try Fixture.example()
    let content = DiagramContent(snapshot: graph.snapshot(year: 1922))
    #expect(content.nodes.contains(.person("stalin")))
    #expect(content.nodes.contains(.office("general-secretary")))
    #expect(content.edges.contains(DiagramEdge(.appointed, from: .office("plenum"), to: .person("stalin"))))
    #expect(content.edges.contains(DiagramEdge(.holds, from: .person("stalin"), to: .office("general-secretary"))))
    #expect(!content.nodes.contains(.person("voroshilov")))
    #expect(content.edges == content.edges.sorted())
  }

  @Test func writingIsDeterministic() throws {
    let first = try Fixture.example()
    let second = try Fixture.example()
    for year in 1921...1929 {
      #expect(DOTWriter().dot(for: first.snapshot(year: year)) == DOTWriter().dot(for: second.snapshot(year: year)))
    }
    #expect(DOTWriter().dot(for: first) == DOTWriter().dot(for: second))
  }

  @Test func decorationsChangeTheLook() throws {
    let graph = try Fixture.example()
    let earlier = DiagramContent(snapshot: graph.snapshot(year: 1925))
    let later = DiagramContent(snapshot: graph.snapshot(year: 1926))
    var decorations = DiagramDecorations(
      personFill: ["stalin": "#F4A582"], personScale: ["stalin": 2], highlighted: ["stalin"],
      personCaption: ["stalin": "PageRank 0.31 <top>"], swatches: [LegendSwatch(color: "#F4A582", label: "Centre")])
    decorations.edgeStatus = DiagramDecorations.edgeChanges(from: earlier, to: later)
    let parsed = try Graphviz.parse(dot: DOTWriter(decorations: decorations).dot(for: graph.snapshot(year: 1926)))
    let stalin = try #require(parsed.node("person:stalin"))
    #expect(stalin.attributes["fillcolor"] == "#F4A582")
    #expect(stalin.attributes["fontsize"] == "24")
    #expect(stalin.attributes["penwidth"] == "3")
    #expect(stalin.attributes["label"]?.contains("PageRank 0.31 &lt;top&gt;") == true)
    #expect(parsed.attributes["label"]?.contains("Centre") == true)
    let gone = try #require(parsed.edges.first { $0.tail == "office:plenum" && $0.head == "person:frunze" })
    #expect(gone.attributes["color"] == DiagramStyle.faded)
    #expect(gone.attributes["style"] == "dashed")
    let new = try #require(parsed.edges.first { $0.tail == "person:stalin" && $0.head == "person:molotov" })
    #expect(new.attributes["penwidth"] == "2.8")
    #expect(parsed.edges.count == Set(later.edges).union(earlier.edges).count)
  }

  @Test func placementPinsEveryNodeAndFadesAbsentOnes() throws {
    let graph = try Fixture.example()
    let placement = DiagramPlacement(
      positions: [.person("stalin"): Point(x: 10, y: 20.5), .person("voroshilov"): Point(x: 30, y: 40)],
      lower: Point(x: 0, y: 0), upper: Point(x: 100, y: 100))
    let parsed = try Graphviz.parse(dot: DOTWriter().dot(for: graph.snapshot(year: 1922), placement: placement))
    #expect(parsed.node("person:stalin")?.attributes["pos"] == "10,20.5!")
    let voroshilov = try #require(parsed.node("person:voroshilov"))
    #expect(voroshilov.attributes["style"]?.hasSuffix("dashed") == true)
    #expect(parsed.node("frame:upper")?.attributes["pos"] == "100,100!")
  }
}

@Suite("DOT writer: edge routing")
struct DOTWriterRoutingTests {
  @Test func largeDiagramsGetStraightEdgesUnlessAsked() throws {
    let persons = (0..<(DOTWriter.routingLimit + 5)).map { Person(id: PersonID(rawValue: "p\($0)"), name: "P\($0)") }
    let graph = try Fixture.chain(of: persons)
    #expect(try Graphviz.parse(dot: DOTWriter().dot(for: graph)).attributes["splines"] == "false")
    var writer = DOTWriter()
    writer.routesEdges = true
    #expect(try Graphviz.parse(dot: writer.dot(for: graph)).attributes["splines"] == "true")
    let small = try Fixture.chain(of: Array(persons.prefix(5)))
    #expect(try Graphviz.parse(dot: DOTWriter().dot(for: small)).attributes["splines"] == "true")
  }
}
