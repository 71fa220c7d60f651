import Foundation
import PatronageCore
import Testing

/// An appointment the sources never end lasts until the appointee's known death or the graph's last year.
@Suite struct PresumedTenureTests {
  static let commission = Office(id: "commission", name: "Commission of inquiry", kind: .body, temporary: true)

  /// Molotov appointed in 1924 and never seen again; Trotsky and Stalin keep the graph going until 1929.
  func graph(molotovDied died: Int?, office: OfficeID? = "secretariat") throws -> PatronageGraph {
    let persons = Fixtures.persons.map { person in
      var person = person
      if person.id == "molotov" { person.died = died }
      return person
    }
    return try PatronageGraph(
      persons: persons, offices: Fixtures.offices + [Self.commission],
      relations: [
        Relation(
          kind: .appointed, source: .person("stalin"), target: "molotov", office: office, span: Fixtures.span(1924)),
        Relation(kind: .opposed, source: .person("trotsky"), target: "stalin", span: Fixtures.span(1923, 1929)),
      ])
  }

  @Test func aTenureLastsUntilTheGraphEndsWhenTheAppointeeOutlivesIt() throws {
    #expect(try graph(molotovDied: 1986).activeYears(ofRelationAt: 0) == 1924...1929)
  }

  @Test func aTenureEndsWithTheAppointeesDeath() throws {
    #expect(try graph(molotovDied: 1926).activeYears(ofRelationAt: 0) == 1924...1926)
  }

  @Test func withoutAKnownDeathATenureLastsWhileTheAppointeeIsSeen() throws {
    #expect(try graph(molotovDied: nil).activeYears(ofRelationAt: 0) == 1924...1924)
  }

  @Test func aSeatOnATemporaryBodyIsNotPresumed() throws {
    #expect(try graph(molotovDied: 1986, office: "commission").activeYears(ofRelationAt: 0) == 1924...1924)
  }

  @Test func aPostNotNamedIsPresumedLikeANamedOne() throws {
    #expect(try graph(molotovDied: 1986, office: nil).activeYears(ofRelationAt: 0) == 1924...1929)
  }

  @Test func temporaryIsWrittenOnlyWhenSet() throws {
    let graph = try graph(molotovDied: 1986)
    let json = String(decoding: graph.jsonData(), as: UTF8.self)
    #expect(json.contains("\"temporary\" : true") || json.contains("\"temporary\":true"))
    #expect(json.components(separatedBy: "temporary").count == 2)
    let decoded = try PatronageGraph(jsonData: Data(json.utf8), path: "graph.json")
    #expect(decoded.office("commission")?.temporary == true)
    #expect(decoded.office("politburo")?.temporary == false)
  }
}
