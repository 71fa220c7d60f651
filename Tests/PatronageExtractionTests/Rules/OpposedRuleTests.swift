import Testing

@testable import PatronageExtraction

@Suite("opposed")
struct OpposedRuleTests {
  @Test func activeVoiceWithCoordinatedObject() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin attacked 2️⃣Zinoviev and 3️⃣Kamenev.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func passiveVoice() throws {
    try expectRelations(
      "In 1924 1️⃣Trotsky was denounced by 2️⃣Zinoviev.", [RelationSpec(.opposed, from: "2️⃣", to: "1️⃣", year: 1924)])
  }

  @Test func rivalryBetween() throws {
    try expectRelations(
      "The rivalry between 1️⃣Stalin and 2️⃣Trotsky grew in 1923.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func possessiveRival() throws {
    try expectRelations(
      "In 1927 1️⃣Stalin's rival 2️⃣Trotsky left Moscow.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1927)])
  }

  @Test func capitalisedCueInsideANameIsNoCue() throws {
    try expectRelations("In 1921 Shlyapnikov spoke for the Workers' Opposition at the congress.", [])
  }
}
