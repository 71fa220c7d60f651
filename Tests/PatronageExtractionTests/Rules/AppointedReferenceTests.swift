import Testing

@testable import PatronageExtraction

/// Appointments named without their post ("his appointment was confirmed"), which refer back to the post and the
/// body the paragraph has been telling of.
@Suite("appointed: referring back")
struct AppointedReferenceTests {
  @Test func theParagraphsPostAndConfirmingBody() throws {
    try expectRelations(
      "In April 1922 the matter was discussed at the plenum. Lenin had written General Secretary beside "
        + "1️⃣Stalin's name. 1️⃣Stalin's appointment was confirmed.",
      [RelationSpec(.appointed, from: "[plenum]", to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func aBodyNamedAsASeatDoesNotConfirm() throws {
    try expectRelations(
      "In April 1922 Lenin put forward his list for election to the Central Committee with General Secretary "
        + "beside 1️⃣Stalin's name. 1️⃣Stalin's appointment was confirmed.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func aPostOfAnEarlierParagraphIsNotReferredTo() throws {
    try expectRelations(
      "In 1922 Lenin had written General Secretary beside 1️⃣Stalin's name.\n\n1️⃣Stalin's appointment was "
        + "confirmed in 1922.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: nil, year: 1922)])
  }
}
