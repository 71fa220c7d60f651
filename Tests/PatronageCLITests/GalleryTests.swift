import Foundation
import Testing

/// `Graphs/` holds the committed output of `patronage build` on the bundled sample corpus; it must never go stale.
@Suite("Graphs/ gallery")
struct GalleryTests {
  /// Every file below `folder`, as paths relative to it, sorted.
  private func files(in folder: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var result: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { result.append(path) }
    }
    return result.sorted()
  }

  @Test func regeneratingTheGalleryChangesNoByte() throws {
    let folder = CLI.temporaryPath("gallery")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try CLI.run(["build", "-o", folder])
    #expect(run.status == 0, "\(run.stderr)")
    let committed = CLI.root.appendingPathComponent("Graphs").path
    let expected = files(in: committed)
    #expect(expected.contains("graph.json") && expected.contains { $0.hasPrefix("years/") && $0.hasSuffix(".svg") })
    #expect(files(in: folder) == expected, "regenerate with: swift run patronage build -o Graphs")
    for name in expected {
      let fresh = FileManager.default.contents(atPath: folder + "/" + name)
      #expect(fresh == FileManager.default.contents(atPath: committed + "/" + name), "Graphs/\(name) is stale")
    }
  }

  @Test func buildRefusesAFolderItDidNotCreate() throws {
    let folder = CLI.temporaryPath("foreign")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let run = try CLI.run(["build", "-o", folder])
    #expect(run.status != 0)
    #expect(run.stderr.contains("--force"), "\(run.stderr)")
    #expect(files(in: folder) == ["notes.txt"])
  }

  @Test func buildDrawsAGivenGraphFile() throws {
    let folder = CLI.temporaryPath("build-graph")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try CLI.run(["build", "--graph", CLI.fixture("example-graph.json"), "-o", folder])
    #expect(run.status == 0, "\(run.stderr)")
    let written = files(in: folder)
    #expect(written.contains("factions.json") && written.contains("years/1925.svg"), "\(written)")
    let graph = FileManager.default.contents(atPath: folder + "/graph.json")
    let export = try CLI.run(["export", CLI.fixture("example-graph.json"), "--format", "json"])
    #expect(graph == Data(export.stdout.utf8))
  }
}
