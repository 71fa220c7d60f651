import Foundation
import PatronageCore

/// Graphs for the export tests: hostile names, and a reader that asks networkx what it sees.
enum ExportFixtures {
  /// A name full of what breaks file formats: quotes, markup, entities, a backslash.
  static let markupName = #"O'Brien "the Bold" <script>alert('x')</script> & co \ &amp;"#
  /// Line breaks, a tab and characters XML 1.0 forbids (BEL, NUL, U+FFFF).
  static let controlName = "two\nlines\r\nand\ttab; bell\u{7} nul\u{0} end\u{FFFF}"
  /// Non-ASCII: emoji (with a ZWJ sequence), a quote followed by a combining accent.
  static let emojiName = "🦊 Fox 👨‍👩‍👧 \"\u{301}e\u{301}"

  static let persons = [
    Person(id: #"o'brien "x" <y>&z"#, name: markupName, aliases: [#"back\slash"#, "semi; colon, comma"]),
    Person(id: "троцкий", name: "Лев Троцкий", aliases: ["Лёва"]),
    Person(id: "emoji", name: emojiName),
    Person(id: "digraph", name: "digraph", aliases: ["node", "edge", "strict", "subgraph", "graph"]),
    Person(id: "control", name: controlName),
    Person(id: "formula", name: #" =HYPERLINK("http://x") "#),
  ]

  static let offices = [
    Office(id: "a&b", name: "Office <b>&amp;</b>", kind: .body),
    Office(id: "политбюро", name: "Политбюро", kind: .body),
  ]

  static let relations = [
    Relation(
      kind: .appointed, source: .person(#"o'brien "x" <y>&z"#), target: "троцкий", office: "политбюро",
      span: Fixtures.span(1922), confidence: 0.85,
      evidence: [
        Evidence(
          document: #"docs/ü "quoted".txt"#, start: 10, end: 50, sentence: #"He said "<b>no</b>" & left\; 🦊"#,
          confidence: 0.85),
        Evidence(document: "b.txt", start: 0, end: 5, sentence: "Second.", confidence: 0.5),
      ]),
    Relation(
      kind: .allied, source: .person("emoji"), target: "digraph", span: Fixtures.span(1922, 1923), confidence: 1),
    Relation(kind: .opposed, source: .person("emoji"), target: "control", span: Fixtures.span(1925), confidence: 0.5),
    Relation(
      kind: .expelled, source: nil, target: "formula", office: "a&b", span: Fixtures.span(1924), confidence: 0.75),
    Relation(kind: .appointed, source: nil, target: "control", span: Fixtures.span(1923)),
    Relation(kind: .appointed, source: .institution("a&b"), target: "digraph", office: "политбюро"),
  ]

  static func hostileGraph() throws -> PatronageGraph {
    try PatronageGraph(persons: persons, offices: offices, relations: relations)
  }

  /// The hand-made example graph of the rendering tests.
  static func exampleGraph() throws -> PatronageGraph {
    try PatronageGraph(contentsOfFile: root.appendingPathComponent("Tests/Fixtures/example-graph.json").path)
  }

  /// The package root.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh temporary folder.
  static func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("export-tests-\(UUID().uuidString)")
  }
}

/// What networkx read from an export (`scripts/validate-exports read --typed`).
struct NetworkxReading: Decodable {
  /// An attribute as networkx holds it: Python type name and text.
  struct Value: Decodable, Hashable, CustomStringConvertible {
    let type: String
    let text: String

    init(_ type: String, _ text: String) {
      self.type = type
      self.text = text
    }

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      type = try container.decode(String.self)
      text = try container.decode(String.self)
    }

    static func str(_ text: String) -> Value { Value("str", text) }
    static func int(_ value: Int) -> Value { Value("int", String(value)) }
    static func float(_ value: Double) -> Value { Value("float", value.description) }
    static func bool(_ value: Bool) -> Value { Value("bool", value ? "true" : "false") }

    var description: String { "\(type)(\(text.debugDescription))" }
  }

  let directed: Bool
  let multigraph: Bool
  let nodes: [String: [String: Value]]
  let edges: [String: [String: Value]]

  /// Runs the script on `path` (a file, or for csv the folder).
  static func read(_ format: String, at path: String) throws -> NetworkxReading {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", ExportFixtures.root.appendingPathComponent("scripts/validate-exports").path, "read", "--typed",
      format, path,
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ReadFailure(description: "networkx could not read \(path): " + String(decoding: message, as: UTF8.self))
    }
    return try JSONDecoder().decode(NetworkxReading.self, from: data)
  }

  struct ReadFailure: Error, CustomStringConvertible {
    let description: String
  }
}
