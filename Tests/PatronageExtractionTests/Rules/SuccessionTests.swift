import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("a removal coordinated with 'replaced by' or 'succeeded by'")
struct CoordinatedSuccessionTests {
  @Test(arguments: [
    "In January 1925 1️⃣Trotsky was removed as War Commissar and replaced by 2️⃣Frunze.",
    "1️⃣Trotsky was removed as War Commissar in January 1925 and replaced by 2️⃣Frunze.",
  ])
  func theSuccessorTakesThePostNamedBefore(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "war-commissar", year: 1925),
      ])
  }

  @Test(arguments: [
    "1️⃣Uglanov was replaced by 2️⃣Molotov as head of the Moscow organisation in November 1928.",
    "In 1928 1️⃣Uglanov was replaced at the Moscow organisation by 2️⃣Molotov.",
  ])
  func thePostAfterTheSuccessorOrPastAt(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "moscow-party", year: 1928),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "moscow-party", year: 1928),
      ])
  }

  @Test func aParticipleReplacingThePredecessor() throws {
    try expectRelations(
      "In 1926 1️⃣Kirov became head of the Leningrad party, replacing 2️⃣Zinoviev.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "petrograd-party", year: 1926),
      ])
  }

  @Test func aParticipleWithoutAPostRemovesNoOne() throws {
    try expectRelations("In 1926 Kirov went to Leningrad, replacing Zinoviev.", [])
  }

  @Test func theSuccessorDidNotOustThePredecessor() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev was ousted from the Leningrad party organisation and replaced by 2️⃣Kirov.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "petrograd-party", year: 1926),
      ])
  }
}
