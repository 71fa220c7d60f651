import Foundation
import PatronageCore
import PatronageRendering

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Test fixtures and helpers shared by the rendering tests.
enum Fixture {
  /// `Tests/Fixtures/example-graph.json`.
  static let examplePath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/example-graph.json").path

  static func example() throws -> PatronageGraph { try PatronageGraph(contentsOfFile: examplePath) }

  /// A graph of the given persons, each allied with the next and appointed to `office`
  /// by the first, all in 1925.
  static func chain(of persons: [Person], officeName: String = "Office") throws -> PatronageGraph {
    let office = Office(id: "office", name: officeName, kind: .body)
    var relations: [Relation] = []
    for (a, b) in zip(persons, persons.dropFirst()) {
      relations.append(Relation(kind: .allied, source: .person(a.id), target: b.id, span: try TimeSpan(years: 1925)))
    }
    for person in persons.dropFirst() {
      relations.append(
        Relation(
          kind: .appointed, source: .person(persons[0].id), target: person.id, office: office.id,
          span: try TimeSpan(years: 1925)))
    }
    return try PatronageGraph(persons: persons, offices: [office], relations: relations)
  }
}

/// What an SVG says about its nodes, read with Foundation's XML parser.
struct SVGSummary {
  struct Node {
    var title = ""
    var texts: [String] = []
    var tooltip: String?
    var centre: (x: Double, y: Double)?
  }

  var viewBox = ""
  var nodes: [String: Node] = [:]

  /// Parses `bytes`; nil when they are not well-formed XML.
  init?(_ bytes: [UInt8]) {
    let parser = XMLParser(data: Data(bytes))
    let reader = Reader()
    parser.delegate = reader
    guard parser.parse() else { return nil }
    viewBox = reader.viewBox
    for node in reader.nodes { nodes[node.title] = node }
  }

  private final class Reader: NSObject, XMLParserDelegate {
    var viewBox = ""
    var nodes: [Node] = []
    private var current: Node?
    private var depth = 0
    private var element = ""
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      element = name
      text = ""
      if name == "svg" { viewBox = attributes["viewBox"] ?? "" }
      if current != nil { depth += 1 }
      if name == "g", attributes["class"] == "node" {
        current = Node()
        depth = 0
      }
      if name == "a", let title = attributes["xlink:title"] { current?.tooltip = title }
      if name == "ellipse", current?.centre == nil, let x = attributes["cx"].flatMap(Double.init),
        let y = attributes["cy"].flatMap(Double.init)
      {
        current?.centre = (x, y)
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "title" { current?.title = text }
      if name == "text" { current?.texts.append(text) }
      text = ""
      guard let node = current else { return }
      if depth == 0 {
        nodes.append(node)
        current = nil
      } else {
        depth -= 1
      }
    }
  }
}
