import Testing

@testable import PatronageExtraction

@Suite("allied: on someone's side, member of a group, assistants")
struct AlliedSideAndMemberTests {
  @Test func onHisSideAfterACopula() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin fought the monopoly. 2️⃣Krasin was on his side.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func invertedOnHisSide() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin fought the monopoly. Also on his side was the trade commissar 2️⃣Krasin.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func aPossessiveAfterACopulaIsSomeoneElse() throws {
    try expectRelations(
      "In 1923 1️⃣Lenin felt isolated. 2️⃣Trotsky was his natural ally.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func aPossessiveAfterAnInfinitiveIsTheSubjects() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin's aim was to promote his friends, 2️⃣Molotov and 3️⃣Voroshilov.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1924),
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", year: 1924),
      ])
  }

  @Test func aMemberOfTheTriumvirateIsAlliedWithTheOthers() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin was the tactician of the triumvirate.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "[zinoviev]", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "[kamenev]", year: 1924),
      ])
  }

  @Test func anOutsiderOfTheTriumvirateIsNoMember() throws {
    try expectRelations("In 1924 Trotsky was the sharpest critic of the triumvirate's policy.", [])
  }

  @Test func anAssistant() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin's assistant, 2️⃣Amaiak Nazaretian, wrote to Tiflis.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}
