import PatronageCore
import Testing

@testable import PatronageRendering

@Suite("DOT escaping")
struct DOTTextTests {
  @Test func quotesAndBackslashesAreEscaped() {
    #expect(DOTText.quoted(#"a"b\c"#) == #""a\"b\\c""#)
    #expect(DOTText.quoted("two\nlines") == #""two\nlines""#)
    #expect(DOTText.quoted("node") == #""node""#)
    #expect(DOTText.quoted("tab\there") == #""tab here""#)
  }

  @Test func parsedValueUndoesOnlyEscapedQuotes() {
    #expect(DOTText.parsedValue(ofQuoted: #"a"b"#) == #"a"b"#)
    #expect(DOTText.parsedValue(ofQuoted: #"a\"#) == #"a\\"#)
    #expect(DOTText.parsedValue(ofQuoted: #"\""#) == #"\\""#)
  }

  @Test func htmlTextEscapesMarkup() {
    #expect(DOTText.html(#"<b>A & "B"</b>"#) == "&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;")
    #expect(DOTText.html("x\ny") == "x<br/>y")
    #expect(DOTText.html("Троцкий 🙂") == "Троцкий 🙂")
  }

  @Test(arguments: [(1.0, "1"), (1.5, "1.5"), (-0.004, "0"), (12.345, "12.35"), (-3.07, "-3.07"), (0.1, "0.1")])
  func numbersAreShortAndStable(value: Double, expected: String) {
    #expect(DOTText.number(value) == expected)
  }

  /// Names that break naive DOT writers.
  static let trickyNames = [
    "node", "edge", "graph", "subgraph", "strict", "digraph", #"say "hi""#, #"back\slash"#, #"trailing\"#,
    #"\"#, #"""#, #"\""#, "<b>bold</b>", "a & b", "a &amp; b", "Троцкий", "Лев Давидович",
    "🙂🚩", "--", "->", ";",
    "{}", "[x=1]", "=", "...", "é", "a,b", "//", "/* c */", "#", "'single'", "x\u{2028}y",
    // Found by Fuzz/FuzzDOT (Fuzz/Seeds/FuzzDOT/replacement-characters): bytes that are not UTF-8 decoded to U+FFFD.
    "\u{FFFD}\u{FFFD}!!",
  ]

  @Test(arguments: trickyNames)
  func trickyNameSurvivesCgraph(name: String) throws {
    let persons = [Person(id: "anchor", name: "Anchor"), Person(id: PersonID(rawValue: name), name: name + "\nsecond")]
    let graph = try Fixture.chain(of: persons, officeName: name)
    try expectRoundTrip(graph)
  }

  @Test func generatedNamesSurviveCgraph() throws {
    let alphabet = Array(#"ab Z09"\<>&'{}[];=-,:#/*Яжé🙂🚩\"#.unicodeScalars) + ["\u{00A0}", "\u{2028}"]
    var generator = SplitMix64(seed: 1925)
    var seen = Set<String>()
    var persons: [Person] = []
    while persons.count < 150 {
      let length = Int.random(in: 1...12, using: &generator)
      var name = String.UnicodeScalarView()
      for _ in 0..<length { name.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
      let text = String(name)
      guard PersonID.isValid(text), seen.insert(text).inserted else { continue }
      persons.append(Person(id: PersonID(rawValue: text), name: text))
    }
    try expectRoundTrip(try Fixture.chain(of: persons))
  }

  /// The writer's DOT parses back with the same nodes, edges and attribute values.
  private func expectRoundTrip(_ graph: PatronageGraph) throws {
    let content = DiagramContent(graph: graph)
    let parsed = try Graphviz.parse(dot: DOTWriter().dot(for: graph))
    #expect(parsed.nodes.count == content.nodes.count)
    #expect(parsed.edges.count == content.edges.count)
    for person in graph.persons {
      let node = try #require(parsed.node(DOTText.parsedValue(ofQuoted: DiagramNode.person(person.id).dotName)))
      #expect(node.attributes["label"] == DOTText.html(person.name))
      #expect(node.attributes["tooltip"] == DOTText.parsedValue(ofQuoted: DOTText.tooltip(person.name)))
    }
    let expectedEdges = content.edges.map {
      "\(DOTText.parsedValue(ofQuoted: $0.from.dotName)) -> \(DOTText.parsedValue(ofQuoted: $0.to.dotName))"
    }
    #expect(Set(parsed.edges.map { "\($0.tail) -> \($0.head)" }) == Set(expectedEdges))
  }
}
