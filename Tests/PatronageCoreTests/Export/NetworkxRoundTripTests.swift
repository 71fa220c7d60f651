import Foundation
import PatronageCore
import Testing

/// Every export format is written, read back by networkx (`scripts/validate-exports`),
/// and compared with what the graph itself says, attribute by attribute and type by type.
@Suite("Exports read back by networkx")
struct NetworkxRoundTripTests {
  typealias Value = NetworkxReading.Value

  enum Format: String, CaseIterable, CustomStringConvertible {
    case graphml, gexf, csv
    case nodeLink = "node-link"

    var description: String { rawValue }

    /// Whether the format is XML, which cannot carry some control characters.
    var isXML: Bool { self == .graphml || self == .gexf }
  }

  /// Writes `graph` in `format` into `folder`; returns the path networkx should read.
  static func write(_ graph: ExportGraph, as format: Format, in folder: URL) throws -> String {
    let path = folder.appendingPathComponent("export-\(format.rawValue)").path
    switch format {
    case .graphml: try OutputFile.write(GraphMLExport.document(graph), to: path)
    case .gexf: try OutputFile.write(GEXFExport.document(graph), to: path)
    case .nodeLink: try OutputFile.write(NodeLinkExport.document(graph), to: path)
    case .csv:
      let tables = CSVExport.tables(graph)
      try OutputFile.write(tables.nodes, to: path + "/nodes.csv")
      try OutputFile.write(tables.edges, to: path + "/edges.csv")
    }
    return path
  }

  /// Exports and reads back.
  static func roundTrip(_ graph: PatronageGraph, year: Int? = nil, as format: Format) throws -> NetworkxReading {
    let folder = ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try write(ExportGraph(graph: graph, year: year), as: format, in: folder)
    return try NetworkxReading.read(format.rawValue, at: path)
  }

  @Test(arguments: Format.allCases)
  func exampleGraphRoundTrips(_ format: Format) throws {
    let graph = try ExportFixtures.exampleGraph()
    let reading = try Self.roundTrip(graph, as: format)
    #expect(reading.directed)
    #expect(reading.nodes.count == graph.persons.count + graph.offices.count)
    #expect(reading.edges.count == graph.relations.count)
    let expected = Expected(graph: graph, format: format)
    #expect(reading.nodes == expected.nodes(indices: Array(graph.relations.indices), all: true))
    #expect(reading.edges == expected.edges(indices: Array(graph.relations.indices)))
  }

  @Test(arguments: Format.allCases)
  func hostileNamesSurvive(_ format: Format) throws {
    let graph = try ExportFixtures.hostileGraph()
    let reading = try Self.roundTrip(graph, as: format)
    let expected = Expected(graph: graph, format: format)
    let indices = Array(graph.relations.indices)
    let nodes = expected.nodes(indices: indices, all: true)
    for id in nodes.keys.sorted() { #expect(reading.nodes[id] == nodes[id], "node \(id)") }
    #expect(reading.nodes.count == nodes.count)
    let edges = expected.edges(indices: indices)
    for id in edges.keys.sorted() { #expect(reading.edges[id] == edges[id], "edge \(id)") }
    // The appointment with neither patron nor office connects nothing.
    #expect(reading.edges.count == graph.relations.count - 1)
    #expect(reading.nodes["person:троцкий"]?["name"] == .str("Лев Троцкий"))
    #expect(reading.nodes[#"person:o'brien "x" <y>&z"#]?["name"] == .str(ExportFixtures.markupName))
    #expect(reading.nodes["person:emoji"]?["name"] == .str(ExportFixtures.emojiName))
    let control =
      format.isXML ? "two\nlines\r\nand\ttab; bell\u{FFFD} nul\u{FFFD} end\u{FFFD}" : ExportFixtures.controlName
    #expect(reading.nodes["person:control"]?["name"] == .str(control))
  }

  @Test(arguments: Format.allCases)
  func oneYearKeepsTheRelationsInForce(_ format: Format) throws {
    let graph = try ExportFixtures.exampleGraph()
    let indices = graph.snapshot(year: 1925).relationIndices
    let reading = try Self.roundTrip(graph, year: 1925, as: format)
    let expected = Expected(graph: graph, format: format)
    #expect(Set(reading.edges.keys) == Set(indices.map { "r\($0)" }))
    #expect(reading.edges == expected.edges(indices: indices))
    #expect(reading.nodes == expected.nodes(indices: indices, all: false))
    #expect(reading.nodes.count < graph.persons.count + graph.offices.count)
  }

  @Test func gexfSpellsAreTheYearsInForce() throws {
    let graph = try ExportFixtures.hostileGraph()
    let hostile = try Self.roundTrip(graph, as: .gexf)
    func edge(_ kind: RelationKind, _ target: PersonID) throws -> [String: Value]? {
      let index = try #require(graph.relations.firstIndex { $0.kind == kind && $0.target == target })
      return hostile.edges["r\(index)"]
    }
    // The emoji person is allied in 1922–1923 and opposed in 1925: two spells.
    #expect(hostile.nodes["person:emoji"]?["spells"] == Value("list", "[[1922, 1923], [1925, 1925]]"))
    #expect(try edge(.allied, "emoji")?["spells"] == Value("list", "[[1922, 1923]]"))
    #expect(try edge(.expelled, "formula")?["spells"] == Value("list", "[[1924, 1924]]"))
    // Undated: no spell at all (always present in Gephi).
    let undated = try #require(try edge(.appointed, "digraph"))
    #expect(undated["spells"] == nil && undated["first_year"] == nil)
    let example = try ExportFixtures.exampleGraph()
    let reading = try Self.roundTrip(example, as: .gexf)
    let trotsky = try #require(
      example.relations.indices.first { index in
        let relation = example.relations[index]
        return relation.kind == .appointed && relation.target == "trotsky" && relation.office == "politburo"
      })
    let tenure = try #require(example.tenure(ofRelationAt: trotsky))
    let end = try #require(tenure.to)
    // Trotsky's Politburo seat runs from his appointment until his removal.
    #expect(reading.edges["r\(trotsky)"]?["spells"] == Value("list", "[[\(tenure.from), \(end)]]"))
    #expect(end == 1926)
  }
}
