import Testing

@testable import PatronageExtraction

@Suite("a named group dates what is said of its members")
struct GroupEraTests {
  @Test func aCarriedYearOutsideTheGroupsYearsGivesWayToThem() throws {
    try expectRelations(
      """
      In 1925 Zinoviev was in Leningrad.

      Later 1️⃣Kollontai joined the Workers' Opposition.
      """,
      [RelationSpec(.allied, from: "1️⃣", to: "[shlyapnikov]", year: 1920)])
  }

  @Test(arguments: [
    "In 1925 Zinoviev was in Leningrad. In 1921 1️⃣Kollontai joined the Workers' Opposition.",
    "In 1921 Zinoviev was in Leningrad. 1️⃣Kollontai joined the Workers' Opposition.",
  ])
  func aYearWithinTheGroupsYearsStands(_ text: String) throws {
    try expectRelations(text, [RelationSpec(.allied, from: "1️⃣", to: "[shlyapnikov]", year: 1921)])
  }
}
