import PatronageCore
import Testing

@Suite struct UnnamedPostTenureTests {
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
}
