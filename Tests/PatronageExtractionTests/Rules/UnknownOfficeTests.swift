import Testing

@testable import PatronageExtraction

/// Posts the lexicon does not know, named by their titles.
@Suite("offices by title")
struct UnknownOfficeTests {
  @Test func appointedToATitledPost() throws {
    try expectRelations(
      "In 1515 the king made 1️⃣Thomas Wolsey Lord Chancellor of England.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "lord-chancellor-of-england", year: 1515)])
  }

  @Test func dismissedAsATitledPost() throws {
    try expectRelations(
      "In 1515 1️⃣Thomas Wolsey rose. In October 1529 the king dismissed him as Lord Chancellor.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "lord-chancellor", year: 1529)])
  }

  @Test(arguments: ["the Kazan Soviet", "the Congress", "the Eighth Party Congress"])
  func aCapitalisedPhraseWithoutAPostNounIsNoTitle(_ phrase: String) {
    let words = WordScanner.words(in: "appointed \(phrase) today")
    let facts = SentenceFacts(words: words, mentions: [], cues: [])
    #expect(facts.titleOffice(at: 1) == nil)
  }
}
