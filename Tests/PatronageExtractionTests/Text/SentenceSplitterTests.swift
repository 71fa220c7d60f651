import Testing

@testable import PatronageExtraction

@Suite("Sentences")
struct SentenceSplitterTests {
  typealias Support = TextTestSupport

  @Test(arguments: [
    (
      "A. I. Rykov became chairman of the council. He served for years.",
      ["A. I. Rykov became chairman of the council.", "He served for years."]
    ),
    (
      "M.P. Tomsky led the unions. Then he fell from grace.",
      ["M.P. Tomsky led the unions.", "Then he fell from grace."]
    ),
    (
      "He lived near St. Isaac's cathedral. Dr. Ivanov treated him.",
      ["He lived near St. Isaac's cathedral.", "Dr. Ivanov treated him."]
    ),
    (
      "It began in Oct. 1922 in the capital. It ended in Jan. of the next year.",
      ["It began in Oct. 1922 in the capital.", "It ended in Jan. of the next year."]
    ),
    (
      "See No. 5, vol. 3, p. 12 for the text. The rest is lost.",
      ["See No. 5, vol. 3, p. 12 for the text.", "The rest is lost."]
    ),
    (
      "Some leaders, e.g. the chairman, i.e. the host, etc. disagreed. Others agreed.",
      ["Some leaders, e.g. the chairman, i.e. the host, etc. disagreed.", "Others agreed."]
    ),
    (
      "He said, \"We have won.\" Then he left the hall.",
      ["He said, \"We have won.\"", "Then he left the hall."]
    ),
    (
      "He resigned (he was ill. Nobody believed him.) and left. Next came the vote.",
      ["He resigned (he was ill. Nobody believed him.) and left.", "Next came the vote."]
    ),
    (
      "(He was ill at the time.) Then he returned to work.",
      ["(He was ill at the time.)", "Then he returned to work."]
    ),
    (
      "He waited... Then he struck. He waited... and waited.",
      ["He waited...", "Then he struck.", "He waited... and waited."]
    ),
    (
      "Who won? Stalin did. \"Why?\" he asked.",
      ["Who won?", "Stalin did.", "\"Why?\" he asked."]
    ),
    (
      "The motion was accepted.47 Stalin agreed.",
      ["The motion was accepted.", "Stalin agreed."]
    ),
    (
      "It was 1922. In that year the post was created.",
      ["It was 1922.", "In that year the post was created."]
    ),
  ])
  func splits(text: String, expected: [String]) throws {
    #expect(try Support.sentences(text) == expected)
  }

  @Test func headingsAreUnitsOfTheirOwn() throws {
    let sentences = SentenceSplitter.sentences(
      in: try Support.document("# Part One\n\nText here. More text.", name: "a.md"))
    #expect(sentences.map(\.text) == ["Part One", "Text here.", "More text."])
    #expect(sentences.map(\.isHeading) == [true, false, false])
    #expect(sentences.map(\.paragraph) == [0, 1, 1])
    #expect(sentences.map(\.index) == [0, 1, 2])
  }

  @Test func chapterNumbersDoNotMakeSentences() throws {
    #expect(
      try Support.sentences("17. WITH LENIN\n\nThe dispute was over.") == ["17. WITH LENIN", "The dispute was over."])
  }

  @Test func aSentenceWithoutPunctuationIsCutWhenTooLong() throws {
    let words = Array(repeating: "and the committee met again", count: 120).joined(separator: " ")
    let sentences = try Support.sentences(words)
    #expect(sentences.count > 1)
    #expect(sentences.allSatisfy { $0.utf8.count < 3000 })
  }
}
