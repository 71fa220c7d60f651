import Foundation
import PatronageCore
import Testing

/// The node and edge tables every format writes.
@Suite("Export tables")
struct ExportGraphTests {
  @Test func relationsBecomeEdgesFromTheirAgent() throws {
    let graph = try Fixtures.graph()
    let export = try ExportGraph(graph: graph)
    #expect(export.name == "patronage")
    #expect(export.edges.count == graph.relations.count)
    #expect(export.omittedRelations == 0)
    #expect(export.nodes.map(\.id) == export.nodes.map(\.id).sorted())
    #expect(export.nodes.count == graph.persons.count + graph.offices.count)
    for (index, edge) in export.edges.enumerated() {
      #expect(edge.id == "r\(index)")
      #expect(edge.relation == graph.relations[index])
    }
    func source(_ kind: RelationKind, _ target: PersonID) -> String? {
      export.edges.first { $0.relation.kind == kind && $0.relation.target == target }?.source
    }
    // An institutional patron is its office node; without a patron the office stands in.
    #expect(source(.appointed, "stalin") == "office:plenum")
    #expect(source(.appointed, "molotov") == "person:stalin")
    #expect(source(.appointed, "zinoviev") == "office:politburo")
    #expect(source(.expelled, "zinoviev") == "office:party")
    // Symmetric ties keep their persons in id order.
    #expect(source(.opposed, "trotsky") == "person:stalin")
  }

  @Test func relationsWithNothingToConnectAreCounted() throws {
    let graph = try PatronageGraph(
      persons: [Person(id: "a", name: "A")], offices: [],
      relations: [Relation(kind: .appointed, source: nil, target: "a", span: Fixtures.span(1920))])
    let export = try ExportGraph(graph: graph)
    #expect(export.edges.isEmpty)
    #expect(export.omittedRelations == 1)
    #expect(export.nodes.map(\.spells) == [[1920...1920]])
  }

  @Test func nodeSpellsAreRunsOfYears() throws {
    let export = try ExportGraph(graph: ExportFixtures.hostileGraph())
    let spells = Dictionary(uniqueKeysWithValues: export.nodes.map { ($0.id, $0.spells) })
    #expect(spells["person:emoji"] == [1922...1923, 1925...1925])
    #expect(spells["person:digraph"] == [1922...1923])
    #expect(spells["office:политбюро"]?.first?.lowerBound == 1922)
    #expect(spells["office:a&b"] == [1924...1924])
  }

  @Test func oneYearKeepsOnlyWhatIsInForce() throws {
    let graph = try Fixtures.graph()
    let export = try ExportGraph(graph: graph, year: 1927)
    #expect(export.name == "patronage_1927")
    #expect(export.edges.map(\.id) == graph.snapshot(year: 1927).relationIndices.map { "r\($0)" })
    #expect(export.edges.count < graph.relations.count)
    // In 1919 only Trotsky's Politburo seat is in force.
    let first = try ExportGraph(graph: graph, year: 1919)
    #expect(first.nodes.map(\.id) == ["office:politburo", "person:trotsky"])
    #expect(first.edges.map(\.relation.target) == ["trotsky"])
  }

  @Test func yearsOutsideTheGraphAreErrors() throws {
    #expect(throws: ExportError.yearOutOfRange(year: 1900, available: 1919...1929)) {
      try ExportGraph(graph: Fixtures.graph(), year: 1900)
    }
    #expect(throws: ExportError.undatedGraph) {
      try ExportGraph(graph: .empty, year: 1925)
    }
    #expect(ExportError.yearOutOfRange(year: 1900, available: 1919...1929).description.contains("1919–1929"))
  }

  @Test func bytesDoNotDependOnInputOrder() throws {
    let forward = try ExportGraph(graph: ExportFixtures.hostileGraph())
    let backward = try ExportGraph(
      graph: PatronageGraph(
        persons: ExportFixtures.persons.reversed(), offices: ExportFixtures.offices.reversed(),
        relations: ExportFixtures.relations.reversed()))
    #expect(GraphMLExport.document(forward) == GraphMLExport.document(backward))
    #expect(GEXFExport.document(forward) == GEXFExport.document(backward))
    #expect(NodeLinkExport.document(forward) == NodeLinkExport.document(backward))
    #expect(CSVExport.tables(forward) == CSVExport.tables(backward))
  }

  @Test func documentsDeclareTheirFormats() throws {
    let export = try ExportGraph(graph: Fixtures.graph())
    let gexf = GEXFExport.document(export)
    #expect(gexf.contains(#"<gexf xmlns="http://gexf.net/1.3""#))
    #expect(gexf.contains(#"version="1.3""#))
    #expect(gexf.contains(#"mode="dynamic""#) && gexf.contains(#"timeformat="integer""#))
    #expect(gexf.contains(#"<spell start="1923" end="1929"/>"#))
    let graphML = GraphMLExport.document(export)
    #expect(graphML.contains(#"<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>"#))
    #expect(graphML.contains(#"<data key="e_directed">false</data>"#))
    let json = NodeLinkExport.document(export)
    #expect(json.contains(#""confidence": 0.9"#) && json.contains(#""multigraph": true"#))
    #expect(json.contains(#""edges": ["#) && !json.contains(#""links""#))
  }
}
