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
