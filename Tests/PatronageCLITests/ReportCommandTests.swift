import Foundation
import Testing

@Suite("patronage report")
struct ReportCommandTests {
  private func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test func writesTheReportAndRewritesItsOwnFolder() throws {
    let folder = CLI.temporaryPath("report")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try CLI.run(["report", CLI.fixture("example-graph.json"), "-o", folder])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "no progress line when stderr is not a terminal: \(run.stderr)")
    let files = listing(folder)
    for name in ["index.html", "evidence.html", "factions-river.svg", "animation.svg", "small-multiples.pdf"] {
      #expect(files.contains(name), "\(name) missing")
    }
    #expect(files.filter { $0.hasPrefix("people/") && $0.hasSuffix(".html") }.count == 13)
    let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    #expect(index.contains(#"id="year-1925""#) && index.contains("Joseph Stalin"))
    let again = try CLI.run(["report", CLI.fixture("example-graph.json"), "-o", folder, "--quiet"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(listing(folder) == files)
  }

  @Test func refusesAForeignFolderUnlessForced() throws {
    let folder = CLI.temporaryPath("report-foreign")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let refused = try CLI.run(["report", CLI.fixture("example-graph.json"), "-o", folder])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("--force") && refused.stderr.contains(folder), "\(refused.stderr)")
    #expect(listing(folder) == ["notes.txt"])
    let forced = try CLI.run(["report", CLI.fixture("example-graph.json"), "-o", folder, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(listing(folder).contains("index.html") && listing(folder).contains("notes.txt"))
  }

  @Test(arguments: ["not json at all", #"{"format": "patronage-graph/9", "persons": []}"#])
  func aBadGraphFileIsAOneLineError(content: String) throws {
    let file = CLI.temporaryPath("bad-graph") + ".json"
    let folder = CLI.temporaryPath("report-bad")
    try Data(content.utf8).write(to: URL(fileURLWithPath: file))
    defer {
      try? FileManager.default.removeItem(atPath: file)
      try? FileManager.default.removeItem(atPath: folder)
    }
    let run = try CLI.run(["report", file, "-o", folder])
    #expect(run.status == 1)
    #expect(run.stderr.contains(file), "\(run.stderr)")
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/index.html"))
  }

  @Test func aMissingGraphFileIsAnError() throws {
    let run = try CLI.run(["report", "/nonexistent/graph.json", "-o", CLI.temporaryPath("report-missing")])
    #expect(run.status == 1)
    #expect(run.stderr.contains("/nonexistent/graph.json"), "\(run.stderr)")
  }
}
