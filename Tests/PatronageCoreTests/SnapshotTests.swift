import PatronageCore
import Testing

@Suite struct SnapshotTests {
  private func kinds(_ snapshot: YearSnapshot) -> [String] {
    snapshot.relations.map { "\($0.kind.rawValue):\($0.source?.id ?? "-")>\($0.target):\($0.office?.rawValue ?? "-")" }
  }

  @Test func officeTenureEndsAtRemoval() throws {
    let graph = try Fixtures.graph()
    #expect(kinds(graph.snapshot(year: 1925)).contains("appointed:->trotsky:politburo"))
    #expect(kinds(graph.snapshot(year: 1926)).contains("appointed:->trotsky:politburo"))
    #expect(!kinds(graph.snapshot(year: 1927)).contains("appointed:->trotsky:politburo"))
    #expect(kinds(graph.snapshot(year: 1926)).contains("expelled:plenum>trotsky:politburo"))
    #expect(!kinds(graph.snapshot(year: 1927)).contains("expelled:plenum>trotsky:politburo"))
  }

  @Test func partyExpulsionEndsEveryOffice() throws {
    let graph = try Fixtures.graph()
    let tenure = try #require(graph.tenures.first { $0.person == "zinoviev" })
    #expect(tenure.from == 1921)
    #expect(tenure.to == 1927)
    #expect(!tenure.holds(in: 1928))
    #expect(!kinds(graph.snapshot(year: 1928)).contains("appointed:->zinoviev:politburo"))
  }

  @Test func openTenureLastsWhileTheAppointeeIsSeen() throws {
    let graph = try Fixtures.graph()
    #expect(graph.yearRange == 1919...1929)
    let index = try #require(graph.relations.firstIndex { $0.target == "stalin" && $0.kind == .appointed })
    #expect(graph.activeYears(ofRelationAt: index) == 1922...1929)
    #expect(kinds(graph.snapshot(year: 1929)).contains("appointed:plenum>stalin:general-secretary"))
    #expect(!kinds(graph.snapshot(year: 1921)).contains("appointed:plenum>stalin:general-secretary"))
  }

  @Test func openTenureIsNotStretchedOverOtherPeoplesYears() throws {
    let graph = try Fixtures.graph()
    let tenure = try #require(graph.tenures.first { $0.person == "molotov" })
    #expect(tenure.to == nil)
    let index = tenure.relationIndex
    #expect(graph.activeYears(ofRelationAt: index) == 1921...1921)
  }

  @Test func activeYearsSkipEmptyStretches() throws {
    let relations = [
      Relation(kind: .allied, source: .person("stalin"), target: "kamenev", span: Fixtures.span(1923, 1924)),
      Relation(kind: .appointed, source: nil, target: "molotov", office: "politburo", span: Fixtures.span(1530)),
      Relation(kind: .opposed, source: .person("molotov"), target: "trotsky", span: Fixtures.span(1532)),
    ]
    let graph = try PatronageGraph(persons: Fixtures.persons, offices: Fixtures.offices, relations: relations)
    #expect(graph.yearRange == 1530...1924)
    #expect(graph.activeYears == [1530, 1531, 1532, 1923, 1924])
    #expect(graph.snapshot(year: 1700).relations.isEmpty)
  }

  @Test func symmetricTiesHoldWhileTheirSpanCoversTheYear() throws {
    let graph = try Fixtures.graph()
    #expect(kinds(graph.snapshot(year: 1923)).contains("allied:stalin>zinoviev:-"))
    #expect(!kinds(graph.snapshot(year: 1925)).contains("allied:stalin>zinoviev:-"))
    #expect(graph.snapshot(year: 1926).persons.contains("kamenev"))
    #expect(!graph.snapshot(year: 1925).persons.contains("kamenev"))
  }

  @Test func snapshotsAgreeWithSingleYearSnapshots() throws {
    let graph = try Fixtures.graph()
    let all = graph.snapshots()
    #expect(all.map(\.year) == Array(1919...1929))
    for snapshot in all {
      #expect(snapshot.relationIndices == graph.snapshot(year: snapshot.year).relationIndices)
    }
  }

  @Test func undatedRelationsAreInNoSnapshot() throws {
    let graph = try PatronageGraph(
      persons: Fixtures.persons, offices: [],
      relations: [Relation(kind: .allied, source: .person("stalin"), target: "kamenev")])
    #expect(graph.yearRange == nil)
    #expect(graph.snapshots().isEmpty)
    #expect(graph.snapshot(year: 1922).relations.isEmpty)
  }

  @Test func nobodyIsInASnapshotAfterTheirDeath() throws {
    let graph = try PatronageGraph(
      persons: [
        Person(id: "lenin", name: "Lenin", died: 1924), Person(id: "stalin", name: "Stalin"),
        Person(id: "zinoviev", name: "Zinoviev"),
      ],
      offices: [],
      relations: [
        Relation(
          kind: .allied, source: .person("lenin"), target: "zinoviev", span: try TimeSpan(years: 1920, 2003),
          confidence: 0.9),
        Relation(
          kind: .opposed, source: .person("lenin"), target: "stalin", span: try TimeSpan(years: 1959),
          confidence: 0.9),
      ])
    #expect(graph.snapshot(year: 1924).persons == ["lenin", "zinoviev"])
    #expect(graph.snapshot(year: 1925).persons.isEmpty)
    #expect(graph.activeYears == Array(1920...1924))
  }

  @Test func deathBeforeBirthIsRejected() {
    #expect(throws: ModelError.invalidSpan("x died in 1900, before being born in 1950")) {
      try PatronageGraph(persons: [Person(id: "x", name: "X", born: 1950, died: 1900)], offices: [], relations: [])
    }
  }
}
