import Foundation
import Testing

/// One hostile input for the built binary: the files to lay out, the command to run on them, and what must happen.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  /// A short name for the test report.
  let name: String
  /// Files to create in a fresh folder, by relative name.
  let files: [String: [UInt8]]
  /// The command line, with `{dir}` standing for the fresh folder.
  let arguments: [String]
  /// The exit status expected (1: refused, 2: some documents skipped).
  let status: Int32
  /// Text the one-line error must contain (the file's name, and the line or byte where it applies).
  let mentions: [String]
  /// Output paths (with `{dir}`) that must not exist afterwards: nothing partial is written.
  var absent: [String] = ["{dir}/out"]

  var testDescription: String { name }
}

/// Texts, lexicons and graph files a historian might really have, each broken in one way.
enum BadInputs {
  static let goodText = Array("In 1926 Stalin attacked Zinoviev at the plenum.\n".utf8)

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// `extract` on a folder holding a good text and `bad.txt`: the bad one is named and skipped, the good one kept.
  static func document(_ name: String, _ bad: [UInt8], mentions: [String]) -> BadInputCase {
    BadInputCase(
      name: "document: \(name)", files: ["good.txt": goodText, "bad.txt": bad],
      arguments: ["extract", "{dir}", "-o", "{dir}/out/graph.json"], status: 2, mentions: ["bad.txt"] + mentions,
      absent: [])
  }

  /// `extract` with a broken `--lexicon`: refused before anything is written.
  static func lexicon(_ name: String, _ yaml: [UInt8], mentions: [String]) -> BadInputCase {
    BadInputCase(
      name: "lexicon: \(name)", files: ["good.txt": goodText, "mine.yaml": yaml],
      arguments: ["extract", "{dir}/good.txt", "--lexicon", "{dir}/mine.yaml", "-o", "{dir}/out/graph.json"],
      status: 1, mentions: ["mine.yaml"] + mentions)
  }

  /// `export` of a broken graph file: refused before anything is written.
  static func graph(_ name: String, _ json: [UInt8], mentions: [String] = []) -> BadInputCase {
    BadInputCase(
      name: "graph JSON: \(name)", files: ["bad.json": json],
      arguments: ["export", "{dir}/bad.json", "--format", "graphml", "-o", "{dir}/out/g.graphml"], status: 1,
      mentions: ["bad.json"] + mentions)
  }

