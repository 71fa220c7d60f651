import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("posts referred back to, specific posts, held posts, former ties, appositive objects")
struct ReferredPostAndFormerTieTests {
  @Test func removedFromThatPost() throws {
    try expectRelations(
      "1️⃣Zinoviev was chairman of the Comintern from 1919. In 1926 he was removed from that post.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "comintern", year: 1926)])
  }

  @Test func chosenForThePost() throws {
    let found = try MarkedProse.relations(
      "1️⃣Molotov became a secretary of the Central Committee in 1921. 2️⃣Lenin had chosen him for the post.",
      minimumConfidence: 0.3)
    #expect(found.contains(RelationSpec(.appointed, from: "2️⃣", to: "1️⃣", office: "secretariat", year: 1921)))
  }

  @Test func aSecretaryOfAnotherBody() throws {
    try expectRelations(
      "In 1921 1️⃣Kirov became secretary of the Azerbaijan party.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "azerbaijan-party", year: 1921)])
  }

  @Test func headedAsAHeldPost() throws {
    try expectRelations(
      "1️⃣Zinoviev headed the Petrograd Soviet from 1917.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-soviet", year: 1917)])
  }

  @Test func aFormerAllianceHasNoYear() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin attacked his former allies, 2️⃣Bukharin and 3️⃣Rykov.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: nil),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: nil),
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1928),
      ])
  }

  @Test func theObjectNamedAfterItsDescription() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin attacked the leaders of the right, 2️⃣Bukharin and 3️⃣Rykov.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1928),
      ])
  }
}

@Suite("an object after an article, a tenure until a year")
struct ArticleObjectAndTenureTests {
  @Test func appointingABodyAppointsNoOne() throws {
    try expectRelations("In 1922 Lenin appointed a commission to study the Georgian question.", [])
  }

  @Test func aTenureUntilAYearGivesNoYearOfAppointment() throws {
    try expectRelations(
      "1️⃣Tomsky headed the trade unions until 1929.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "trade-unions", year: nil)])
  }
}

@Suite("posts held: headed, ran, chaired")
struct TenureVerbTests {
  @Test(arguments: ["ran", "headed"])
  func theSubjectHeldThePost(verb: String) throws {
    try expectRelations(
      "In 1924 1️⃣Zinoviev \(verb) the Leningrad organisation.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1924)])
  }

  @Test func chairingMeetingsIsNoPost() throws {
    try expectRelations("In 1922 Stalin chaired the Secretariat and the Orgburo.", [])
  }

  @Test func chairedByIsPassive() throws {
    try expectRelations(
      "In 1924 the Politburo chaired by 1️⃣Kamenev met daily.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo", year: 1924)])
  }

  @Test func ranAwayHoldsNothing() throws {
    try expectRelations("In 1924 Trotsky ran away from the Politburo meeting.", [])
  }
}
