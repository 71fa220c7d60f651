import Foundation
import PatronageCore
import Testing

@Suite struct OutputFileTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "patronage-core-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func writesAndReplacesAtomicallyLeavingNoTemporaryFiles() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/sub/out.txt"
    try OutputFile.write("first", to: path)
    try OutputFile.write("second", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/sub") == ["out.txt"])
  }

  @Test func aFileInTheWayOfAFolderIsNamed() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try OutputFile.write("x", to: directory + "/file")
    #expect(throws: OutputError.notADirectory(path: directory + "/file")) {
      try OutputFile.write("y", to: directory + "/file/out.txt")
    }
  }

  @Test func unwritableFoldersGiveAnError() throws {
    let directory = try temporaryDirectory()
    defer {
      chmod(directory, 0o755)
      try? FileManager.default.removeItem(atPath: directory)
    }
    chmod(directory, 0o555)
    // root ignores permission bits; only check where they apply.
    guard geteuid() != 0 else {
      #expect(throws: OutputError.self) { try OutputFile.write("y", to: "/proc/patronage-test/out.txt") }
      return
    }
    #expect(throws: OutputError.self) { try OutputFile.write("y", to: directory + "/out.txt") }
  }
}

@Suite struct OutputFileDeviceTests {
  @Test func aFullDiskIsReportedAndTheDeviceIsLeftInPlace() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/full"))
    #expect(throws: OutputError.unwritable(path: "/dev/full", reason: String(cString: strerror(ENOSPC)))) {
      try OutputFile.write("x", to: "/dev/full")
    }
    var info = stat()
    #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func devicesAreWrittenInPlace() throws {
    try OutputFile.write("nothing", to: "/dev/null")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }
}
