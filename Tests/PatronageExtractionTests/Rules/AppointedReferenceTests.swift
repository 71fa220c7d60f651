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

/// Posts taken on request: "X asked Y to… He agreed to head Z" (the one asked answers, and the asker is the patron).
@Suite("appointed: taking a post on request")
struct AppointedOnRequestTests {
  @Test func theOneAskedAgreesAndTheAskerIsThePatron() throws {
    try expectRelations(
      "In 1921 1️⃣Lenin asked 2️⃣Stalin to secure the apparatus. The work was heavy. With some reluctance he agreed "
        + "to supervise the Department of Agitation and Propaganda in the Central Committee Secretariat.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "agitprop", year: 1921)])
  }

  @Test func aRequestSentencesBackIsForgotten() throws {
    try expectRelations(
      "In 1921 Lenin asked Stalin to secure the apparatus. The work was heavy. 1️⃣Kamenev was in Moscow. With some "
        + "reluctance he agreed to supervise the Department of Agitation and Propaganda.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "agitprop", year: 1921)])
  }

  @Test(arguments: ["agreed to head", "consented to head", "agreed to become chairman of"])
  func agreeingToTakeAPost(_ verb: String) throws {
    try expectRelations(
      "In 1922 1️⃣Stalin \(verb) the commission on the federation.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "commission", year: 1922)])
  }
}

/// "Its chairman": the post that heads the body named before, which the body does not fill itself.
@Suite("appointed: the head of a body")
struct AppointedBodyHeadTests {
  @Test func itsChairmanIsTheHeadingPostAndItsDateTheOneInItsPhrase() throws {
    try expectRelations(
      "The Secretariat, established in March 1917, until 1️⃣Stalin's appointment as its chairman in April 1922, "
        + "shuffled papers.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }
}
