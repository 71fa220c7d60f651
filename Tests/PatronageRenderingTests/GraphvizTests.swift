import Foundation
import PatronageCore
import Testing

@testable import PatronageRendering

@Suite("Graphviz wrapper")
struct GraphvizTests {
  static let small = #"digraph "g" { "a" -> "b"; "b" -> "c"; "c" -> "a" }"#

  @Test func svgIsWellFormedAndNamesEveryPerson() throws {
    let graph = try Fixture.example()
    let bytes = try Diagrams.render(graph, format: .svg, engine: .neato)
    let svg = try #require(SVGSummary(bytes))
    for person in graph.persons {
      let node = try #require(svg.nodes["person:\(person.id)"])
      #expect(node.texts.joined(separator: " ").contains(person.name))
    }
  }

  @Test func trickyLabelsReachTheSVG() throws {
    let names = [#"say "hi" \ <b>&amp;</b>"#, "Лев Троцкий 🚩", "node"]
    let persons = names.enumerated().map { Person(id: PersonID(rawValue: "p\($0.offset)"), name: $0.element) }
    let bytes = try Graphviz.render(dot: DOTWriter().dot(for: Fixture.chain(of: persons)), engine: .dot, format: .svg)
    let svg = try #require(SVGSummary(bytes))
    for person in persons {
      let node = try #require(svg.nodes["person:\(person.id)"])
      #expect(node.texts.joined() == person.name)
      #expect(node.tooltip == person.name)
    }
  }

  @Test func pngAndPdfHaveTheirSignatures() throws {
    let png = try Graphviz.render(dot: Self.small, engine: .dot, format: .png)
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try Graphviz.render(dot: Self.small, engine: .dot, format: .pdf)
    #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineLaysOut(engine: LayoutEngine) throws {
    let laidOut = try Graphviz.layout(dot: Self.small, engine: engine)
    #expect(laidOut.boundingBox != nil)
    for name in ["a", "b", "c"] { #expect(laidOut.position(of: name) != nil) }
  }

  @Test(arguments: OutputFormat.allCases)
  func everyFormatRenders(format: OutputFormat) throws {
    let bytes = try Graphviz.render(dot: Self.small, engine: .dot, format: format)
    #expect(bytes.count > 50)
  }

  @Test func renderingIsDeterministic() throws {
    let source = DOTWriter().dot(for: try Fixture.example())
    let first = try Graphviz.render(dot: source, engine: .neato, format: .svg)
    let second = try Graphviz.render(dot: source, engine: .neato, format: .svg)
    #expect(first == second)
  }

  @Test func pdfsCarryAFixedCreationDate() throws {
    let pdf = try Graphviz.render(dot: Self.small, engine: .dot, format: .pdf)
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("/CreationDate (D:19700101000000Z)"))
    #expect(!text.contains("/CreationDate (D:20"))
  }

  @Test func invalidDOTIsASyntaxError() throws {
    let error = #expect(throws: RenderError.self) {
      try Graphviz.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
    }
    guard case .syntax(let message)? = error else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(message.contains("syntax error in line"))
    #expect(throws: RenderError.syntax(message: "the text holds no graph")) {
      try Graphviz.parse(dot: "")
    }
  }

  @Test func unknownEngineAndFormatAreErrors() throws {
    #expect(throws: RenderError.unknownEngine("spring")) { try LayoutEngine(validating: "spring") }
    #expect(throws: RenderError.unknownFormat("gif87")) { try OutputFormat(validating: "gif87") }
    let layout = #expect(throws: RenderError.self) {
      try Graphviz.render(dot: Self.small, engineName: "spring", formatName: "svg")
    }
    guard case .layout(let engine, let message)? = layout else {
      Issue.record("expected a layout error")
      return
    }
    #expect(engine == "spring" && message.contains("not recognized"))
    let render = #expect(throws: RenderError.self) {
      try Graphviz.render(dot: Self.small, engineName: "dot", formatName: "gif87")
    }
    guard case .render(let format, _)? = render else {
      Issue.record("expected a render error")
      return
    }
    #expect(format == "gif87")
    #expect(try Graphviz.render(dot: Self.small, engine: .dot, format: .svg).count > 100)
  }

  @Test func concurrentRendersTakeTurns() async throws {
    let source = DOTWriter().dot(for: try Fixture.example().snapshot(year: 1926))
    let expected = try Graphviz.render(dot: source, engine: .neato, format: .svg)
    let results = await withTaskGroup(of: [UInt8]?.self) { group in
      for index in 0..<32 {
        group.addTask {
          let engine: LayoutEngine = index.isMultiple(of: 2) ? .neato : .dot
          let bytes = try? Graphviz.render(dot: source, engine: engine, format: .svg)
          return engine == .neato ? bytes : (bytes == nil ? nil : expected)
        }
      }
      var all: [[UInt8]?] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 32)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func automaticEngineAvoidsDotOnLargeGraphs() {
    #expect(LayoutEngine.automatic(nodes: 20, edges: 30) == .dot)
    #expect(LayoutEngine.automatic(nodes: 200, edges: 1_000) == .neato)
    #expect(LayoutEngine.automatic(nodes: 200, edges: 300) == .neato)
    #expect(LayoutEngine.automatic(nodes: 1_000, edges: 5_000) == .sfdp)
  }
}
