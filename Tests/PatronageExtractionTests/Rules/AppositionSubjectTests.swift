import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("subjects past an apposition, and successors of a post named before")
struct AppositionSubjectTests {
  @Test(arguments: [
    "In 1925 1️⃣Kaganovich, a Stalin loyalist, was appointed to the Orgburo.",
    "In 1925 1️⃣Kaganovich, the Stalin loyalist, was appointed to the Orgburo.",
  ])
  func aNameInsideADescriptionIsNotTheSubject(text: String) throws {
    try expectRelations(text, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1925)])
  }

  @Test func anActiveVerbRightAfterTheApposition() throws {
    try expectRelations(
      "1️⃣Ordzhonikidze, 2️⃣Stalin's old friend, became head of the Central Control Commission in 1926.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "central-control-commission", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
      ])
  }

  @Test func becameHeadOf() throws {
    try expectRelations(
      "In 1926 1️⃣Kirov became head of the Leningrad party.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926)])
  }

  @Test func aFirstSecretaryIsNoSecretaryOfTheCentralCommittee() throws {
    try expectRelations(
      "In 1925 1️⃣Kaganovich was sent to the Ukraine as first secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "gubkom-secretary", year: 1925)])
  }
}

@Suite("relative clauses: the antecedent appointed or holding, the clause's own time")
struct RelativeClauseTests {
  @Test func whomTheSubjectAppointed() throws {
    let found = try MarkedProse.relations(
      "2️⃣Molotov, whom 1️⃣Lenin had appointed to the Secretariat in 1921, became a power in the party.")
    #expect(found == [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "secretariat", year: 1921)])
  }

  @Test func whoHeldThePost() throws {
    try expectRelations(
      "1️⃣Kaganovich, who headed the Orgburo from 1922, placed many men in the provinces.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1922)])
  }

  @Test func aRelativeClausesTimeDoesNotDateTheMainClause() throws {
    try expectRelations(
      "In 1925 1️⃣Kamenev, who had chaired the Moscow Soviet since 1918, was removed from the Politburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1925)])
  }
}

@Suite("members named by a copula, clients losing a post, coordinated passives")
struct CopulaMembersAndCoordinatedPassiveTests {
  @Test(arguments: [
    "In 1925 1️⃣Stalin's allies included 2️⃣Bukharin and 3️⃣Rykov.",
    "Among 1️⃣Stalin's allies in 1925 were 2️⃣Bukharin and 3️⃣Rykov.",
    "In 1925 1️⃣Stalin's allies were 2️⃣Bukharin and 3️⃣Rykov.",
  ])
  func theAlliesNamedAfterACopula(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1925),
      ])
  }

  @Test func aClientDismissedWasNotGivenThePost() throws {
    let found = try MarkedProse.relations(
      "1️⃣Zinoviev's protégé 2️⃣Zalutsky was dismissed as Leningrad party secretary in 1925.")
    #expect(found.contains(RelationSpec(.expelled, from: nil, to: "2️⃣", office: "petrograd-party", year: 1925)))
    #expect(!found.contains { $0.kind == .appointed && $0.office != nil }, "\(found)")
  }

  @Test func aSecondParticipleSharesTheSubject() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin was appointed to head the Orgburo and elected General Secretary.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1922),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922),
      ])
  }
}
