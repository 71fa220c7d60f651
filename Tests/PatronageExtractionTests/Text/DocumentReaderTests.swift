import Foundation
import Testing

@testable import PatronageExtraction

@Suite("Reading documents")
struct DocumentReaderTests {
  typealias Support = TextTestSupport

  @Test(arguments: [
    ([0x61, 0x62, 0x00, 0x63] as [UInt8], DocumentError.binary(path: "f.txt", offset: 2)),
    ([0x61, 0x62, 0x63, 0xFF, 0x64], DocumentError.invalidUTF8(path: "f.txt", offset: 3)),
    ([0x61, 0xC3], DocumentError.invalidUTF8(path: "f.txt", offset: 1)),
    ([0x61, 0xE0, 0x80, 0x80], DocumentError.invalidUTF8(path: "f.txt", offset: 1)),
    ([0x61, 0xED, 0xA0, 0x80], DocumentError.invalidUTF8(path: "f.txt", offset: 1)),
    ([0xFF, 0xFE, 0x61, 0x00], DocumentError.utf16(path: "f.txt")),
    ([], DocumentError.empty(path: "f.txt")),
    ([0x20, 0x0A, 0x09, 0x0A], DocumentError.empty(path: "f.txt")),
  ])
  func badInputIsAnErrorNamingTheFile(bytes: [UInt8], expected: DocumentError) {
    #expect(throws: expected) { try SourceDocument(name: "f.txt", bytes: bytes) }
    #expect(expected.description.hasPrefix("f.txt: "))
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    #expect(DocumentError.invalidUTF8(path: "a.txt", offset: 17).description.contains("byte offset 17"))
  }

  @Test func readsAFolderRecursivelyAndGoesOnAfterBadFiles() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sub = folder.appendingPathComponent("b-sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try Data("Stalin was appointed in 1922.".utf8).write(to: folder.appendingPathComponent("c.txt"))
    try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("a-binary.txt"))
    try Data("# Notes\n\nTrotsky was expelled in 1927.".utf8).write(to: sub.appendingPathComponent("d.md"))
    try Data("ignored".utf8).write(to: folder.appendingPathComponent("e.pdf"))
    try Data("hidden".utf8).write(to: folder.appendingPathComponent(".hidden.txt"))
    let found = try DocumentReader.documents(in: [folder.path])
    #expect(found.map(\.name) == ["a-binary.txt", "b-sub/d.md", "c.txt"])
    var read: [String] = []
    var errors: [DocumentError] = []
    for file in found {
      do { read.append(try DocumentReader.read(path: file.path, name: file.name).name) } catch { errors.append(error) }
    }
    #expect(read == ["b-sub/d.md", "c.txt"])
    #expect(errors == [.binary(path: "a-binary.txt", offset: 1)])
  }

  @Test func missingPathsAreErrors() {
    #expect(throws: DocumentError.notFound(path: "/no/such/folder")) {
      try DocumentReader.documents(in: ["/no/such/folder"])
    }
    #expect(throws: DocumentError.notFound(path: "x.txt")) {
      try DocumentReader.read(path: "/no/such/x.txt", name: "x.txt")
    }
  }

  @Test func aFileGivenDirectlyIsReadWhateverItsExtension() throws {
    let folder = try Support.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("notes.text")
    try Data("Kamenev sided with Zinoviev.".utf8).write(to: file)
    let found = try DocumentReader.documents(in: [file.path, file.path])
    #expect(found.map(\.name) == ["notes.text"])
    #expect(try DocumentReader.read(path: file.path, name: "notes.text").text == "Kamenev sided with Zinoviev.")
  }
}
