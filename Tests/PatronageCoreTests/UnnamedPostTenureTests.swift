import PatronageCore
import Testing

@Suite struct UnnamedPostTenureTests {
  private func evidence(_ document: String, _ year: Int) throws -> Evidence {
    Evidence(
      document: document, start: 0, end: 1, sentence: "s", confidence: 0.9, span: try TimeSpan(years: year),
      agent: nil)
  }

  @Test func anAppointmentWithoutAPostOpensATenureEndedByAnyRemoval() throws {
    let graph = try PatronageGraph(
      persons: Fixtures.persons, offices: Fixtures.offices,
      relations: [
        Relation(kind: .appointed, source: .person("stalin"), target: "molotov", span: Fixtures.span(1924)),
        Relation(
          kind: .expelled, source: nil, target: "molotov", office: "politburo", span: Fixtures.span(1927)),
      ])
    let tenure = try #require(graph.tenures.first)
    #expect(tenure.office == nil)
    #expect(tenure.from == 1924)
    #expect(tenure.to == 1927)
    #expect(graph.activeYears(ofRelationAt: 0) == 1924...1927)
  }

  @Test func anOpenTenureLastsThroughThePeriodItsDocumentCovers() throws {
    let relations = [
      Relation(
        kind: .appointed, source: .person("stalin"), target: "molotov", office: "politburo",
        span: Fixtures.span(1921), evidence: [try evidence("a.txt", 1921)]),
      Relation(
        kind: .allied, source: .person("stalin"), target: "kamenev", span: Fixtures.span(1925),
        evidence: [try evidence("a.txt", 1925)]),
      Relation(
        kind: .allied, source: .person("stalin"), target: "zinoviev", span: Fixtures.span(1929),
        evidence: [try evidence("b.txt", 1929)]),
    ]
    let graph = try PatronageGraph(persons: Fixtures.persons, offices: Fixtures.offices, relations: relations)
    let index = try #require(graph.relations.firstIndex { $0.kind == .appointed })
    // a.txt tells the story to 1925 without removing Molotov; b.txt's later years do not stretch the tenure.
    #expect(graph.activeYears(ofRelationAt: index) == 1921...1925)
  }
}
