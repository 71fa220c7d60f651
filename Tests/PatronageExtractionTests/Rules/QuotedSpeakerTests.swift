import Testing

@testable import PatronageExtraction

@Suite("I and we: the speaker of quoted words")
struct QuotedSpeakerTests {
  @Test func firstPersonInAnInlineQuotationIsTheSpeaker() throws {
    try expectRelations(
      #"In 1923 1️⃣Lenin wrote to Trotsky: "I denounce 2️⃣Stalin.""#,
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func aQuotationRunsOnIntoTheNextSentence() throws {
    try expectRelations(
      #"In 1923 1️⃣Lenin wrote to Trotsky: "The matter is grave. I denounce 2️⃣Stalin.""#,
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func aBlockQuotationIsSpokenByWhoeverItsColonIntroduced() throws {
    try expectRelations(
      """
      In 1923 1️⃣Stalin thought it wise to keep Trotsky. As he would later explain:

      We did not agree with comrades 2️⃣Zinoviev and 3️⃣Kamenev.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1923),
      ])
  }

  @Test func aParticipialOpeningDoesNotNameTheSubject() throws {
    try expectRelations(
      """
      Realising in 1923 that Kamenev was criticised, 1️⃣Stalin kept Trotsky. As he explained:

      We did not agree with comrades 2️⃣Zinoviev and 3️⃣Bukharin.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1923),
      ])
  }

  @Test(arguments: [
    "In 1923 Stalin and Kamenev met. We did not agree with comrades Zinoviev and Kamenev, we felt.",
    "In 1923 Stalin had two rivals:\n\nWe did not agree with comrades Zinoviev and Kamenev.",
  ])
  func withoutASpeechVerbWeIsNobody(_ text: String) throws {
    try expectRelations(text, [])
  }

  @Test(arguments: ["the historian A. I. Rykov", "Volume I. Trotsky"])
  func initialsAndNumeralsAreNotI(_ phrase: String) throws {
    let words = WordScanner.words(in: phrase)
    let index = try #require(words.firstIndex { $0.text == "I" })
    #expect(!Coreference.isFirstPerson(at: index, words))
  }
}
