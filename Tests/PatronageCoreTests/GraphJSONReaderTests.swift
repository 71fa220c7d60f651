import Foundation
import Testing

@testable import PatronageCore

/// The byte reader (``GraphJSONReader``) against `JSONDecoder`, element by element and whole graph by whole graph.
@Suite struct GraphJSONReaderTests {
  /// The package's root folder (this file is `Tests/PatronageCoreTests/GraphJSONReaderTests.swift`).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Reads every element of a plain-layout file both ways and expects the reader to accept each one and give what
  /// `JSONDecoder` gives.
  static func expectBothWaysAgree(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try data.withUnsafeBytes { bytes in
      let layout = try #require(GraphJSONLayout(bytes: bytes), sourceLocation: sourceLocation)
      try compare(layout.persons, in: bytes, sourceLocation) { $0.person() }
      try compare(layout.offices, in: bytes, sourceLocation) { $0.office() }
      try compare(layout.relations, in: bytes, sourceLocation) { $0.relation() }
    }
  }

  static func compare<Element: Decodable & Equatable>(
    _ ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer, _ sourceLocation: SourceLocation,
    _ read: (inout GraphJSONReader) -> Element?
  ) throws {
    var reader = GraphJSONReader(bytes: bytes)
    for range in ranges {
      let text = Data(bytes[range])
      let expected = try JSONDecoder().decode(Element.self, from: text)
      let read = reader.decode(at: range, read)
      #expect(read == expected, "\(String(decoding: text, as: UTF8.self))", sourceLocation: sourceLocation)
    }
  }

  /// What loading gives: the graph, or the error.
  static func load(_ data: Data) -> Result<PatronageGraph, GraphFileError> {
    Result { () throws(GraphFileError) in try PatronageGraph(jsonData: data, path: "g.json") }
  }

  /// The same file with a top-level key the plain layout does not allow, so it is decoded whole by `JSONDecoder`.
  static func wholeFileOnly(_ data: Data) -> Data {
    var text = String(decoding: data, as: UTF8.self)
    guard let brace = text.firstIndex(of: "{") else { return data }
    text.insert(contentsOf: #""unknown": 0, "#, at: text.index(after: brace))
    return Data(text.utf8)
  }

  @Test func theExampleGraphReadsAsTheDecoderReadsIt() throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Graphs/graph.json"))
    try Self.expectBothWaysAgree(data)
    #expect(Self.load(data) == Self.load(Self.wholeFileOnly(data)))
    #expect(try Self.load(data).get().relations.count > 10)
  }

