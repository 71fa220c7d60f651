import Foundation
import PatronageCore
import Testing

@Suite struct RelationsJSONLTests {
  @Test func linesHaveExactlyTheScorersFieldsInOrder() throws {
    let lines = RelationsJSONL.encode(try Fixtures.graph()).split(separator: "\n")
    #expect(lines.count == Fixtures.relations.count)
    for line in lines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["doc", "rel", "source", "target", "office", "from", "to", "evidence", "confidence"])
      #expect(line.hasPrefix("{\"doc\": "))
    }
    let appointment = try #require(lines.first { $0.contains("general-secretary") })
    #expect(
      appointment
        == #"{"doc": "doc.txt", "rel": "appointed", "source": "plenum", "target": "stalin", "office": "general-secretary", "from": 1922, "to": 1922, "evidence": "The plenum made Stalin General Secretary.", "confidence": 0.9}"#
    )
  }

  @Test func oneLinePerDocument() throws {
    let relation = Relation(
      kind: .allied, source: .person("stalin"), target: "kamenev", span: try TimeSpan(years: 1923), confidence: 0.5,
      evidence: [
        Fixtures.evidence("b1", document: "b.txt"), Fixtures.evidence("a1", document: "a.txt"),
        Fixtures.evidence("a2", document: "a.txt", at: 50),
      ])
    let graph = try PatronageGraph(persons: Fixtures.persons, offices: [], relations: [relation])
    let lines = RelationsJSONL.encode(graph).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains(#""doc": "a.txt""#) && lines[0].contains(#""evidence": "a1""#))
    #expect(lines[1].contains(#""doc": "b.txt""#))
  }

  @Test(arguments: [
    ("plain", #""plain""#), ("say \"hi\"", #""say \"hi\"""#), ("back\\slash", #""back\\slash""#),
    ("two\nlines", #""two\nlines""#), ("\u{1}", #""\u0001""#), ("Троцкий 🚩", "\"Троцкий 🚩\""),
  ])
  func quotesJSONStrings(text: String, expected: String) throws {
    #expect(JSONText.quoted(text) == expected)
    let decoded = try JSONSerialization.jsonObject(with: Data("[\(expected)]".utf8)) as? [String]
    #expect(decoded == [text])
  }

  @Test(arguments: [(0.85, "0.85"), (1, "1"), (0.123456, "0.1235"), (0, "0")])
  func formatsNumbers(value: Double, expected: String) {
    #expect(JSONText.number(value) == expected)
  }
}
