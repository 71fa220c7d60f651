import Foundation
import PatronageCore

/// Graphs written for the report tests (our own names and sentences).
enum ReportFixture {
  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `Tests/Fixtures/example-graph.json`.
  static func example() throws -> PatronageGraph {
    try PatronageGraph(contentsOfFile: root.appendingPathComponent("Tests/Fixtures/example-graph.json").path)
  }

  static func evidence(_ sentence: String, at start: Int, span: TimeSpan? = nil, agent: Agent? = nil) -> Evidence {
    Evidence(
      document: "notes & <drafts>.txt", start: start, end: start + sentence.utf8.count, sentence: sentence,
      confidence: 0.8, span: span, agent: agent)
  }

  /// A name no page may print unescaped.
  static let hostileName = "<script>alert(1)</script> O'Hara \"the Fox\" & Sons\nsecond line"

  /// Five persons, one with a hostile name and id, over 1930–1932: alliances that end, an
  /// opposition, two conflicting appointments to the same post, and a removal.
  static func small() throws -> PatronageGraph {
    let persons = [
      Person(id: "ames", name: "Ada Ames"), Person(id: "boyd", name: "Ben Boyd"),
      Person(id: "cole", name: "Cy Cole"), Person(id: "dunn", name: "Di Dunn"),
      Person(id: "x/<y>", name: hostileName, aliases: ["Foxy </script>"]),
    ]
    let offices = [
      Office(id: "board", name: "The Board & <Council>", kind: .body), Office(id: "chair", name: "Chair", kind: .post),
    ]
    let relations = [
      Relation(
        kind: .allied, source: .person("ames"), target: "boyd", span: try TimeSpan(years: 1930, 1931),
        confidence: 0.9, evidence: [evidence("Ames and Boyd stood together until 1931.", at: 10)]),
      Relation(
        kind: .allied, source: .person("ames"), target: "dunn", span: try TimeSpan(years: 1931),
        confidence: 0.6, evidence: [evidence("Dunn sided with Ames in 1931.", at: 50)]),
      Relation(
        kind: .opposed, source: .person("cole"), target: "x/<y>", span: try TimeSpan(years: 1931, 1932),
        confidence: 0.7, evidence: [evidence("Cole fought the \"Fox\" </script> openly.", at: 80)]),
      Relation(
        kind: .allied, source: .person("boyd"), target: "cole", span: try TimeSpan(years: 1932),
        confidence: 0.8, evidence: [evidence("Boyd joined Cole in 1932.", at: 140)]),
      Relation(
        kind: .appointed, source: .person("ames"), target: "cole", office: "chair", span: try TimeSpan(years: 1931),
        confidence: 0.8, evidence: [evidence("Ames made Cole chair in 1931.", at: 200)]),
      Relation(
        kind: .appointed, source: .institution("board"), target: "cole", office: "chair",
        span: try TimeSpan(years: 1931), confidence: 0.6,
        evidence: [evidence("The Board named Cole chair.", at: 260, span: try TimeSpan(years: 1931))]),
      Relation(
        kind: .expelled, source: .person("x/<y>"), target: "boyd", office: "board", span: try TimeSpan(years: 1932),
        confidence: 0.7, evidence: [evidence("The Fox threw Boyd off the Board.", at: 320)]),
    ]
    return try PatronageGraph(persons: persons, offices: offices, relations: relations)
  }

  /// A fresh temporary folder path (not created).
  static func temporaryPath(_ prefix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
  }
}
