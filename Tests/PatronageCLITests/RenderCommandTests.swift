import Foundation
import Testing

/// End-to-end tests of `patronage render`, running the built binary.
@Suite("patronage render")
struct RenderCommandTests {
  private static let fixture = CLI.fixture("example-graph.json")

  private static func temporaryFolder() -> String { CLI.temporaryPath("render-cli") }

  @Test func perYearWritesOneDiagramPerYear() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CLI.run(["render", Self.fixture, "--per-year", "-o", folder])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let paths = result.stdout.split(separator: "\n").map(String.init)
    #expect(paths == (1921...1929).map { "\(folder)/example-graph-\($0).svg" })
    for path in paths {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains("<svg") && text.contains("Joseph Stalin"))
    }
  }

  @Test func oneYearAsDOTGoesToStdout() throws {
    let result = try CLI.run(["render", Self.fixture, "--year", "1925", "--format", "dot"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("digraph \"patronage_1925\" {"))
  }

  @Test func missingFileIsAnErrorNamingIt() throws {
    let result = try CLI.run(["render", "/nonexistent/graph.json"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("/nonexistent/graph.json"))
  }

  @Test func yearOutsideTheGraphIsAnError() throws {
    let result = try CLI.run(["render", Self.fixture, "--year", "1917"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("1917") && result.stderr.contains("1921–1929"))
  }

  @Test func perYearNeedsAnOutputFolder() throws {
    let result = try CLI.run(["render", Self.fixture, "--per-year"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("-o DIR"))
  }

  @Test func unknownEngineIsRejected() throws {
    let result = try CLI.run(["render", Self.fixture, "--engine", "spring"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("spring"))
  }

  @Test func helpExplainsTheOptions() throws {
    let result = try CLI.run(["render", "--help"])
    #expect(result.status == 0)
    for option in ["--year", "--per-year", "--format", "--engine", "--output"] {
      #expect(result.stdout.contains(option), "\(option) missing from --help")
    }
  }
}
