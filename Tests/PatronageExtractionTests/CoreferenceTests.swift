import Testing

@testable import PatronageExtraction

@Suite("coreference")
struct CoreferenceTests {
  @Test func pronounToThePreviousSubject() throws {
    try expectRelations(
      "In 1924 1️⃣Zinoviev spoke first. Then he attacked 2️⃣Trotsky.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func possessivePronounToTheSentenceSubject() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev and his ally 2️⃣Kamenev lost their posts.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func objectPronounSkipsItsOwnClause() throws {
    try expectRelations(
      "In 1924 1️⃣Trotsky published an essay. 2️⃣Zinoviev and 3️⃣Kamenev attacked him.",
      [
        RelationSpec(.opposed, from: "2️⃣", to: "1️⃣", year: 1924),
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1924),
      ])
  }

  @Test func femalePronounSkipsMen() throws {
    try expectRelations(
      "In 1921 1️⃣Kollontai argued with Lenin at length. Later she attacked 2️⃣Bukharin.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test func titleToTheHolderInThatYear() throws {
    try expectRelations(
      "In 1925 the General Secretary denounced 2️⃣Zinoviev.",
      [RelationSpec(.opposed, from: "[stalin]", to: "2️⃣", year: 1925)])
  }

  @Test func groupPhraseToTheSetTheDocumentTiedToIt() throws {
    try expectRelations(
      """
      In 1923 a triumvirate of 1️⃣Stalin, 2️⃣Zinoviev and 3️⃣Kamenev ran the Politburo.

      In 1924 the triumvirate attacked 4️⃣Trotsky.
      """,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1924),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1924),
        RelationSpec(.opposed, from: "3️⃣", to: "4️⃣", year: 1924),
      ])
  }

  @Test func allThreeForACollectiveExpulsion() throws {
    try expectRelations(
      """
      In 1927 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev led the opposition; all three were expelled from the party.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func theyToThePreviousPluralSubject() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev and 2️⃣Kamenev changed course. They now joined 3️⃣Trotsky.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1925),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1925),
      ])
  }

  @Test func theyAfterASingleSubjectIsUnresolved() throws {
    try expectRelations("In 1925 Zinoviev changed course. They now joined Trotsky.", [])
  }

  @Test func allThreeAfterAListOfThree() throws {
    try expectRelations(
      "In 1926 the opposition of 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev spoke. In 1927 all three were expelled from "
        + "the party.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func capitalisedGroupNameWithMembersInParentheses() throws {
    try expectRelations(
      "In 1926 the United Opposition (of 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev) held back.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func joinedForcesAgainstIsNoAllianceWithTheTarget() throws {
    try expectRelations(
      "In 1922 1️⃣Kamenev joined forces against 2️⃣Trotsky.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}
