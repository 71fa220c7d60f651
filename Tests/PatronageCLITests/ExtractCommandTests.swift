import Foundation
import Testing

@Suite("patronage extract, evaluate, lexicon")
struct ExtractCommandTests {
  /// A fresh folder with the given files, removed when `body` returns.
  func withFolder<T>(_ files: [String: [UInt8]], _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patronage-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    return try body(folder)
  }

  @Test func extractWritesJSONLAndReportsBadFilesWhileProcessingTheOthers() throws {
    let files: [String: [UInt8]] = [
      "good.txt": Array("In 1927 the Central Committee expelled Trotsky from the party.\n".utf8),
      "binary.txt": [0x00, 0x01, 0x02],
    ]
    try withFolder(files) { folder in
      let run = try CLI.run(["extract", folder.path, "--format", "jsonl"])
      #expect(run.status == 2)
      #expect(run.stderr.contains("binary.txt"))
      #expect(run.stdout.contains(#""rel": "expelled", "source": "central-committee", "target": "trotsky""#))
    }
  }

  @Test func evaluatePrintsPrecisionRecallAndF1() throws {
    let gold =
      #"{"doc": "good.txt", "rel": "opposed", "source": "stalin", "target": "zinoviev", "from": 1926, "to": 1926}"#
    let files: [String: [UInt8]] = [
      "good.txt": Array("In 1926 Stalin attacked Zinoviev and sided with Bukharin.\n".utf8),
      "gold.jsonl": Array((gold + "\n").utf8),
    ]
    try withFolder(files) { folder in
      let graph = folder.appendingPathComponent("graph.json").path
      let extract = try CLI.run(["extract", folder.appendingPathComponent("good.txt").path, "-o", graph])
      #expect(extract.status == 0, "\(extract.stderr)")
      let run = try CLI.run(["evaluate", graph, "--gold", folder.appendingPathComponent("gold.jsonl").path])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("opposed          1     0     0   1.000   1.000   1.000"), "\(run.stdout)")
      #expect(run.stdout.contains("MICRO            1     1     0   0.500   1.000   0.667"), "\(run.stdout)")
    }
  }

  @Test func lexiconCheckNamesFileAndLine() throws {
    let files = [
      "bad.yaml": Array("format: patronage-lexicon/1\npersons:\n  - id: x\n    name: X\n    kind: post\n".utf8)
    ]
    try withFolder(files) { folder in
      let path = folder.appendingPathComponent("bad.yaml").path
      let run = try CLI.run(["lexicon", "check", path])
      #expect(run.status == 1)
      #expect(run.stderr.contains("\(path):5: unknown key \"kind\""), "\(run.stderr)")
    }
  }

  @Test func lexiconSuggestCountsUnknownPeople() throws {
    let text = "Comrade Ivanov met Stalin. Later Ivanov and Stalin quarrelled, and Ivanov left.\n"
    try withFolder(["a.txt": Array(text.utf8)]) { folder in
      let run = try CLI.run(["lexicon", "suggest", folder.path])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.hasPrefix("3\tivanov\tIvanov"), "\(run.stdout)")
    }
  }
}
