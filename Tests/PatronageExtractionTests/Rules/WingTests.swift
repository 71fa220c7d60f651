import Testing

@testable import PatronageExtraction

@Suite("wings defined by their members")
struct WingTests {
  @Test func theLeftStandsForThePeopleInItsParentheses() throws {
    try expectRelations(
      """
      Stalin stood between the left (1️⃣Trotsky and later 2️⃣Zinoviev) and the right (Bukharin and his friends). \
      In 1926 the reunited left fought against 3️⃣Stalin.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func possessivesInsideTheParenthesesAreNotMembers() throws {
    try expectRelations(
      """
      Stalin balanced the right (1️⃣Bukharin and his friends) against the others. \
      In 1925 2️⃣Stalin, with the support of the right, answered the critics.
      """,
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func anUndefinedWingIsNobody() throws {
    try expectRelations("In 1928 Stalin fought against the right.", [])
  }

  @Test func theRightToSomethingIsNoWing() throws {
    try expectRelations(
      "The right (Bukharin and Rykov) was cautious. In 1928 Stalin denied the right to free debate.", [])
  }

  @Test func theyAfterABodyInAnOpeningPhraseIsTheGroup() throws {
    try expectRelations(
      """
      At the plenum in April 1926 the bloc of 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev held back. \
      In 1927 they attacked 4️⃣Stalin.
      """,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1927),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1927),
        RelationSpec(.opposed, from: "3️⃣", to: "4️⃣", year: 1927),
      ])
  }
}