  /// Runs `scripts/generate-graph`.
  static func generate(persons: Int, seed: Int, to path: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", root.appendingPathComponent("scripts/generate-graph").path, "--persons", "\(persons)", "--seed",
      "\(seed)", "-o", path.path,
    ]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
  }

  @Test func aGeneratedGraphReadsAsTheDecoderReadsIt() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: path) }
    try Self.generate(persons: 2000, seed: 3, to: path)
    let data = try Data(contentsOf: path)
    try Self.expectBothWaysAgree(data)
    #expect(Self.load(data) == Self.load(Self.wholeFileOnly(data)))
    #expect(try Self.load(data).get().persons.count == 2000)
  }

  /// Escapes of every kind, non-ASCII text, missing optional keys, nulls, keys out of order, unknown keys and
  /// irregular whitespace.
  static let handMade = #"""
    { "format" : "patronage-graph/1",
      "persons" : [
        {"name":"Ana \"the \\ Red\" \u00e9\ud83d\ude00 \/ \n\t\b\f\r","id":"ana","born":null,"aliases":null},
        { "id" : "b\u00f8b" , "name": "Bøb 😀 ü", "aliases": ["x", "y\u0000z", ""], "born": -5, "died": 1920,
          "note": {"nested": [1, -2.5e3, true, false, null, "s\"", {}, []]} },
        {"died":1953,"id":"c","name":"C"}	,
        {"id":"d","name":"D","aliases":[]}
      ],
      "offices" : [ {"kind":"body","name":"Org","id":"org","head":null,"temporary":null},
        {"id":"gs","name":"GS","kind":"post","temporary":true},
        {"temporary":false,"head":"gs","kind":"party","name":"P\u0061rty","id":"sec"} ],
      "relations" : [
        {"target":"ana","kind":"allied","source":{"person":"b\u00f8b"},"confidence":1,"evidence":[]},
        {"kind":"appointed","source":null,"target":"ana","office":"org","span":{"to":"1922-04-03","from":"1922-04"},
         "confidence":0.1,"evidence":[{"sentence":"S.","end":5,"start":0,"document":"d\/e.txt","confidence":1e-05,
         "agent":{"institution":"org","person":null},"span":{"from":1921}}]},
        {"kind":"expelled","target":"c","office":"sec","span":{"from":"-44","to":null},"confidence":0.30000000000000004,
         "evidence":[{"document":"d","start":1,"end":2,"sentence":"","confidence":5E-1,"span":null,"agent":null},
           {"document":"d","start":0,"end":0,"sentence":"\u2028","confidence":0.0,"agent":{"person":"c"},
            "span":{"from":"0800-02-29","to":"1950"}}]},
        {"confidence":0.123456789012345678,"evidence":[],"target":"d","kind":"opposed","source":{"person":"c"}} ,
        {"kind":"appointed","target":"d","source":{"institution":"org"},"confidence":-0.0,"evidence":[],"span":null}
      ]
    }
    """#

  @Test func handMadeJSONReadsAsTheDecoderReadsIt() throws {
    let data = Data(Self.handMade.utf8)
    try Self.expectBothWaysAgree(data)
    #expect(Self.load(data) == Self.load(Self.wholeFileOnly(data)))
    let graph = try Self.load(data).get()
    #expect(graph.persons.first?.name == "Ana \"the \\ Red\" é😀 / \n\t\u{08}\u{0C}\r")
    #expect(graph.persons[1].aliases == ["x", "y\u{0}z", ""])
  }

  /// Forms the reader leaves to `JSONDecoder`, and files that do not load: loading gives the same graph or error
  /// as decoding the whole file.
  @Test(arguments: [
    #"{"id":"a","name":"A","born":1.9e3}"#,
    #"{"id":"a","name":"A","id":"b"}"#,
    #"{"id":"a\ud800","name":"A"}"#,
    #"{"id":"a","name":"A","born":99999999999999999999}"#,
    #"{"id":"a","name":"A","born":"1900"}"#,
    #"{"id":"","name":"A"}"#,
    #"{"id":"a\u0007","name":"A"}"#,
    #"{"id":"a","name":"A","aliases":[1]}"#,
    #"{"id":"a","name":"A" "born":1}"#,
    #"{"id":"a","name":"A","born":01}"#,
    #"{"id":"a","name":"A","died":1900,"born":1950}"#,
    #"{"id":"a","name":"A","x":[1,}"#,
    #"{"id":"a","name":"A\x"}"#,
  ])
  func unusualPersonsLoadAsTheDecoderLoadsThem(person: String) {
    let text = #"{"format":"patronage-graph/1","persons":["# + person + #"],"offices":[],"relations":[]}"#
    #expect(Self.load(Data(text.utf8)) == Self.load(Self.wholeFileOnly(Data(text.utf8))))
  }

  @Test(arguments: [
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1.5,"evidence":[]}"#,
    #"{"kind":"allied","source":{},"target":"b","confidence":1,"evidence":[]}"#,
    #"{"kind":"allied","source":{"person":"a","institution":7},"target":"b","confidence":1,"evidence":[]}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1}"#,
    #"{"kind":"sued","source":{"person":"a"},"target":"b","confidence":1,"evidence":[]}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[],"span":{"from":"1950","to":"1940"}}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[],"span":{"from":"1950-13"}}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[],"span":{"from":0}}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[],"span":{"from":"1950.0"}}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[],"span":{"from":1950.0}}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1e400,"evidence":[]}"#,
    #"{"kind":"allied","source":{"person":"a"},"target":"b","confidence":1,"evidence":[{"document":"d","start":3,"end":1,"sentence":"s","confidence":1}]}"#,
  ])
  func unusualRelationsLoadAsTheDecoderLoadsThem(relation: String) {
    let text =
      #"{"format":"patronage-graph/1","persons":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"offices":[],"#
      + #""relations":["# + relation + #"]}"#
    #expect(Self.load(Data(text.utf8)) == Self.load(Self.wholeFileOnly(Data(text.utf8))))
  }

  @Test(arguments: 1...8)
  func randomGraphsReadAsTheDecoderReadsThem(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    let data = Data(RandomGraphText.make(using: &random).utf8)
    try Self.expectBothWaysAgree(data)
    let loaded = Self.load(data)
    #expect(loaded == Self.load(Self.wholeFileOnly(data)))
    let graph = try loaded.get()
    #expect(Self.load(graph.jsonData()) == loaded)
    try Self.expectBothWaysAgree(graph.jsonData())
  }
}

/// Random graph JSON text: random names with escapes and non-ASCII characters, optional keys left out or null,
/// keys in random order, unknown keys, numbers in several forms and irregular whitespace.
enum RandomGraphText {
  static func make(using random: inout SplitMix64) -> String {
    let writer = Writer(random: random)
    let persons = (0..<40).map { "p\($0)" }
    let offices = ["o0", "o1", "o2"]
    var text = #"{"format": "patronage-graph/1", "persons": ["#
    text += persons.map { writer.person(id: $0) }.joined(separator: writer.comma())
    text += #"], "offices": ["#
    text += offices.map { writer.office(id: $0, others: offices) }.joined(separator: writer.comma())
    text += #"], "relations": ["#
    text += (0..<60).map { _ in writer.relation(persons: persons, offices: offices) }.joined(separator: writer.comma())
    text += "]}"
    random = writer.random
    return text
  }

  final class Writer {
    var random: SplitMix64

    init(random: SplitMix64) { self.random = random }

    func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    func space() -> String { ["", "", " ", "\n  ", "\t", "\r\n"].randomElement(using: &random)! }

    func comma() -> String { space() + "," + space() }

    /// An object of `fields` in random order, sometimes with an unknown field.
    func object(_ fields: [(String, String?)]) -> String {
      var present = fields.compactMap { key, value in value.map { (key, $0) } }
      if chance(10) { present.append(("extra", #"{"a": [1, "\u00e9", null]}"#)) }
      present.shuffle(using: &random)
      let body = present.map { key, value in string(key) + space() + ":" + space() + value }
      return "{" + space() + body.joined(separator: comma()) + space() + "}"
    }

    /// An optional field: left out, null, or `value`.
    func optional(_ value: @autoclosure () -> String, present percent: UInt64 = 50) -> String? {
      if chance(percent) { return value() }
      return chance(50) ? "null" : nil
    }

    func string(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += #"\""#
        case "\\": out += #"\\"#
        case "\n": out += #"\n"#
        case "/" where chance(50): out += #"\/"#
        case _ where scalar.value < 0x20 || chance(5):
          for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }

    func text() -> String {
      let pieces = ["Ivan", "Ölga", " ", "\"", "\\", "/", "\n", "\t", "😀", "中文", "\u{1}", "é", "e\u{301}", "ß"]
      return (0..<Int(random.next() % 6 + 1)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    func double() -> String {
      let value = [0.1 + 0.2, 1e-05, 0.81, 1, 0, 1.0 / 3, Double(random.next() % 1000) / 1000]
        .randomElement(using: &random)!
      return chance(70) ? "\(value)" : String(format: "%.17g", value)
    }

    func date(_ year: Int) -> String {
      switch random.next() % 4 {
      case 0: return "\(year)"
      case 1: return string("\(year)")
      case 2: return string("\(year)-0\(random.next() % 9 + 1)")
      default: return string("\(year)-1\(random.next() % 3)-2\(random.next() % 9)")
      }
    }

    func span() -> String {
      let year = Int(random.next() % 40) + 1920
      let to = year + Int(random.next() % 10) + 1
      return object([("from", date(year)), ("to", chance(50) ? date(to) : chance(50) ? "null" : nil)])
    }

    func agent(persons: [String], offices: [String]) -> String {
      if chance(60) { return object([("person", string(persons.randomElement(using: &random)!))]) }
      return object([
        ("institution", string(offices.randomElement(using: &random)!)), ("person", chance(30) ? "null" : nil),
      ])
    }

    func person(id: String) -> String {
      let born = Int(random.next() % 30) + 1870
      let aliases = (0..<Int(random.next() % 3)).map { _ in string(text()) }
      return object([
        ("id", string(id)), ("name", string(text())), ("aliases", optional("[" + aliases.joined(separator: ",") + "]")),
        ("born", optional("\(born)")), ("died", optional("\(born + 60)")),
      ])
    }

    func office(id: String, others: [String]) -> String {
      object([
        ("id", string(id)), ("name", string(text())),
        ("kind", string(["post", "body", "party"].randomElement(using: &random)!)),
        ("head", optional(string(others.randomElement(using: &random)!), present: 30)),
        ("temporary", optional(chance(50) ? "true" : "false")),
      ])
    }

    func evidence(persons: [String], offices: [String]) -> String {
      let start = Int(random.next() % 1000)
      return object([
        ("document", string(text())), ("start", "\(start)"), ("end", "\(start + Int(random.next() % 50))"),
        ("sentence", string(text())), ("confidence", double()), ("span", optional(span())),
        ("agent", optional(agent(persons: persons, offices: offices))),
      ])
    }

    func relation(persons: [String], offices: [String]) -> String {
      let kind = ["appointed", "allied", "opposed", "expelled"].randomElement(using: &random)!
      let target = persons.randomElement(using: &random)!
      let symmetric = kind == "allied" || kind == "opposed"
      let other = persons.filter { $0 != target }.randomElement(using: &random)!
      let source = symmetric ? object([("person", string(other))]) : optional(agent(persons: persons, offices: offices))
      let evidence = (0..<Int(random.next() % 3)).map { _ in self.evidence(persons: persons, offices: offices) }
      return object([
        ("kind", string(kind)), ("source", source), ("target", string(target)),
        ("office", symmetric ? nil : optional(string(offices.randomElement(using: &random)!), present: 80)),
        ("span", optional(span(), present: 80)), ("confidence", double()),
        ("evidence", "[" + evidence.joined(separator: comma()) + "]"),
      ])
    }
  }
}
