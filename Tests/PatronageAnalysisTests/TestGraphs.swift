import Foundation
import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Small graphs written out by hand for the analysis tests.
enum TestGraphs {
  /// A tie in a hand-made graph: kind, the two persons (source first), the years, and an optional office.
  struct Tie {
    var kind: RelationKind
    var source: Agent?
    var target: String
    var office: String?
    var years: ClosedRange<Int>
    var confidence = 1.0
    var sentences = 1
  }

  static func allied(_ a: String, _ b: String, _ years: ClosedRange<Int>, sentences: Int = 1) -> Tie {
    Tie(kind: .allied, source: .person(PersonID(rawValue: a)), target: b, years: years, sentences: sentences)
  }

  static func opposed(_ a: String, _ b: String, _ years: ClosedRange<Int>) -> Tie {
    Tie(kind: .opposed, source: .person(PersonID(rawValue: a)), target: b, years: years)
  }

  static func appointed(_ patron: Agent?, _ client: String, _ office: String, _ year: Int) -> Tie {
    Tie(kind: .appointed, source: patron, target: client, office: office, years: year...year)
  }

  static func expelled(_ person: String, from office: String, _ year: Int) -> Tie {
    Tie(kind: .expelled, source: nil, target: person, office: office, years: year...year)
  }

  /// Builds a graph; persons and offices are everything the ties name plus `extraPersons`; `deaths` gives
  /// persons a year of death.
  static func graph(
    _ ties: [Tie], extraPersons: [String] = [], offices: [Office] = [], deaths: [String: Int] = [:]
  ) throws -> PatronageGraph {
    var personIDs = Set(extraPersons)
    var officeList = offices
    var officeIDs = Set(offices.map(\.id.rawValue))
    var relations: [Relation] = []
    for (index, tie) in ties.enumerated() {
      personIDs.insert(tie.target)
      if let person = tie.source?.person { personIDs.insert(person.rawValue) }
      for id in [tie.office, tie.source.flatMap { $0.person == nil ? $0.id : nil }].compactMap(\.self)
      where !officeIDs.contains(id) {
        officeIDs.insert(id)
        officeList.append(Office(id: OfficeID(rawValue: id), name: id, kind: .body))
      }
      let evidence = (0..<tie.sentences).map {
        Evidence(document: "test", start: index * 100 + $0, end: index * 100 + $0 + 1, sentence: "s", confidence: 1)
      }
      relations.append(
        Relation(
          kind: tie.kind, source: tie.source, target: PersonID(rawValue: tie.target),
          office: tie.office.map { OfficeID(rawValue: $0) },
          span: try TimeSpan(years: tie.years.lowerBound, tie.years.upperBound), confidence: tie.confidence,
          evidence: evidence))
    }
    return try PatronageGraph(
      persons: personIDs.sorted().map { Person(id: PersonID(rawValue: $0), name: $0.capitalized, died: deaths[$0]) },
      offices: officeList, relations: relations)
  }

  /// A fixture file from Tests/Fixtures.
  static func fixture(_ name: String) throws -> PatronageGraph {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try PatronageGraph(contentsOfFile: url.path)
  }

  /// The value for `person` in a per-node array of `network`.
  static func value(_ values: [Double], _ person: String, in network: SnapshotNetwork) throws -> Double {
    let index = try #require(network.index(of: PersonID(rawValue: person)))
    return values[index]
  }
}
