import Testing

@testable import PatronageExtraction

@Suite("demotions and promotions to membership")
struct DemotionTests {
  @Test func demotedToCandidateLosesFullMembership() throws {
    try expectRelations(
      "On 1 January 1926 1️⃣Kamenev was demoted to a candidate member of the Politburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926)])
  }

  @Test func demotedFromABodyLosesIt() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin demoted 2️⃣Kamenev from the Politburo.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926)])
  }

  @Test func demotedToAnotherPostNamesNothingLost() throws {
    try expectRelations("In 1926 Kamenev was demoted to Commissar of Trade.", [])
  }

  @Test func promotedToFullMembershipIsOfTheBodyNamedLast() throws {
    try expectRelations(
      """
      On 1 January 1926 1️⃣Kamenev was demoted to a candidate member of the Politburo, while 2️⃣Molotov and \
      3️⃣Kalinin were promoted to full membership.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: nil, to: "3️⃣", office: "politburo", year: 1926),
      ])
  }
}
