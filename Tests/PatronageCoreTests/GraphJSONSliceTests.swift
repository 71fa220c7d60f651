import Foundation
import Testing

@testable import PatronageCore

/// Reading graph files a slice of elements at a time (``GraphJSONLayout``) against the whole-file decoder.
@Suite struct GraphJSONSliceTests {
  /// A graph with more persons and relations than one slice holds.
  static func bigGraph() throws -> PatronageGraph {
    let persons = (0..<5000).map { Person(id: PersonID(rawValue: "p\($0)"), name: "Person \($0)") }
    let relations = (0..<9000).map { (index: Int) -> Relation in
      // Distinct pairs, so no two relations merge.
      let source = PersonID(rawValue: "p\(index % 2500)")
      let target = PersonID(rawValue: "p\(2500 + index / 4)")
      let confidence = Double(index % 10) / 10
      let evidence = Fixtures.evidence("Words \(index).", at: index)
      return Relation(
        kind: index % 3 == 0 ? .opposed : .allied, source: .person(source), target: target,
        span: Fixtures.span(1920 + index % 50), confidence: confidence, evidence: [evidence])
    }
    return try PatronageGraph(persons: persons, offices: Fixtures.offices, relations: relations)
  }

  static func compactJSON(_ graph: PatronageGraph) throws -> Data {
    // The generator's layout: compact, keys in a different order from the pretty form.
    var object = try #require(try JSONSerialization.jsonObject(with: graph.jsonData()) as? [String: Any])
    object["format"] = PatronageGraph.formatVersion
    return try JSONSerialization.data(withJSONObject: object)
  }

  static func layout(_ text: String) -> GraphJSONLayout? {
    Data(text.utf8).withUnsafeBytes { GraphJSONLayout(bytes: $0) }
  }

  @Test func bigGraphsReadTheSameInEitherLayout() throws {
    let graph = try Self.bigGraph()
    #expect(try PatronageGraph(jsonData: graph.jsonData(), path: "g.json") == graph)
    #expect(try PatronageGraph(jsonData: Self.compactJSON(graph), path: "g.json") == graph)
    #expect(try PatronageGraph(jsonData: graph.jsonData(), path: "g.json").jsonData() == graph.jsonData())
  }

  @Test func aBadElementPastTheFirstSliceIsNamedAsBefore() throws {
    let data = try Self.compactJSON(try Self.bigGraph())
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let relations = try #require(object["relations"] as? [[String: Any]])
    try #require(relations.count == 9000)
    let relation = relations[8000]
    let sentence = try #require((relation["evidence"] as? [[String: Any]])?.first?["sentence"] as? String)
    let text = String(decoding: data, as: UTF8.self)
    let broken = text.replacingOccurrences(of: "\"\(sentence)\"", with: "8000")
    #expect(broken != text)
    let error = #expect(throws: GraphFileError.self) { try PatronageGraph(jsonData: Data(broken.utf8), path: "g.json") }
    guard case .malformed(_, let field, _)? = error else {
      Issue.record("expected a named field, got \(String(describing: error))")
      return
    }
    #expect(field == ".relations[8000].evidence[0].sentence")
  }

  @Test func theLayoutGivesEachElementsBytes() throws {
    let text =
      #" { "persons": [ {"id": "a", "name": "[A]"} , {"id": "b\"", "name": "B"} ], "offices": [],"#
      + #" "format": "patronage-graph/1", "relations": [ 1 ] } "#
    let layout = try #require(Self.layout(text))
    let bytes = Array(text.utf8)
    func slices(_ ranges: [Range<Int>]) -> [String] { ranges.map { String(decoding: bytes[$0], as: UTF8.self) } }
    #expect(layout.format == "patronage-graph/1")
    #expect(slices(layout.persons) == [#"{"id": "a", "name": "[A]"}"#, #"{"id": "b\"", "name": "B"}"#])
    #expect(layout.offices.isEmpty)
    #expect(slices(layout.relations) == ["1"])
  }

  @Test(arguments: [
    #"{"format": "f", "persons": [], "offices": [], "relations": [], "extra": 1}"#,
    #"{"format": "f", "persons": [], "persons": [], "offices": [], "relations": []}"#,
    #"{"form\u0061t": "f", "persons": [], "offices": [], "relations": []}"#,
    #"{"format": "f\n", "persons": [], "offices": [], "relations": []}"#,
    #"{"format": "f", "persons": [], "offices": []}"#,
    #"{"format": "f", "persons": [{]}], "offices": [], "relations": []}"#,
    #"{"format": "f", "persons": [1 2], "offices": [], "relations": []}"#,
    #"{"format": "f", "persons": [], "offices": [], "relations": []} x"#,
    #"[{"format": "f", "persons": [], "offices": [], "relations": []}]"#,
    #"{"format": "f", "persons": ["unterminated], "offices": [], "relations": []}"#,
  ])
  func anythingButThePlainLayoutIsLeftToTheWholeFileDecoder(text: String) {
    #expect(Self.layout(text) == nil)
  }

  @Test func mergingRepeatedStatementsKeepsKeyOrderAndStatementOrder() throws {
    let statements = [
      Relation(
        kind: .allied, source: .person("stalin"), target: "zinoviev", span: Fixtures.span(1923), confidence: 0.5),
      Relation(kind: .opposed, source: .person("stalin"), target: "trotsky", span: Fixtures.span(1924)),
      Relation(
        kind: .allied, source: .person("stalin"), target: "zinoviev", span: Fixtures.span(1925), confidence: 0.6),
      Relation(kind: .allied, source: .person("kamenev"), target: "stalin", span: Fixtures.span(1922)),
    ]
    let merged = statements.mergingDuplicates()
    #expect(merged.map(\.key) == merged.map(\.key).sorted())
    #expect(merged.count == 3)
    let pair = try #require(merged.first { $0.target == "zinoviev" })
    #expect(pair == statements[0].merged(with: statements[2]))
  }

  @Test func activeYearsAreEveryYearSomeRelationIsInForce() throws {
    let relations = [
      Relation(kind: .allied, source: .person("stalin"), target: "kamenev", span: Fixtures.span(1923, 1926)),
      Relation(kind: .opposed, source: .person("molotov"), target: "trotsky", span: Fixtures.span(1532)),
      Relation(kind: .allied, source: .person("stalin"), target: "zinoviev", span: Fixtures.span(1925, 1928)),
      Relation(kind: .appointed, source: nil, target: "molotov", office: "politburo", span: Fixtures.span(1930)),
    ]
    for graph in [
      try Fixtures.graph(),
      try PatronageGraph(persons: Fixtures.persons, offices: Fixtures.offices, relations: relations),
    ] {
      let covered = Set(graph.relations.indices.flatMap { graph.activeYears(ofRelationAt: $0).map(Array.init) ?? [] })
      #expect(graph.activeYears == covered.sorted())
    }
    #expect(PatronageGraph.empty.activeYears.isEmpty)
  }
}
