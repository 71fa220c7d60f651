import Foundation
import PatronageCore
import Testing

/// End-to-end tests of `patronage export`, running the built binary.
@Suite("patronage export")
struct ExportCommandTests {
  private static let fixture = CLI.fixture("example-graph.json")

  private static func temporaryFolder() -> String { CLI.temporaryPath("export-cli") }

  @Test func everyFormatReadsBackTheSameInNetworkx() throws {
    let script = CLI.root.appendingPathComponent("scripts/validate-exports")
    for year in [nil, 1925] {
      let yearArguments = year.map { ["--year", String($0)] } ?? []
      let result = try CLI.run(
        ["python3", script.path, "check", "--binary", try CLI.binary().path, Self.fixture] + yearArguments,
        executable: URL(fileURLWithPath: "/usr/bin/env"))
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      let lines = result.stdout.split(separator: "\n").map(String.init)
      #expect(lines.map { $0.prefix { $0 != ":" } } == ["csv", "gexf", "graphml", "node-link"], "\(result.stdout)")
      let counts = Set(lines.map { String($0.drop { $0 != ":" }) })
      #expect(counts.count == 1, "the formats disagree: \(result.stdout)")
      // Every person and office is a node; every relation of the fixture has an edge.
      let fixture = try PatronageGraph(contentsOfFile: Self.fixture)
      let whole = ": \(fixture.persons.count + fixture.offices.count) nodes, \(fixture.relations.count) edges"
      if year == nil {
        #expect(counts == [whole])
      } else {
        #expect(counts != [whole])
      }
    }
  }

  @Test(arguments: [
    ("graphml", #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#),
    ("gexf", #"<gexf xmlns="http://gexf.net/1.3""#),
    ("node-link", #""multigraph": true"#),
    ("dot", #"digraph "patronage" {"#),
    ("json", #""format" : "patronage-graph/1""#),
  ])
  func formatsGoToStdout(_ format: String, _ marker: String) throws {
    let result = try CLI.run(["export", Self.fixture, "--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains(marker))
    #expect(result.stdout.contains("Joseph Stalin") || format == "json" && result.stdout.contains("stalin"))
  }

  @Test func fileOutputEqualsStdoutAndIsStable() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/graph.gexf"
    let written = try CLI.run(["export", Self.fixture, "--format", "gexf", "-o", path])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let printed = try CLI.run(["export", Self.fixture, "--format", "gexf"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
    let again = try CLI.run(["export", Self.fixture, "--format", "gexf"])
    #expect(again.stdout == printed.stdout)
  }

  @Test func dotForOneYearIsTheRenderersDOT() throws {
    let exported = try CLI.run(["export", Self.fixture, "--format", "dot", "--year", "1925"])
    let rendered = try CLI.run(["render", Self.fixture, "--format", "dot", "--year", "1925"])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.hasPrefix(#"digraph "patronage_1925" {"#))
    #expect(exported.stdout == rendered.stdout)
  }

  @Test func csvWritesAFolderWithTwoTables() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CLI.run(["export", Self.fixture, "--format", "csv", "-o", folder])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(files == ["edges.csv", "nodes.csv"])
    let nodes = try String(contentsOfFile: folder + "/nodes.csv", encoding: .utf8)
    #expect(nodes.hasPrefix("id:ID,:LABEL,"))
    #expect(nodes.contains("person:stalin,Person,person,Joseph Stalin,Iosif Dzhugashvili; Koba,"))
  }

  @Test func csvWithoutAFolderIsAnError() throws {
    let result = try CLI.run(["export", Self.fixture, "--format", "csv"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("-o DIR"))
  }

  @Test(arguments: ["graphml", "gexf", "csv", "node-link", "dot"])
  func yearOutsideTheGraphIsAnError(_ format: String) throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CLI.run(["export", Self.fixture, "--format", format, "--year", "1917", "-o", folder + "/x"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("example-graph.json"))
    #expect(result.stderr.contains("1921") && result.stderr.contains("1929"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
  }

  @Test func yearIsRefusedForTheGraphsOwnFormats() throws {
    let result = try CLI.run(["export", Self.fixture, "--format", "jsonl", "--year", "1925"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--year"))
  }

  @Test func unknownFormatAndMissingFileAreErrors() throws {
    let unknown = try CLI.run(["export", Self.fixture, "--format", "xlsx"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("graphml"))
    let missing = try CLI.run(["export", "/nonexistent/graph.json", "--format", "gexf"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("/nonexistent/graph.json"))
  }
}