  /// A graph file with one person whose birth year is `year`.
  static func graph(bornIn year: Int) -> [UInt8] {
    bytes(
      #"{"format": "patronage-graph/1", "persons": [{"id": "a", "name": "A", "born": \#(year)}], "#
        + #""offices": [], "relations": []}"#)
  }

  static let lexiconHeader = "format: patronage-lexicon/1\npersons:\n"

  static let all: [BadInputCase] = [
    document("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], mentions: ["binary", "byte offset 6"]),
    document("invalid UTF-8", bytes("Stalin met ") + [0xE9] + bytes("migr\n"), mentions: ["UTF-8", "byte offset 11"]),
    document("truncated UTF-8", bytes("Stalin met Kamenev") + [0xD0], mentions: ["UTF-8", "byte offset 18"]),
    document("UTF-16 LE with BOM", [0xFF, 0xFE] + bytes("S").flatMap { [$0, 0] }, mentions: ["UTF-16", "iconv"]),
    document("UTF-16 BE with BOM", [0xFE, 0xFF, 0x00, 0x53, 0x00, 0x74], mentions: ["UTF-16", "iconv"]),
    document("empty", [], mentions: ["empty"]),
    document("only whitespace", bytes(" \n\t\r\n  \n"), mentions: ["empty"]),
    lexicon("bad YAML", bytes(lexiconHeader + "  - id: a\n    name: [unclosed\n"), mentions: ["malformed YAML"]),
    lexicon(
      "unknown key", bytes(lexiconHeader + "  - id: a\n    name: A\n    colour: red\n"),
      mentions: [":5:", "unknown key"]),
    lexicon(
      "duplicate ids", bytes(lexiconHeader + "  - id: a\n    name: A\n  - id: a\n    name: B\n"),
      mentions: [":5:", "duplicate person id \"a\"", "first defined on line 3"]),
    lexicon("future format", bytes("format: patronage-lexicon/7\n"), mentions: [":1:", "unsupported format"]),
    lexicon("binary", [0x00, 0x01, 0x02, 0xFF], mentions: []),
    lexicon(
      "year 0", bytes(lexiconHeader + "  - id: a\n    name: A\n    born: 0\n"),
      mentions: [":5:", "from -3000 to 3000 other than 0", "\"0\""]),
    lexicon(
      "year 99999", bytes(lexiconHeader + "  - id: a\n    name: A\n    died: 99999\n"), mentions: [":5:", "\"99999\""]),
    graph("empty", []),
    graph("not JSON", bytes("persons: [stalin]\n"), mentions: ["not a valid JSON"]),
    graph("binary", [0x00, 0xFF, 0x13, 0x37]),
    graph("truncated", bytes(#"{"format": "patronage-graph/1", "persons": [{"id": "a", "na"#), mentions: ["JSON"]),
    graph(
      "nested 100,000 deep", bytes(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))),
    graph(
      "nested objects 100,000 deep",
      bytes(String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000))),
    graph(
      "future format", bytes(#"{"format": "patronage-graph/2", "persons": [], "offices": [], "relations": []}"#),
      mentions: ["patronage-graph/2", "patronage-graph/1"]),
    graph("year 0", graph(bornIn: 0), mentions: ["year 0"]),
    graph("year 99999", graph(bornIn: 99999), mentions: ["99999"]),
    graph(
      "duplicate person ids",
      bytes(
        #"{"format": "patronage-graph/1", "persons": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], "#
          + #""offices": [], "relations": []}"#), mentions: ["duplicate id"]),
    BadInputCase(
      name: "output: a file where a folder is needed", files: ["good.txt": goodText, "out": bytes("keep\n")],
      arguments: ["extract", "{dir}/good.txt", "-o", "{dir}/out/graph.json"], status: 1,
      mentions: ["out", "not a folder"], absent: ["{dir}/out/graph.json"]),
    BadInputCase(
      name: "output: build into a file", files: ["good.txt": goodText, "out": bytes("keep\n")],
      arguments: ["build", "{dir}/good.txt", "-o", "{dir}/out"], status: 1, mentions: ["out", "not a folder"],
      absent: ["{dir}/out/graph.json"]),
    BadInputCase(
      name: "output: unwritable folder", files: ["good.txt": goodText],
      arguments: ["extract", "{dir}/good.txt", "-o", "/proc/patronage-test/graph.json"], status: 1,
      mentions: ["/proc/patronage-test"]),
    BadInputCase(
      name: "output: full disk (/dev/full)", files: ["good.txt": goodText],
      arguments: ["extract", "{dir}/good.txt", "-o", "/dev/full"], status: 1,
      mentions: ["/dev/full", "No space left on device"]),
    BadInputCase(
      name: "build --graph: truncated graph file", files: ["bad.json": bytes(#"{"format": "patronage-graph/1", "per"#)],
      arguments: ["build", "--graph", "{dir}/bad.json", "-o", "{dir}/out"], status: 1, mentions: ["bad.json"]),
    BadInputCase(
      name: "input: missing file", files: [:], arguments: ["extract", "{dir}/nowhere.txt", "-o", "{dir}/out/g.json"],
      status: 1, mentions: ["nowhere.txt"]),
  ]
}

/// Item 1 of the reliability issue: every bad input gives one clear line naming the file, a non-zero exit, the
/// other inputs still processed, and no partial output.
@Suite("bad input matrix")
struct BadInputMatrixTests {
  /// A fresh folder holding `files`, removed when `body` returns.
  private func withFolder<T>(_ files: [String: [UInt8]], _ body: (String) throws -> T) throws -> T {
    let folder = CLI.temporaryPath("bad-input")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
    return try body(folder)
  }

  /// Files below `folder` whose names mark them as temporary files of an atomic write.
  private func temporaryFiles(in folder: String) -> [String] {
    let names = FileManager.default.enumerator(atPath: folder)?.allObjects.compactMap { $0 as? String } ?? []
    return names.filter { $0.hasSuffix(".tmp") }
  }

  @Test(arguments: BadInputs.all)
  func badInputIsOneClearLineAndNothingPartial(_ input: BadInputCase) throws {
    try withFolder(input.files) { folder in
      let run = try CLI.run(input.arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder) })
      #expect(run.status == input.status, "\(run.stderr)")
      let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: true)
      #expect(lines.count == 1, "expected one line on stderr: \(run.stderr)")
      for text in input.mentions {
        #expect(run.stderr.contains(text), "\(run.stderr) does not say \(text)")
      }
      #expect(run.stderr.hasPrefix("patronage: "), "\(run.stderr)")
      #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Swift/"), "\(run.stderr)")
      for path in input.absent.map({ $0.replacingOccurrences(of: "{dir}", with: folder) }) {
        #expect(!FileManager.default.fileExists(atPath: path), "\(path) was written")
      }
      #expect(temporaryFiles(in: folder).isEmpty)
    }
  }

  @Test func skippedDocumentsLeaveTheOthersInTheOutput() throws {
    let files = ["good.txt": BadInputs.goodText, "bad.txt": [0x00, 0x01], "worse.txt": [0xFF, 0xFE, 0x41, 0x00]]
    try withFolder(files) { folder in
      let run = try CLI.run(["extract", folder, "--format", "jsonl", "-o", folder + "/out.jsonl"])
      #expect(run.status == 2, "\(run.stderr)")
      #expect(run.stderr.split(separator: "\n").count == 2, "\(run.stderr)")
      let written = try String(contentsOfFile: folder + "/out.jsonl", encoding: .utf8)
      #expect(written.contains(#""doc": "good.txt", "rel": "opposed", "source": "stalin", "target": "zinoviev""#))
    }
  }

  /// Texts that are unusual but valid: read, with no error, and a graph that reads back.
  @Test(arguments: [
    ("a single 10 MB line", String(repeating: "Stalin spoke and Kamenev listened, ", count: 300_000)),
    ("years 0, -500 and 99999", "In the year 0 nothing. In 500 BC, -500 and 99999 Stalin attacked Zinoviev.\n"),
    (
      "hostile names", "In 1926 \"Node\" O'Brien\\ <script>alert(1)</script> met Graph Subgraph and Edge; !!! ??? --.\n"
    ),
  ])
  func unusualTextIsRead(_ name: String, _ text: String) throws {
    try withFolder(["good.txt": BadInputs.goodText, "odd.txt": Array(text.utf8)]) { folder in
      let run = try CLI.run(["extract", folder, "-o", folder + "/graph.json"])
      #expect(run.status == 0, "\(name): \(run.stderr)")
      let check = try CLI.run(["export", folder + "/graph.json", "--format", "dot"])
      #expect(check.status == 0, "\(name): \(check.stderr)")
    }
  }

  @Test func negativeYearsAreValidInGraphFiles() throws {
    try withFolder(["old.json": BadInputs.graph(bornIn: -500)]) { folder in
      let run = try CLI.run(["export", folder + "/old.json", "--format", "json"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains(#""born" : -500"#))
    }
  }
}

/// Item 3 of the reliability issue, end to end: hostile names and evidence go through `render` and every
/// `export`, and each output parses with a standard reader that shows the text literally.
@Suite("hostile names end to end")
struct HostileNamesTests {
  static let names = [
    #"Ann "the Quote" O'Hara"#, #"back\slash\"#, "<script>alert(1)</script>", "node", "edge", "subgraph",
    "graph", "!!! ???", "a;b,c\r\nd", "]]> --> &amp;",
  ]

  /// A graph JSON file: a chain of allied ties between the hostile names, with a hostile sentence as evidence.
  static func graphJSON() throws -> Data {
    let persons = names.enumerated().map { ["id": "p\($0.offset)", "name": $0.element, "aliases": [$0.element]] }
    let relations = names.indices.dropFirst().map { index in
      [
        "kind": "allied", "source": ["person": "p\(index - 1)"], "target": "p\(index)", "span": ["from": "1925"],
        "confidence": 1,
        "evidence": [
          ["document": names[index], "start": 0, "end": 1, "sentence": names[index - 1], "confidence": 1]
        ],
      ] as [String: Any]
    }
    let graph: [String: Any] = [
      "format": "patronage-graph/1", "persons": persons, "offices": [], "relations": relations,
    ]
    return try JSONSerialization.data(withJSONObject: graph)
  }

  /// Python that parses `path` as `kind` and prints every text it holds (XML text and attributes, CSV fields),
  /// one JSON string per line.
  static let reader = #"""
    import csv, json, sys, xml.etree.ElementTree as ET
    kind, path = sys.argv[1], sys.argv[2]
    texts = []
    if kind == "csv":
        for name in ("nodes.csv", "edges.csv"):
            for row in csv.reader(open(path + "/" + name, newline="", encoding="utf-8")):
                texts += row
    else:
        for element in ET.parse(path).iter():
            texts += [element.text or "", element.tail or ""] + list(element.attrib.values())
    for text in texts:
        print(json.dumps(text))
    """#

  @Test(arguments: [("svg", "render"), ("graphml", "export"), ("gexf", "export"), ("csv", "export")])
  func everyNameParsesBackLiterally(_ format: String, _ command: String) throws {
    let folder = CLI.temporaryPath("hostile")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.graphJSON().write(to: URL(fileURLWithPath: folder + "/g.json"))
    let output = folder + "/out." + format
    let run = try CLI.run([command, folder + "/g.json", "--format", format, "-o", output])
    #expect(run.status == 0, "\(run.stderr)")
    let read = try CLI.run(
      ["python3", "-c", Self.reader, format == "svg" ? "xml" : format, output],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(read.status == 0, "\(format) does not parse: \(read.stderr)")
    let texts = read.stdout.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) as? String
    }
    // XML 1.0 normalises a CR LF pair to LF; SVG labels break lines on their own.
    let found = Set(texts.map { $0.replacingOccurrences(of: "\r\n", with: "\n") })
    for name in Self.names where format != "svg" || !name.contains("\n") {
      let literal = name.replacingOccurrences(of: "\r\n", with: "\n")
      #expect(
        found.contains(literal) || texts.contains { $0.contains(literal) }, "\(format) lost \(name.debugDescription)")
    }
  }

  @Test func dotParsesInGraphvizWithEveryNameAsALabel() throws {
    let folder = CLI.temporaryPath("hostile-dot")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.graphJSON().write(to: URL(fileURLWithPath: folder + "/g.json"))
    let run = try CLI.run(["export", folder + "/g.json", "--format", "dot", "-o", folder + "/g.dot"])
    #expect(run.status == 0, "\(run.stderr)")
    let canon = try CLI.run(["dot", "-Tcanon", folder + "/g.dot"], executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(canon.status == 0 && canon.stderr.isEmpty, "\(canon.stderr)")
    let nodes = canon.stdout.split(separator: "\n").filter { $0.contains("person:") && !$0.contains("->") }
    #expect(nodes.count == Self.names.count, "\(canon.stdout)")
  }
}
