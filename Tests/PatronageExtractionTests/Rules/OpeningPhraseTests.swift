import Testing

@testable import PatronageExtraction

@Suite("opening phrases do not hold the subject")
struct OpeningPhraseTests {
  @Test func aPossessiveInAnOpeningPhraseIsNotTheNextPronoun() throws {
    try expectRelations(
      "In 1923 1️⃣Trotsky fell ill. Instead of keeping Lenin's promise, he sided with 2️⃣Stalin.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func theSubjectOfAnOpeningClauseMayBe() throws {
    try expectRelations(
      "When 1️⃣Lenin fell ill in 1922, he sided with 2️⃣Trotsky.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func aDatedMainClauseIsNoOpeningPhrase() throws {
    try expectRelations(
      """
      In 1921 1️⃣Kuibyshev worked in Moscow. In April 1922 he was elected a secretary, one of three, together with \
      Stalin and Molotov. The Twelfth Congress (April 1923) made him chairman of the Central Control Commission.
      """,
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "secretariat", year: 1922),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "central-control-commission", year: 1923),
      ])
  }

  @Test func aSecondPhraseAfterAndCommaSharesTheFirstClausesSubject() throws {
    try expectRelations(
      """
      A steadfast supporter of Stalin, 1️⃣Kuibyshev took part in the struggle against 2️⃣Trotsky in 1926-27 and,       in 1928-29, against 3️⃣Bukharin.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1928),
        RelationSpec(.allied, from: "1️⃣", to: "[stalin]", year: 1926),
      ])
  }

  @Test(arguments: [
    ("After Lenin's death, Stalin", 3),
    ("Realizing that the troika was criticised, Stalin", 6),
    ("Although Trotsky protested, Stalin", 3),
    ("In April 1922 he was elected a secretary, one of three", 0),
    ("After 1922 he was a member of the Politburo, and", 0),
  ])
  func theCommaThatClosesAnOpeningPhrase(_ text: String, comma: Int) {
    #expect(Coreference.openingPhraseEnd(WordScanner.words(in: text), lists: []) == comma)
  }
}
