import Foundation
import Testing

@testable import PatronageCore

/// ``GraphJSONWriter`` against `JSONEncoder`, byte for byte.
@Suite struct GraphJSONWriterTests {
  static func expectSameBytes(_ graph: PatronageGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    let written = graph.jsonData()
    let encoded = graph.encodedByJSONEncoder()
    #expect(written == encoded, sourceLocation: sourceLocation)
    guard written != encoded else { return }
    let common = zip(written, encoded).prefix { $0 == $1 }.count
    let context = { (data: Data) in String(decoding: data.dropFirst(max(0, common - 80)).prefix(160), as: UTF8.self) }
    Issue.record("first difference at byte \(common):\n\(context(written))\n---\n\(context(encoded))")
  }

  @Test func theExampleGraphIsWrittenAsJSONEncoderWritesIt() throws {
    let data = try Data(contentsOf: GraphJSONReaderTests.root.appendingPathComponent("Graphs/graph.json"))
    let graph = try PatronageGraph(jsonData: data, path: "graph.json")
    Self.expectSameBytes(graph)
    #expect(graph.jsonData() == data)
  }

  @Test func handMadeGraphsAreWrittenAsJSONEncoderWritesThem() throws {
    Self.expectSameBytes(try PatronageGraph(jsonData: Data(GraphJSONReaderTests.handMade.utf8), path: "g.json"))
    Self.expectSameBytes(try PatronageGraph(persons: [], offices: [], relations: []))
    Self.expectSameBytes(try GraphJSONSliceTests.bigGraph())
    let person = Person(id: "x\u{7F}\u{1F}", name: "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\"\\/\u{2028}😀")
    let confidences = [0, -0.0, 1, 0.1 + 0.2, 1e-05, 1e-07, 0.5e-300, 1.0 / 3, 0.81]
    let relations = confidences.enumerated().map { index, confidence in
      Relation(
        kind: .appointed, source: nil, target: "x\u{7F}\u{1F}", confidence: confidence,
        evidence: [
          Evidence(
            document: "a/b.txt", start: index, end: index + 1, sentence: "s", confidence: confidence,
            span: try? TimeSpan(HistoricalDate(year: -44, month: 3, day: 15), HistoricalDate(year: 2000)))
        ])
    }
    Self.expectSameBytes(try PatronageGraph(persons: [person], offices: [], relations: relations))
  }

  @Test func aGeneratedGraphIsWrittenAsJSONEncoderWritesIt() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: path) }
    try GraphJSONReaderTests.generate(persons: 2000, seed: 3, to: path)
    Self.expectSameBytes(try PatronageGraph(contentsOfFile: path.path))
  }

  @Test(arguments: 1...8)
  func randomGraphsAreWrittenAsJSONEncoderWritesThem(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    let data = Data(RandomGraphText.make(using: &random).utf8)
    Self.expectSameBytes(try PatronageGraph(jsonData: data, path: "g.json"))
  }
}
