import Testing

@testable import PatronageExtraction

@Suite("allied groups and cues")
struct AlliedGroupAndCueTests {
  @Test func factionOfMembersPairsEveryMember() throws {
    try expectRelations(
      "In 1929 the faction of 1️⃣Bukharin, 2️⃣Rykov and 3️⃣Tomsky lost the vote.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1929),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1929),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1929),
      ])
  }

  @Test func deviationOfMembersLeavesOutTheSubject() throws {
    try expectRelations(
      "In 1929 1️⃣Kuibyshev wrote about the right deviation of 2️⃣Bukharin and 3️⃣Rykov.",
      [RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1929)])
  }

  @Test func factionWithoutMembersIsNoAlliance() throws {
    try expectRelations("In 1926 1️⃣Stalin spoke about the faction led by 2️⃣Zinoviev.", [])
  }

  @Test func handInGlove() throws {
    try expectRelations(
      "In 1923 1️⃣Kamenev worked hand in glove with 2️⃣Stalin.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func connivance() throws {
    try expectRelations(
      "In 1925 1️⃣Stalin acted with the connivance of 2️⃣Bukharin.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func actingAtSomeonesBehest() throws {
    try expectRelations(
      "In 1926 2️⃣Yaroslavsky, acting at 1️⃣Stalin's behest, questioned the delegates.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func hypotheticalJoiningOfForcesIsNoEvent() throws {
    try expectRelations("In 1927 Zinoviev might have joined forces with Trotsky.", [])
  }
}

@Suite("co-leaders")
struct CoLeaderTests {
  @Test func coLeadersOfAGroupAreAllies() throws {
    try expectRelations(
      "In 1922 the local Communists, led by 1️⃣Mdivani and 2️⃣Makharadze, resisted.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func jointHeadsOfABodyAreNotThereforeAllies() throws {
    try expectRelations("In 1920 the Secretariat was led by Krestinsky, Preobrazhensky and Serebryakov.", [])
  }

  @Test func aSingleLeaderTiesNobody() throws {
    try expectRelations("In 1928 a minority, led by Bukharin, resisted.", [])
  }
}
