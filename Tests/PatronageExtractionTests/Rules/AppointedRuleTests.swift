import Testing

@testable import PatronageExtraction

@Suite("appointed")
struct AppointedRuleTests {
  @Test func activeVoice() throws {
    try expectRelations(
      "In April 1922 1️⃣Lenin appointed 2️⃣Stalin General Secretary.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func passiveVoiceWithAgent() throws {
    try expectRelations(
      "In 1924 2️⃣Rykov was appointed chairman of Sovnarkom by the 1️⃣Politburo.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "sovnarkom-chair", year: 1924)])
  }

  @Test func passiveVoiceWithoutAgent() throws {
    try expectRelations(
      "In 1925 1️⃣Frunze was appointed Commissar of War.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func coordinationExpandsToEveryAppointee() throws {
    try expectRelations(
      "In 1926 the 1️⃣Plenum elected 2️⃣Rudzutak and 3️⃣Kuibyshev to the Politburo.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "politburo", year: 1926),
      ])
  }

  @Test func becameTakesThePostWithoutPatron() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin became General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func withoutOfficeNothingIsReported() throws {
    try expectRelations("In 1923 Zinoviev appointed Kamenev.", [])
  }
}
