import Testing

@testable import PatronageExtraction

@Suite("appointed: two offices given together")
struct AppointedCoordinatedOfficeTests {
  @Test func aSecondOfficeAfterAndIsAlsoGiven() throws {
    try expectRelations(
      """
      The Twelfth Congress (April 1923) made 1️⃣Kuibyshev chairman of the Central Control Commission and at the same \
      time head of Rabkrin.
      """,
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "central-control-commission", year: 1923),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1923),
      ])
  }

  @Test func chairmanshipsDistributeOverBodies() throws {
    try expectRelations(
      "In 1922 the chairmanships of the Politburo and of the Sovnarkom were assumed by 1️⃣Kamenev.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo-chair", year: 1922),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "sovnarkom-chair", year: 1922),
      ])
  }

  @Test func aBodyStartingAClauseIsNotGiven() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin appointed 2️⃣Stalin General Secretary, and the Politburo agreed.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }
}
