import Foundation
import Testing

@testable import PatronageExtraction

/// Reads every text of the shared corpus (`../shared/corpus` next to the package) when it is there.
@Suite("Shared corpus")
struct CorpusTests {
  /// The corpus folder, found from this file's real location (the package root is three folders up).
  static let corpus: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static var isPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }

  @Test(.enabled(if: isPresent, "../shared/corpus is absent: the corpus test is skipped"))
  func everyTextReadsWithRoundTrippingOffsetsAndSaneSentences() throws {
    let files = try DocumentReader.documents(in: [Self.corpus.path])
    #expect(!files.isEmpty)
    for file in files {
      let bytes = try DocumentReader.bytes(path: file.path, name: file.name)
      let document = try DocumentReader.read(path: file.path, name: file.name)
      TextTestSupport.expectOffsetsRoundTrip(document, original: bytes, exact: false)
      let sentences = SentenceSplitter.sentences(in: document)
      #expect(sentences.count > 10, "\(file.name)")
      for sentence in sentences {
        #expect(sentence.text.utf8.count < 2500, "\(file.name): sentence \(sentence.index) is absurdly long")
        #expect(!sentence.text.contains("\n"))
      }
      var context = TimeContext()
      let finder = TimeFinder(events: [])
      let dated = sentences.filter { context.resolve($0, using: finder).span != nil }.count
      #expect(dated > 0, "\(file.name): no sentence has a time")
    }
  }
}
