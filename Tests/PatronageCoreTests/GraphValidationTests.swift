import PatronageCore
import Testing

@Suite struct GraphValidationTests {
  @Test func unknownPersonsAreRejected() {
    let relation = Relation(kind: .allied, source: .person("stalin"), target: "bukharin")
    #expect(throws: ModelError.self) {
      try PatronageGraph(persons: Fixtures.persons, offices: Fixtures.offices, relations: [relation])
    }
  }

  @Test func unknownOfficesAreRejected() {
    let relation = Relation(kind: .appointed, source: .institution("orgburo"), target: "stalin")
    #expect(throws: ModelError.self) {
      try PatronageGraph(persons: Fixtures.persons, offices: Fixtures.offices, relations: [relation])
    }
  }

  @Test func duplicateIdsAreRejected() {
    #expect(throws: ModelError.duplicateID("stalin")) {
      try PatronageGraph(persons: Fixtures.persons + [Person(id: "stalin", name: "Other")], offices: [], relations: [])
    }
  }

  @Test func orderOfInputDoesNotMatter() throws {
    let a = try Fixtures.graph()
    let b = try PatronageGraph(
      persons: Fixtures.persons.reversed(), offices: Fixtures.offices.reversed(),
      relations: Fixtures.relations.reversed())
    #expect(a == b)
    #expect(a.jsonData() == b.jsonData())
  }
}
