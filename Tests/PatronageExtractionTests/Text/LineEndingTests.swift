import Testing

@testable import PatronageExtraction

@Suite("Line endings and headings")
struct LineEndingTests {
  typealias Support = TextTestSupport

  @Test func windowsLineEndingsAreLineBreaks() throws {
    let text = "Lenin fell ill in 1922.\r\n\r\nStalin visited him often.\r\n"
    let bytes = Array(text.utf8)
    let document = try SourceDocument(name: "w.txt", bytes: bytes)
    #expect(document.text == "Lenin fell ill in 1922.\nStalin visited him often.")
    Support.expectOffsetsRoundTrip(document, original: bytes, exact: true)
  }

  @Test func setextHeadingsOpenSections() throws {
    let document = try Support.document("The Crisis\n==========\n\nThe party split.\n", name: "a.md")
    #expect(document.text == "The Crisis\nThe party split.")
    #expect(document.paragraphs.map(\.isMarkedHeading) == [true, false])
    #expect(document.paragraphs.map(\.section) == [1, 1])
  }

  @Test func shortStandaloneLinesAreHeadingsButDoNotOpenSections() throws {
    let body = String(repeating: "The delegates argued about the grain tax for many long hours. ", count: 4)
    let document = try Support.document("The Grain Question\n\n" + body)
    #expect(document.paragraphs.map(\.isHeading) == [true, false])
    #expect(document.paragraphs.map(\.section) == [0, 0])
  }

  @Test func aLineBrokenMidSentenceIsJoinedEvenAcrossABlankLine() throws {
    let long = String(repeating: "The delegates argued about the grain tax for many long hours and ", count: 3)
    let document = try Support.document(long + "then\n\nvoted against it.\n\n" + long + "went home.")
    #expect(document.paragraphs.count == 2)
    #expect(document.text.contains("then voted against it."))
  }
}
