import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("a set named by some of its members: 'including', 'among them', 'notably'")
struct IncludedListTests {
  @Test func theNamedMembersOfTheExpelledAreExpelled() throws {
    try expectRelations(
      """
      In December 1927 the Fifteenth Congress expelled seventy-five oppositionists, including 2️⃣Kamenev and \
      3️⃣Rakovsky.
      """,
      [
        RelationSpec(.expelled, from: "[party-congress]", to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: "[party-congress]", to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func historicPresentAndAmongThem() throws {
    try expectRelations(
      "1927, Dec. - Fifteenth Congress expels the opposition's leaders, among them 2️⃣Kamenev and 3️⃣Rakovsky.",
      [
        RelationSpec(.expelled, from: "[party-congress]", to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: "[party-congress]", to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func amongThemIsTheSetNotTheLastPeopleNamed() throws {
    try expectRelations(
      """
      In November 1927 1️⃣Trotsky was expelled from the party. In December the Fifteenth Congress expelled the \
      other leaders, among them 2️⃣Kamenev and 3️⃣Rakovsky.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: "[party-congress]", to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: "[party-congress]", to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func theNamedMembersOfTheAttackedAreOpposed() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin attacked the opposition leaders, notably 2️⃣Trotsky and 3️⃣Radek.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1924),
      ])
  }

  @Test func theNamedAppointeesAreAppointed() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin appointed several loyal men, among them 2️⃣Kaganovich and 3️⃣Mekhlis, to the Secretariat.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "secretariat", year: 1922),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "secretariat", year: 1922),
      ])
  }

  @Test func aPossessorIsNotItselfOneOfTheSet() throws {
    try expectRelations(
      "In 1927 the Fifteenth Congress expelled 2️⃣Trotsky's followers, including 1️⃣Radek.",
      [
        RelationSpec(.expelled, from: "[party-congress]", to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1927),
      ])
  }

  @Test(arguments: [
    // A clause break between the verb and the list.
    "In 1927 the congress expelled many; but others, including Radek, stayed.",
    // A relative clause: the list may belong to it.
    "In 1927 the congress expelled those who had signed, including Radek.",
  ])
  func noInclusionAcrossANameOrAClause(text: String) throws {
    let found = try MarkedProse.relations(text)
    #expect(!found.contains { $0.kind == .expelled && $0.to == "[radek]" }, "\(found)")
  }
}
