import Foundation
import Testing

@testable import PatronageExtraction

@Suite("Normalisation")
struct NormalizerTests {
  typealias Support = TextTestSupport

  @Test func hardWrapsJoinAndBlankLinesSeparateParagraphs() throws {
    let text = """
      The commissar wrote a long memorandum to the committee about the
      supply of grain to the northern provinces, and asked for an answer
      before the end of the month.

      The committee did not answer him at all.
      """
    let document = try Support.document(text)
    #expect(document.paragraphs.count == 2)
    #expect(document.text.contains("about the supply of grain"))
    #expect(document.text.contains("an answer before the end"))
    #expect(!document.text.contains("the\nsupply"))
  }

  @Test func longLinesAreParagraphsOfTheirOwn() throws {
    let line = String(repeating: "The delegates argued about the grain tax for many hours. ", count: 4)
    let document = try Support.document(line + "\n" + line + "\n" + line)
    #expect(document.paragraphs.count == 3)
  }

  @Test(arguments: [
    ("the reorgani-\nsation of the army", "reorganisation"),
    ("a group of like-\nminded comrades", "like-minded"),
    ("a self-\nappointed leader", "self-appointed"),
    ("the anti-\nSoviet bloc", "anti-Soviet"),
    ("the twenty-\nfive delegates", "twenty-five"),
    ("they were de-\nmoted", "demoted"),
  ])
  func hyphenationAcrossLines(input: String, expected: String) throws {
    let padding = "This line is here only to give the text a realistic wrap width of prose"
    let document = try Support.document(padding + " " + input + " in the year that followed it all.\n" + padding)
    #expect(document.text.contains(expected), "\(document.text)")
  }

  @Test func pageDebrisIsDropped() throws {
    let text = """
      The plenum opened in the great hall of the palace and the delegates took
      their seats in a silence that nobody who was there would forget for a long

      12
      \u{0C}THE STRUGGLE FOR POWER
      time. The chairman rose and read the agenda without looking at the room.
      Nobody in the hall spoke when he had finished reading the agenda aloud.

      13
      \u{0C}THE STRUGGLE FOR POWER
      The first speaker was a young man from the provinces who spoke about grain.

      14
      \u{0C}THE STRUGGLE FOR POWER
      He was followed by an old member of the committee who spoke about the army.
      """
    let document = try Support.document(text)
    #expect(!document.text.contains("STRUGGLE"))
    #expect(!document.text.contains("12"))
    #expect(document.text.contains("for a long time. The chairman"))
  }

  @Test(arguments: [
    ("The motion was accepted.47 Nobody objected.", "The motion was accepted. Nobody objected."),
    ("He defended their \u{201C}rights.\u{201D}46 Then he left.", "He defended their \"rights.\" Then he left."),
    ("As Tocqueville2 wrote, power abhors a vacuum.", "As Tocqueville wrote, power abhors a vacuum."),
    ("He called it \"harmful.\" (49) The vote followed.", "He called it \"harmful.\" The vote followed."),
    ("The congress (March 1921)1 ended the debate.", "The congress (March 1921) ended the debate."),
    ("See Order No.4 and some 10,000 placements in 1921.", "See Order No.4 and some 10,000 placements in 1921."),
    ("The Declaration of the 46 was signed.", "The Declaration of the 46 was signed."),
    ("A claim [12] was made.", "A claim was made."),
  ])
  func footnoteNumbers(input: String, expected: String) throws {
    #expect(try Support.document(input).text == expected)
  }

  @Test(arguments: [
    ("\u{2018}Koba\u{2019} was his name", "'Koba' was his name"),
    ("the \u{201C}triumvirate\u{201D} ruled", "the \"triumvirate\" ruled"),
    ("in 1921\u{2013}1922 the famine", "in 1921-1922 the famine"),
    ("the rivalry \u{2014} bitter as it was \u{2014} grew", "the rivalry -- bitter as it was -- grew"),
    ("he waited\u{2026} and waited", "he waited... and waited"),
    ("Comrade\u{00A0}Stalin  and   Lenin", "Comrade Stalin and Lenin"),
    ("soft\u{00AD}ly", "softly"),
  ])
  func typography(input: String, expected: String) throws {
    #expect(try Support.document(input).text == expected)
  }

  @Test(arguments: [
    ("He read *The Workers' Opposition* twice.", "He read The Workers' Opposition twice."),
    ("It was **very** _important_ indeed.", "It was very important indeed."),
    ("See [the resolution](https://example.org/a_b) now.", "See the resolution now."),
    ("A snake_case name and 2 * 3 stay.", "A snake_case name and 2 * 3 stay."),
    ("Run `patronage` here.", "Run patronage here."),
  ])
  func markdownInline(input: String, expected: String) throws {
    #expect(try Support.document(input, name: "a.md").text == expected)
  }

  @Test func markdownHeadingsAreParagraphsMarkedAsHeadings() throws {
    let document = try Support.document("## The Succession\n\nLenin died in 1924.\n\n- A bullet item\n", name: "a.md")
    #expect(document.text == "The Succession\nLenin died in 1924.\nA bullet item")
    #expect(document.paragraphs.map(\.isHeading) == [true, false, false])
    #expect(document.paragraphs.map(\.section) == [1, 1, 1])
  }

  @Test func offsetsPointIntoTheOriginalBytes() throws {
    let text = """
      \u{FEFF}# Heading

      The \u{201C}triumvirate\u{201D} of Zinoviev, Kamenev and Stalin reorgani-
      sation of the party\u{2014}so they said.47 It was **decisive** in 1923\u{2013}4.
      """
    let bytes = Array(text.utf8)
    let document = try SourceDocument(name: "x.md", bytes: bytes)
    Support.expectOffsetsRoundTrip(document, original: bytes, exact: true)
    let sentences = SentenceSplitter.sentences(in: document)
    let second = try #require(sentences.dropFirst().first)
    let range = document.originalByteRange(second.range)
    #expect(String(decoding: bytes[range], as: UTF8.self).hasPrefix("The \u{201C}triumvirate"))
    #expect(String(decoding: bytes[range], as: UTF8.self).hasSuffix("said."))
  }
}
