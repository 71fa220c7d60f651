import Testing

@testable import PatronageExtraction

@Suite("expelled")
struct ExpelledRuleTests {
  @Test func activeVoiceFromBody() throws {
    try expectRelations(
      "In November 1927 the 1️⃣Central Committee expelled 2️⃣Trotsky from the party.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "party", year: 1927)])
  }

  @Test func passiveVoiceCoordinated() throws {
    try expectRelations(
      "In 1927 1️⃣Zinoviev and 2️⃣Kamenev were expelled from the Politburo.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "politburo", year: 1927),
      ])
  }

  @Test func removedAsPost() throws {
    try expectRelations(
      "In January 1925 1️⃣Trotsky was removed as Commissar of War.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func verbFormAfterPossessiveIsNotTheTarget() throws {
    try expectRelations("In 1922 Lenin asked for Stalin's help in sacking the cooks.", [])
  }
}
