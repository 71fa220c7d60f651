import Foundation
import Testing

/// An interrupted `patronage build` must leave every earlier output whole: each file is the old one or the new one.
@Suite("interrupted build")
struct InterruptedBuildTests {
  private static let sample = CLI.root.appendingPathComponent("Sources/PatronageExtraction/Resources/SampleCorpus").path
  private static let extra = "In 1925 Stalin attacked Trotsky and sided with Rykov against Kamenev.\n"

  /// Every regular file below `folder`, by relative path, with its bytes.
  private func contents(of folder: String) -> [String: Data] {
    let names = FileManager.default.enumerator(atPath: folder)?.allObjects.compactMap { $0 as? String } ?? []
    return names.reduce(into: [:]) { result, name in
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
      if !isDirectory.boolValue { result[name] = FileManager.default.contents(atPath: folder + "/" + name) }
    }
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func everyFileIsTheOldOrTheNewOne(_ signal: Int32) throws {
    let root = CLI.temporaryPath("interrupt")
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Data(Self.extra.utf8).write(to: URL(fileURLWithPath: root + "/extra.txt"))
    let formats = ["--format", "svg", "--format", "png", "--format", "pdf"]
    let newArguments = [Self.sample, root + "/extra.txt"] + formats
    let old = try CLI.run(["build", Self.sample, "-o", root + "/out"] + formats)
    let new = try CLI.run(["build", "-o", root + "/new"] + newArguments)
    #expect(old.status == 0 && new.status == 0, "\(old.stderr)\(new.stderr)")
    let before = contents(of: root + "/out")
    let after = contents(of: root + "/new")
    try #require(before["graph.json"] != after["graph.json"], "the second build must change the graph")

    let process = Process()
    process.executableURL = try CLI.binary()
    process.arguments = ["build", "-o", root + "/out"] + newArguments
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Interrupt as soon as the run has replaced its first file (or has finished, on a fast machine).
    while process.isRunning, FileManager.default.contents(atPath: root + "/out/graph.json") == before["graph.json"] {
      usleep(1_000)
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()

    let left = contents(of: root + "/out")
    for (name, bytes) in left where !name.hasSuffix(".tmp") {
      #expect(bytes == before[name] || bytes == after[name], "\(name) is neither the old nor the new file")
    }
    for name in before.keys where after[name] != nil {
      #expect(left[name] != nil, "\(name) was removed")
    }
    // The next run finishes the job and clears what the interrupted one left behind.
    let rerun = try CLI.run(["build", "-o", root + "/out"] + newArguments)
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(contents(of: root + "/out") == after)
  }
}
