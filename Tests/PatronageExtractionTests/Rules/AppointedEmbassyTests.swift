import Testing

@testable import PatronageExtraction

/// Diplomatic postings: the destination names the embassy when the sentence names the title.
@Suite("appointed: embassies")
struct AppointedEmbassyTests {
  @Test(arguments: [
    "In 1927 1️⃣Krestinsky was sent to Germany as ambassador.",
    "In 1927 1️⃣Krestinsky was sent to Berlin as envoy.",
    "In 1927 1️⃣Krestinsky was appointed ambassador to Germany.",
  ])
  func destinationNamesTheEmbassy(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "ambassador-germany", year: 1927)])
  }

  /// The later stops come after the sentence's year, on dates it does not give.
  @Test func everyStopOfAnItineraryIsAPost() throws {
    try expectRelations(
      "In 1926 1️⃣Rakovsky was sent to France, then to Britain, and finally to Italy to serve as ambassador.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "ambassador-france", year: 1926),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "ambassador-britain", year: nil),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "ambassador-italy", year: nil),
      ])
  }

  @Test func aJourneyWithoutADiplomaticTitleIsNoPosting() throws {
    try expectRelations("In 1926 Rakovsky was sent to France to buy machinery.", [])
  }

  @Test func aPlaceWithoutAnEmbassyInTheLexiconIsNoPost() throws {
    try expectRelations("In 1926 Rakovsky was sent to Atlantis as ambassador.", [])
  }
}
