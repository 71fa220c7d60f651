import Testing

@testable import PatronageExtraction

@Suite("opposed: helpers of an act against someone")
struct AccompliceTests {
  @Test func helpersOfARemovalOpposeTheOneRemoved() throws {
    try expectRelations(
      """
      In 1925 1️⃣Stalin, with the connivance of 2️⃣Zinoviev and 3️⃣Kamenev, denounced 4️⃣Trotsky.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1925),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1925),
        RelationSpec(.opposed, from: "3️⃣", to: "4️⃣", year: 1925),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1925),
      ])
  }

  @Test func helpWithoutAnActAgainstSomeoneIsOnlyAlliance() throws {
    try expectRelations(
      "In 1925 1️⃣Stalin, with the help of 2️⃣Molotov, built up the Secretariat.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }
}

@Suite("opposed: against it, a group named before")
struct AgainstItTests {
  @Test func itAfterAgainstIsTheGroupTheSentenceNamed() throws {
    try expectRelations(
      """
      In 1922 1️⃣Stalin, 2️⃣Zinoviev and 3️⃣Kamenev formed a triumvirate. In 1923 4️⃣Lenin learned what the \
      triumvirate was doing and prepared against it a major campaign.
      """,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1922),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1922),
        RelationSpec(.opposed, from: "4️⃣", to: "1️⃣", year: 1923),
        RelationSpec(.opposed, from: "4️⃣", to: "2️⃣", year: 1923),
        RelationSpec(.opposed, from: "4️⃣", to: "3️⃣", year: 1923),
      ])
  }

  @Test func itAfterAgainstWithoutAGroupIsNobody() throws {
    try expectRelations("In 1923 Lenin read the resolution and campaigned against it.", [])
  }
}

@Suite("coordinated possessors")
struct CoordinatedPossessorTests {
  @Test func possessorsJoinedByAndOwnTheNounTogether() throws {
    try expectRelations(
      "In 1922 1️⃣Kamenev's, and 2️⃣Zinoviev's proposal, vetoed by 3️⃣Stalin, to remove 4️⃣Trotsky from the party failed.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1922),
        RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1922),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1922),
      ])
  }
}
