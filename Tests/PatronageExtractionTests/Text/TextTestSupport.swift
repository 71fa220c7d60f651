import Foundation
import Testing

@testable import PatronageExtraction

/// Helpers shared by the text-layer tests.
enum TextTestSupport {
  /// Normalises `text` as a file's bytes.
  static func document(_ text: String, name: String = "test.txt") throws -> SourceDocument {
    try SourceDocument(name: name, bytes: Array(text.utf8))
  }

  /// The sentences of `text`, as strings.
  static func sentences(_ text: String) throws -> [String] {
    SentenceSplitter.sentences(in: try document(text)).map(\.text)
  }

  /// The letters of `text`, lowercased (digits, spaces, punctuation and markup dropped), to compare a
  /// normalised sentence with the original bytes it came from.
  static func letters(_ text: some StringProtocol) -> [Character] {
    text.lowercased().filter { $0.isLetter }
  }

  /// Whether `needle` occurs in `haystack` in order (not necessarily contiguously).
  static func isSubsequence(_ needle: [Character], of haystack: [Character]) -> Bool {
    var index = haystack.startIndex
    for character in needle {
      guard let found = haystack[index...].firstIndex(of: character) else { return false }
      index = found + 1
    }
    return true
  }

  /// A fresh empty folder under the temporary directory.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("patronage-text-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Checks that every sentence's original bytes hold the sentence's letters: exactly, or in order and (unless
  /// `loose`, for texts whose dropped page debris or link targets may sit inside a sentence) starting and
  /// ending with them.
  static func expectOffsetsRoundTrip(_ document: SourceDocument, original: [UInt8], exact: Bool, loose: Bool = false) {
    for sentence in SentenceSplitter.sentences(in: document) {
      let range = document.originalByteRange(sentence.range)
      guard range.lowerBound >= 0, range.upperBound <= original.count, !range.isEmpty else {
        Issue.record("\(document.name): sentence \(sentence.index) maps to \(range) outside the file")
        continue
      }
      let source = String(decoding: original[range], as: UTF8.self)
      let expected = letters(sentence.text)
      let found = letters(source)
      if exact {
        #expect(found == expected, "\(document.name): \(source.debugDescription) vs \(sentence.text.debugDescription)")
      } else {
        #expect(
          isSubsequence(expected, of: found)
            && (loose || (expected.first == found.first && expected.last == found.last)),
          "\(document.name): \(source.debugDescription) vs \(sentence.text.debugDescription)")
      }
    }
  }
}
