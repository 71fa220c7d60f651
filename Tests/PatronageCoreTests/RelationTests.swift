import PatronageCore
import Testing

@Suite struct RelationTests {
  @Test func symmetricRelationsStoreTheirPersonsInIdOrder() {
    let relation = Relation(kind: .allied, source: .person("zinoviev"), target: "kamenev")
    #expect(relation.source == .person("kamenev"))
    #expect(relation.target == "zinoviev")
    let reversed = Relation(kind: .allied, source: .person("kamenev"), target: "zinoviev")
    #expect(relation.key == reversed.key)
  }

  @Test func directedRelationsKeepTheirDirection() {
    let relation = Relation(kind: .appointed, source: .person("stalin"), target: "molotov", office: "secretariat")
    #expect(relation.source == .person("stalin"))
    #expect(relation.target == "molotov")
  }

  @Test func mergingUnitesEvidenceSpansAndConfidence() throws {
    let first = Relation(
      kind: .opposed, source: .person("stalin"), target: "trotsky", span: try TimeSpan(years: 1923),
      confidence: 0.5, evidence: [Fixtures.evidence("A", at: 10)])
    let second = Relation(
      kind: .opposed, source: .person("trotsky"), target: "stalin", span: try TimeSpan(years: 1927),
      confidence: 0.5, evidence: [Fixtures.evidence("B", document: "other.txt"), Fixtures.evidence("A", at: 10)])
    let merged = [first, second].mergingDuplicates()
    try #require(merged.count == 1)
    #expect(merged[0].evidence.count == 2)
    #expect(merged[0].span?.years == 1923...1927)
    #expect(abs(merged[0].confidence - 0.75) < 1e-12)
  }

  /// Sorted input takes a shortcut only while every key is strictly greater than the one before: a repeated key at
  /// the end, or keys out of order, still merge and sort.
  @Test(arguments: [["a", "b", "b"], ["b", "a"], ["a", "b", "c"]])
  func sortedRunsStillMergeTheirRepeats(_ targets: [String]) {
    let relations = targets.map {
      Relation(kind: .appointed, source: .person("stalin"), target: PersonID(rawValue: $0), confidence: 0.5)
    }
    let merged = relations.mergingDuplicates()
    #expect(merged.map(\.target.rawValue) == Array(Set(targets)).sorted())
    #expect(merged.map(\.key) == merged.map(\.key).sorted())
  }

  @Test func evidenceDifferingOnlyInAgentMergesInOneOrder() {
    var byZinoviev = Fixtures.evidence("Z and K quarrelled with S.", at: 5)
    byZinoviev.agent = .person("zinoviev")
    var byKamenev = byZinoviev
    byKamenev.agent = .person("kamenev")
    func relation(_ evidence: Evidence) -> Relation {
      Relation(kind: .allied, source: .person("kamenev"), target: "zinoviev", confidence: 0.5, evidence: [evidence])
    }
    let one = [relation(byZinoviev), relation(byKamenev)].mergingDuplicates()
    let other = [relation(byKamenev), relation(byZinoviev)].mergingDuplicates()
    #expect(one == other)
    #expect(one.first?.evidence.map(\.agent) == [.person("kamenev"), .person("zinoviev")])
  }

  @Test func mergingManyRepeatsEqualsMergingThemPairwise() throws {
    let people: [PersonID] = ["stalin", "trotsky", "zinoviev"]
    var relations: [Relation] = []
    for index in 0..<60 {
      let evidence = Fixtures.evidence("Sentence \(index % 25).", document: "d\(index % 3).txt", at: index % 25)
      relations.append(
        Relation(
          kind: index % 2 == 0 ? .opposed : .allied, source: .person(people[index % 3]),
          target: people[(index + 1) % 3], span: try TimeSpan(years: 1920 + index % 7, 1920 + index % 7 + index % 4),
          confidence: 0.3 + Double(index % 5) / 10, evidence: [evidence]))
    }
    let merged = relations.mergingDuplicates()
    #expect(merged.count < relations.count)
    for relation in merged {
      let group = relations.filter { $0.key == relation.key }
      let pairwise = group.dropFirst().reduce(group[0]) { $0.merged(with: $1) }
      #expect(relation == pairwise)
    }
  }

  @Test func dateConflictsAreVisible() throws {
    var a = Fixtures.evidence("A")
    a.span = try TimeSpan(years: 1922)
    var b = Fixtures.evidence("B", at: 40)
    b.span = try TimeSpan(years: 1925)
    let relation = Relation(kind: .appointed, source: nil, target: "stalin", office: "politburo", evidence: [a, b])
    #expect(relation.hasDateConflict)
    b.span = try TimeSpan(years: 1921, 1922)
    #expect(!Relation(kind: .appointed, source: nil, target: "stalin", evidence: [a, b]).hasDateConflict)
  }

  @Test(arguments: [
    Relation(kind: .allied, source: nil, target: "stalin"),
    Relation(kind: .opposed, source: .institution("plenum"), target: "stalin"),
    Relation(kind: .allied, source: .person("stalin"), target: "stalin"),
    Relation(kind: .appointed, source: nil, target: "stalin", confidence: 1.5),
  ])
  func invalidRelationsAreRejected(relation: Relation) {
    #expect(throws: ModelError.self) { try relation.validate() }
  }
}
