import Foundation
import PatronageCore
import Testing

@Suite struct OutputFolderTests {
  private let marker = ".made-by-us"

  private func temporaryPath() -> String { NSTemporaryDirectory() + "patronage-folder-tests-" + UUID().uuidString }

  private func contents(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  @Test func createsAMissingFolderWithItsMarker() throws {
    let path = temporaryPath() + "/deep/out"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try OutputFolder.prepare(path, marker: marker, note: "ours\n", force: false)
    #expect(contents(path) == [marker])
    #expect(try String(contentsOfFile: path + "/" + marker, encoding: .utf8) == "ours\n")
  }

  @Test func refusesAForeignFolderUnlessForcedAndAcceptsItsOwn() throws {
    let path = temporaryPath()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("theirs".utf8).write(to: URL(fileURLWithPath: path + "/notes.txt"))
    #expect(throws: OutputError.directoryNotEmpty(path: path)) {
      try OutputFolder.prepare(path, marker: marker, note: "ours\n", force: false)
    }
    #expect(contents(path) == ["notes.txt"])
    try OutputFolder.prepare(path, marker: marker, note: "ours\n", force: true)
    #expect(contents(path) == [marker, "notes.txt"])
    // Marked now: no force needed; another command's marker does not count.
    try OutputFolder.prepare(path, marker: marker, note: "ours\n", force: false)
    #expect(throws: OutputError.directoryNotEmpty(path: path)) {
      try OutputFolder.prepare(path, marker: ".someone-else", note: "\n", force: false)
    }
  }

  @Test func aFileInTheWayIsAnError() throws {
    let path = temporaryPath()
    try Data("x".utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: OutputError.notADirectory(path: path)) {
      try OutputFolder.prepare(path, marker: marker, note: "ours\n", force: true)
    }
  }
}
