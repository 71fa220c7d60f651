import PatronageCore
import Testing

@testable import PatronageRendering

@Suite("Stable year layout")
struct StableYearLayoutTests {
  @Test func everyPersonKeepsItsPlaceInEveryYear() throws {
    let graph = try Fixture.example()
    let layout = try StableYearLayout(graph: graph)
    var centres: [String: (x: Double, y: Double)] = [:]
    var viewBoxes = Set<String>()
    for year in layout.years {
      let svg = try #require(SVGSummary(try layout.render(year: year, format: .svg)))
      viewBoxes.insert(svg.viewBox)
      for person in graph.persons {
        let node = try #require(svg.nodes["person:\(person.id)"], "\(person.id) missing in \(year)")
        let centre = try #require(node.centre)
        if let first = centres[person.id.rawValue] {
          #expect(first == centre, "\(person.id) moved in \(year)")
        } else {
          centres[person.id.rawValue] = centre
        }
      }
    }
    #expect(centres.count == graph.persons.count)
    #expect(viewBoxes.count == 1)
  }

  @Test func pinnedPositionsAreTheUnionLayout() throws {
    let layout = try StableYearLayout(graph: try Fixture.example())
    let parsed = try Graphviz.layout(dot: layout.dot(year: 1924), engineName: "nop2")
    // Graphviz may shift the whole drawing; distances between nodes must be kept.
    let origin = try #require(layout.placement.positions[.person("stalin")])
    let parsedOrigin = try #require(parsed.position(of: "person:stalin"))
    for person in ["trotsky", "kamenev", "voroshilov"] {
      let expected = try #require(layout.placement.positions[.person(PersonID(rawValue: person))])
      let actual = try #require(parsed.position(of: "person:\(person)"))
      #expect(abs((actual.x - parsedOrigin.x) - (expected.x - origin.x)) < 0.01, "\(person)")
      #expect(abs((actual.y - parsedOrigin.y) - (expected.y - origin.y)) < 0.01, "\(person)")
    }
  }

  @Test func perYearOutputIsDeterministic() throws {
    let graph = try Fixture.example()
    let first = try Diagrams.renderPerYear(graph, format: .svg)
    let second = try Diagrams.renderPerYear(graph, format: .svg)
    #expect(first.map(\.year) == Array(1921...1929))
    for (a, b) in zip(first, second) {
      let same = a.bytes == b.bytes
      #expect(same, "year \(a.year) differs")
    }
  }

  @Test func undatedGraphsAndYearsOutsideAreErrors() throws {
    let graph = try Fixture.example()
    #expect(throws: RenderError.yearOutOfRange(year: 1917, available: 1921...1929)) {
      try Diagrams.render(graph, year: 1917, format: .svg)
    }
    let undated = try PatronageGraph(
      persons: [Person(id: "a", name: "A"), Person(id: "b", name: "B")], offices: [],
      relations: [Relation(kind: .allied, source: .person("a"), target: "b")])
    #expect(throws: RenderError.undatedGraph) { try StableYearLayout(graph: undated) }
    #expect(try Diagrams.render(undated, format: .svg).count > 100)
  }
}
