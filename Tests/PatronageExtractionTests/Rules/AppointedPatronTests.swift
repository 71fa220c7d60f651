import Testing

@testable import PatronageExtraction

/// Patrons and appointees stated around the appointment verb rather than as its subject and object.
@Suite("appointed: patrons and heads")
struct AppointedPatronTests {
  @Test func causerOfBecoming() throws {
    try expectRelations(
      "In July 1921 1️⃣Stalin arranged for 2️⃣Mdivani to become chairman of the Georgian Revolutionary Committee.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "georgian-revkom", year: 1921)])
  }

  @Test func becomingWithoutACauserHasNoPatron() throws {
    try expectRelations(
      "In July 1921 1️⃣Mdivani became chairman of the Georgian Revolutionary Committee.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "georgian-revkom", year: 1921)])
  }

  @Test(arguments: [
    "In April 1922 2️⃣Stalin was appointed General Secretary on 1️⃣Lenin's instructions.",
    "In April 1922 2️⃣Stalin was appointed General Secretary at the suggestion of 1️⃣Lenin.",
  ])
  func instigatorOfAPassiveAppointment(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func headOfANewBody() throws {
    try expectRelations(
      "In February 1920 the Workers' and Peasants' Inspectorate was created, with 1️⃣Stalin as chairman.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1920)])
  }

  @Test(arguments: [
    "In August 1922 1️⃣Lenin entrusted the drafting of the treaty to a commission headed by 2️⃣Stalin.",
    "In 1922 1️⃣Lenin set up a commission headed by 2️⃣Stalin.",
  ])
  func whoeverSetsUpABodyChoosesItsHead(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "commission", year: 1922)])
  }

  @Test func aBodyHeadedBySomeoneHasNoPatronOfItsOwn() throws {
    try expectRelations(
      "In 1922 a commission headed by 1️⃣Stalin drafted the treaty, and Lenin read it.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "commission", year: 1922)])
  }

  @Test func asChairmanWithoutWithIsNoAppointment() throws {
    try expectRelations("In 1921 Stalin, as chairman of Rabkrin, inspected the commissariats.", [])
  }

  @Test func appositionAfterAPossessiveObject() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin promoted his allies, 2️⃣Molotov and 3️⃣Voroshilov, to the Central Committee.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "central-committee", year: 1924),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "central-committee", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1924),
      ])
  }
}

/// Appointment nouns name an appointment only with their appointee.
@Suite("appointed: nouns")
struct AppointmentNounTests {
  @Test func appointmentOfSomeoneAsAPost() throws {
    try expectRelations(
      "In 1922 the appointment of 2️⃣Stalin as General Secretary by the 1️⃣Plenum changed everything.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func thePowerToMakeAppointmentsAppointsNobody() throws {
    try expectRelations(
      "In 1922 the power to make appointments gave Stalin control of the party machine.", [])
  }
}

/// Offices named by "it" and "its" after the body was named.
@Suite("appointed: bodies named by pronouns")
struct AppointedBodyPronounTests {
  @Test func toHeadIt() throws {
    try expectRelations(
      "In 1922 the Politburo set up a commission. 1️⃣Stalin appointed 2️⃣Dzerzhinsky to head it.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "commission", year: 1922)])
  }

  @Test func promotedWithoutAPostIsStillReported() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin promoted his friends, 2️⃣Molotov and 3️⃣Voroshilov.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1924),
      ])
  }

  @Test func promotingAViewPromotesNobody() throws {
    try expectRelations("In 1926 Stalin was promoting the view that Trotsky was anti-peasant.", [])
  }
}

/// Members listed after their body, and "became a member of".
@Suite("appointed: membership")
struct AppointedMembershipTests {
  @Test func membersInParenthesesAfterTheBody() throws {
    try expectRelations(
      "In 1919 the Congress created the Politburo, of five members (1️⃣Lenin, 2️⃣Trotsky and 3️⃣Kamenev).",
      [
        RelationSpec(.appointed, from: "[party-congress]", to: "1️⃣", office: "politburo", year: 1919),
        RelationSpec(.appointed, from: "[party-congress]", to: "2️⃣", office: "politburo", year: 1919),
        RelationSpec(.appointed, from: "[party-congress]", to: "3️⃣", office: "politburo", year: 1919),
      ])
  }

  @Test func becameAFullMemberOf() throws {
    try expectRelations(
      "In December 1927 1️⃣Kuibyshev became a full member of the Politburo.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo", year: 1927)])
  }

  @Test func membersWithoutABodyAreNothing() throws {
    try expectRelations("In 1925 the delegates, all members (Zinoviev and Kamenev among them), left.", [])
  }
}
