import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("the month May, re-election, posts given alongside")
struct MayAndReelectionTests {
  @Test(arguments: ["In May 1924", "On 23 May 1924", "May 1924:"])
  func theMonthMayIsNoModal(opening: String) throws {
    try expectRelations(
      "\(opening) 1️⃣Stalin attacked 2️⃣Trotsky.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func theModalMayStillHedges() throws {
    try expectRelations("In 1924 Stalin may have attacked Trotsky.", [])
  }

  @Test func reElected() throws {
    try expectRelations(
      "The Thirteenth Congress in May 1924 re-elected 2️⃣Stalin to the Central Committee.",
      [RelationSpec(.appointed, from: "[party-congress]", to: "2️⃣", office: "central-committee", year: 1924)])
  }

  @Test func othersGivenPostsAlongside() throws {
    try expectRelations(
      "In April 1922 the 1️⃣plenum named 2️⃣Stalin General Secretary, with 3️⃣Molotov and 4️⃣Kuibyshev as secretaries.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "secretariat", year: 1922),
        RelationSpec(.appointed, from: "1️⃣", to: "4️⃣", office: "secretariat", year: 1922),
      ])
  }
}
