import Testing

@testable import PatronageExtraction

@Suite("reference-work entries: the headword's initial")
struct HeadwordTests {
  @Test func theInitialStandsForTheEntrysSubject() throws {
    try expectRelations(
      """
      1️⃣KUIBYSHEV, Valerian Vladimirovich (1888-1935), Soviet official.

      In 1922 K. attacked 2️⃣Trotsky. In 1924 K. E. Voroshilov joined 3️⃣Zinoviev.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.allied, from: "3️⃣", to: "[voroshilov]", year: 1924),
      ])
  }

  @Test func withoutAHeadwordAnInitialIsNobody() throws {
    try expectRelations("Kuibyshev was an official. In 1922 K. attacked Trotsky.", [])
  }

  @Test func aNameAfterABareCommaAndBeforeAVerbStartsTheMainClause() throws {
    try expectRelations(
      """
      1️⃣KUIBYSHEV, Valerian Vladimirovich (1888-1935), Soviet official.

      In Aug. 1926, on the death of F. E. Dzerzhinsky, K. succeeded him as chairman of the Supreme Council of \
      the National Economy.
      """,
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "vsnkh", year: 1926)])
  }

  @Test(arguments: [("Stalin, Zinoviev and Kamenev met", 1), ("a supporter of Stalin, Kuibyshev took part", 2)])
  func listsEndWithAConjunction(_ text: String, lists: Int) {
    let words = WordScanner.words(in: text)
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon))
    let facts = SentenceFacts(words: words, mentions: finder.mentions(in: words, recent: [:]), cues: [])
    #expect(facts.lists.count == lists)
  }
}

@Suite("reference-work entries: fragments about the headword")
struct HeadwordFragmentTests {
  @Test func aFragmentOpeningOnAParticipleIsAboutTheHeadword() throws {
    let found = try MarkedProse.relations(
      """
      1️⃣KAGANOVICH, Lazar Moiseyevich (1893-1991), Soviet official.

      Appointed head of the Orgburo in 1922. Removed from the Politburo in 1957.
      """, minimumConfidence: 0.5)
    #expect(
      found == [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1922),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1957),
      ])
  }

  @Test func withoutAHeadwordAFragmentIsAboutNobody() throws {
    try expectRelations("Removed from the Politburo in 1930. Kaganovich spoke.", [])
  }
}
