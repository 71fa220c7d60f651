import Foundation
import PatronageCore
import Testing

@testable import PatronageExtraction

/// A file larger than the part size is read in parts cut at paragraph boundaries, with the claims, offsets and
/// errors of the whole file.
@Suite("Reading a document in parts")
struct DocumentChunksTests {
  typealias Support = TextTestSupport

  /// Paragraphs in our own words: a dated heading whose year the next paragraphs inherit, people named again by
  /// pronoun, and multibyte punctuation (curly quotes, dashes) whose offsets are not linear.
  static let prose = """
    # The year 1922

    In April 1922 Lenin appointed Stalin General Secretary — a post few then thought important.

    He soon sided with Zinoviev and Kamenev against Trotsky, the “triumvirate” of the Politburo.

    In 1924 Rykov was appointed chairman of Sovnarkom by the Politburo.

    ## Later

    In 1927 Trotsky was expelled from the party; Zinoviev was expelled with him.

    Bukharin sided with Stalin against the Left Opposition in 1926 – and paid for it later.

    """

  static func write(_ bytes: [UInt8], in folder: URL, name: String = "long.txt") throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func claims(path: String, chunkBytes: Int) throws -> [Relation] {
    let options = ExtractionOptions(chunkBytes: chunkBytes)
    var extractor = DocumentExtractor(gazetteer: Gazetteer(lexicon: try Lexicon.bundled()), options: options)
    return try extractor.claims(inFile: path, name: "long.txt")
  }

  static func parts(path: String, chunkBytes: Int) throws -> [DocumentReader.Chunks.Part] {
    var chunks = try DocumentReader.Chunks(path: path, name: "long.txt", chunkBytes: chunkBytes)
    var parts: [DocumentReader.Chunks.Part] = []
    while let part = try chunks.next() { parts.append(part) }
    return parts
  }

  @Test(arguments: [120, 200, 300])
  func aDocumentReadInPartsGivesTheClaimsAndOffsetsOfTheWholeOne(chunkBytes: Int) throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = Array(Self.prose.utf8)
    let path = try Self.write(bytes, in: folder)
    let parts = try Self.parts(path: path, chunkBytes: chunkBytes)
    #expect(parts.count >= 2)
    #expect(parts.allSatisfy { $0.document.originalByteCount <= chunkBytes })
    let whole = try Self.claims(path: path, chunkBytes: bytes.count)
    #expect(whole.count >= 4)
    #expect(try Self.claims(path: path, chunkBytes: chunkBytes) == whole)
    for claim in whole {
      let evidence = try #require(claim.evidence.first)
      let original = String(decoding: bytes[evidence.start..<evidence.end], as: UTF8.self)
      #expect(Support.letters(original) == Support.letters(evidence.sentence))
    }
  }

  @Test func partsAreCutAfterBlankLinesAndTheirOffsetsAddUpToTheFile() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = Array(Self.prose.utf8)
    let parts = try Self.parts(path: try Self.write(bytes, in: folder), chunkBytes: 120)
    var next = 0
    for part in parts {
      #expect(part.byteBase == next)
      if part.byteBase > 0 { #expect(bytes[part.byteBase - 2..<part.byteBase] == [0x0A, 0x0A]) }
      next = part.byteBase + part.document.originalByteCount
    }
    #expect(next == bytes.count)
  }

  @Test func aFileNoLargerThanAPartIsReadWhole() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = Array(Self.prose.utf8)
    let path = try Self.write(bytes, in: folder)
    let parts = try Self.parts(path: path, chunkBytes: bytes.count)
    let part = try #require(parts.first)
    #expect(parts.count == 1)
    #expect(part.byteBase == 0)
    #expect(part.document.text == (try DocumentReader.read(path: path, name: "long.txt")).text)
  }

  @Test(
    arguments: [
      (Array("One.\n\nTwo.\n\nThree and".utf8), 12),
      (Array("One.\n  \t\nTwo and".utf8), 9),
      (Array("One two. Three four and".utf8), 9),
      (Array("One two\nthree four".utf8), 8),
      (Array("abcdefgh".utf8), 8),
      (Array("abcdefg".utf8) + [0xC3], 7),
      (Array("abcdefg".utf8) + [0xC3, 0xA9], 9),
      (Array("abcdef".utf8) + [0xE2, 0x82], 6),
      (Array("abcdefg".utf8) + [0xE2], 7),
      (Array("abcde".utf8) + [0xF0, 0x9F, 0x98], 5),
      (Array("abcd".utf8) + [0xF0, 0x9F, 0x98, 0x80], 8),
    ] as [([UInt8], Int)])
  func aFullWindowIsCutAtTheBestBoundary(window: [UInt8], cut: Int) {
    #expect(DocumentReader.Chunks.cut(window) == cut, "\(window)")
  }

  @Test func aCharacterAcrossAWindowEdgeIsNeverSplit() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // One line without a blank line, sentence end or line break: parts end before a character, not inside it.
    let text = String(repeating: "Ordzhonikidze\u{2019}s \u{201C}Kamenev\u{201D} \u{0416}\u{1F600}\u{20AC}", count: 40)
    let bytes = Array(text.utf8)
    for chunkBytes in [7, 10, 13, 64] {
      let parts = try Self.parts(path: try Self.write(bytes, in: folder), chunkBytes: chunkBytes)
      #expect(parts.count > 1)
      var next = 0
      for part in parts {
        #expect(part.byteBase == next)
        #expect(bytes[part.byteBase] & 0xC0 != 0x80, "part at \(part.byteBase) starts inside a character")
        next = part.byteBase + part.document.originalByteCount
      }
      #expect(next == bytes.count)
    }
  }

  /// The error of the file read whole, for comparison.
  static func wholeError(_ bytes: [UInt8]) -> DocumentError? {
    do { _ = try SourceDocument(name: "long.txt", bytes: bytes) } catch { return error }
    return nil
  }

  @Test(
    arguments: [
      ([0xFF], "invalid byte"),
      ([0xE2, 0x82], "truncated character"),
      ([0xC3, 0x28], "bad continuation"),
      ([0x41, 0x00, 0x42], "NUL"),
    ] as [([UInt8], String)])
  func badBytesAfterTheFirstPartGiveTheWholeFilesErrorAndOffset(bad: [UInt8], label: String) throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = Array(Self.prose.utf8)
    for tail in [[], Array("\n\nA NUL byte\u{0} comes later.\n".utf8)] {
      let bytes = good + good + bad + good + tail
      let expected = try #require(Self.wholeError(bytes), "\(label)")
      #expect(expected.description.contains("byte offset"))
      let path = try Self.write(bytes, in: folder)
      #expect(throws: expected, "\(label)") { try Self.claims(path: path, chunkBytes: 100) }
      #expect(throws: expected, "\(label)") { try Self.parts(path: path, chunkBytes: 100) }
    }
  }

  @Test func aFileOfOnlyBlankPartsIsEmpty() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Self.write(Array(String(repeating: " \n\n", count: 100).utf8), in: folder)
    #expect(throws: DocumentError.empty(path: "long.txt")) { try Self.parts(path: path, chunkBytes: 32) }
  }

  @Test func aUTF16FileReadInPartsIsRefused() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Self.write([0xFF, 0xFE] + Array(repeating: 0x41, count: 100), in: folder)
    #expect(throws: DocumentError.utf16(path: "long.txt")) { try Self.parts(path: path, chunkBytes: 16) }
  }
}
