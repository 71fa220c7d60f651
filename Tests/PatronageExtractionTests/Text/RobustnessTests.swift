import PatronageCore
import Testing

@testable import PatronageExtraction

/// Texts assembled from awkward pieces (markup, footnotes, dashes, page debris, non-Latin letters) by a fixed
/// pseudo-random sequence: reading them never fails and offsets always land inside the file.
@Suite("Robustness")
struct RobustnessTests {
  static let pieces = [
    "Stalin", "was", "appointed", " ", " ", "  ", "\n", "\n\n", "-\n", "\r\n", "\u{0C}", "12\n", "*", "**", "_", "[",
    "](http://x.org/a)", "(", ")", "(49)", "[3]", "1921", "–", "—", "\u{201C}", "\u{201D}", "\u{2019}", ".", ".47",
    "A.", "M.P.", "St.", "Oct.", "#", "## ", "é", "Троцкий", "...", "\u{2026}", "\u{00AD}", "mid-", "1920s",
    "a month later",
    "the following year", "Between April 23rd and 29th, 1929", "`", "!", "?", "\"", "'", ",", ";", ":", "> ", "- ",
    "10,000", "the Tenth Congress", "1921-22", "=====", "---", "ii\n",
  ]

  /// A deterministic linear congruential generator (Knuth's MMIX constants).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test(arguments: 0..<40)
  func awkwardTextsReadSafely(seed: Int) throws {
    var generator = Generator(state: UInt64(seed) &+ 1)
    var text = "Lenin"
    for _ in 0..<(20 + generator.next(300)) { text += Self.pieces[generator.next(Self.pieces.count)] }
    let bytes = Array(text.utf8)
    let document = try SourceDocument(name: "fuzz.md", bytes: bytes)
    let sentences = SentenceSplitter.sentences(in: document)
    #expect(!sentences.isEmpty)
    var context = TimeContext()
    let times = context.resolve(sentences, using: TimeFinder(events: TimeFinderTests.events))
    #expect(times.count == sentences.count)
    for sentence in sentences {
      let range = document.originalByteRange(sentence.range)
      #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty)
      #expect(!sentence.tokens.isEmpty)
    }
    TextTestSupport.expectOffsetsRoundTrip(document, original: bytes, exact: false, loose: true)
  }
}

extension RobustnessTests {
  @Test(arguments: 0..<40)
  func randomBytesGiveADocumentOrAnError(seed: Int) {
    var generator = Generator(state: UInt64(seed) &* 7919 &+ 3)
    let bytes = (0..<(1 + generator.next(400))).map { _ in
      UInt8(truncatingIfNeeded: generator.next(4) == 0 ? generator.next(256) : 0x20 + generator.next(95))
    }
    do {
      let document = try SourceDocument(name: "random.txt", bytes: bytes)
      for sentence in SentenceSplitter.sentences(in: document) {
        #expect(document.originalByteRange(sentence.range).upperBound <= bytes.count)
      }
    } catch {
      #expect(error.description.hasPrefix("random.txt: "))
    }
  }
}
