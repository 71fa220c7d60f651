import Foundation
import PatronageCore
import Testing

@Suite struct GraphFileTests {
  @Test func jsonRoundTripsExactly() throws {
    let graph = try Fixtures.graph()
    let data = graph.jsonData()
    let decoded = try PatronageGraph(jsonData: data, path: "g.json")
    #expect(decoded == graph)
    #expect(decoded.jsonData() == data)
    #expect(String(decoding: data, as: UTF8.self).contains("\"format\" : \"patronage-graph/1\""))
  }

  @Test func writingTwiceGivesIdenticalBytes() throws {
    #expect(try Fixtures.graph().jsonData() == Fixtures.graph().jsonData())
    #expect(try RelationsJSONL.encode(Fixtures.graph()) == RelationsJSONL.encode(Fixtures.graph()))
  }

  @Test func wrongVersionIsRejectedByName() {
    let data = Data(#"{"format": "patronage-graph/9", "persons": [], "offices": [], "relations": []}"#.utf8)
    #expect(throws: GraphFileError.unsupportedFormat(path: "g.json", found: "patronage-graph/9")) {
      try PatronageGraph(jsonData: data, path: "g.json")
    }
  }

  @Test func missingFormatIsRejected() {
    let data = Data(#"{"persons": []}"#.utf8)
    #expect(throws: GraphFileError.missingFormat(path: "g.json")) { try PatronageGraph(jsonData: data, path: "g.json") }
  }

  @Test(arguments: ["", "{", "[1, 2]", "\u{FF}\u{FE}garbage", #"{"format": "patronage-graph/1", "persons": [}"#])
  func nonJSONIsRejected(text: String) {
    let error = #expect(throws: GraphFileError.self) { try PatronageGraph(jsonData: Data(text.utf8), path: "g.json") }
    #expect(error?.description.hasPrefix("g.json: ") == true)
  }

  @Test func malformedFieldsAreNamed() throws {
    let text = #"{"format": "patronage-graph/1", "persons": [{"id": "a"}], "offices": [], "relations": []}"#
    let error = try #require(
      #expect(throws: GraphFileError.self) {
        try PatronageGraph(jsonData: Data(text.utf8), path: "g.json")
      })
    guard case .malformed(_, let field, _) = error else {
      Issue.record("expected .malformed, got \(error)")
      return
    }
    #expect(field == ".persons[0].name")
  }

  @Test func yearsOutOfRangeAreRejected() {
    let text = #"""
      {"format": "patronage-graph/1", "persons": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "offices": [],
       "relations": [{"kind": "allied", "source": {"person": "a"}, "target": "b", "span": {"from": "99999"},
                      "confidence": 1, "evidence": []}]}
      """#
    let error = #expect(throws: GraphFileError.self) { try PatronageGraph(jsonData: Data(text.utf8), path: "g.json") }
    #expect(error?.description.contains("99999") == true)
  }

  @Test func referencesToUnknownPersonsAreRejected() {
    let text = #"""
      {"format": "patronage-graph/1", "persons": [{"id": "a", "name": "A"}], "offices": [],
       "relations": [{"kind": "allied", "source": {"person": "a"}, "target": "ghost", "confidence": 1, "evidence": []}]}
      """#
    let error = #expect(throws: GraphFileError.self) { try PatronageGraph(jsonData: Data(text.utf8), path: "g.json") }
    #expect(error?.description.contains("ghost") == true)
  }

  @Test func lifeYearsRoundTrip() throws {
    let graph = try PatronageGraph(
      persons: [Person(id: "lenin", name: "Lenin", born: 1870, died: 1924), Person(id: "x", name: "X")],
      offices: [], relations: [])
    let read = try PatronageGraph(jsonData: graph.jsonData(), path: "g.json")
    #expect(read.persons == graph.persons)
    #expect(!String(decoding: graph.jsonData(), as: UTF8.self).contains("\"born\" : null"))
  }
}
