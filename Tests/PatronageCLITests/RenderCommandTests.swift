import Foundation
import Testing

/// End-to-end tests of `patronage render`, running the built binary.
@Suite("patronage render")
struct RenderCommandTests {
  private struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  private static let fixture = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/example-graph.json").path

  /// The `patronage` binary next to the test bundle (`.build/<config>/patronage`).
  private static func binary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    let found = candidates.map { $0.appendingPathComponent("patronage") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
    return try #require(found, "no patronage binary next to \(candidates.map(\.path))")
  }

  private static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  private static func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("render-cli-\(UUID().uuidString)").path
  }

  @Test func perYearWritesOneDiagramPerYear() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Self.run(["render", Self.fixture, "--per-year", "-o", folder])
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
    let result = try Self.run(["render", Self.fixture, "--year", "1925", "--format", "dot"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("digraph \"patronage_1925\" {"))
  }

  @Test func missingFileIsAnErrorNamingIt() throws {
    let result = try Self.run(["render", "/nonexistent/graph.json"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("/nonexistent/graph.json"))
  }

  @Test func yearOutsideTheGraphIsAnError() throws {
    let result = try Self.run(["render", Self.fixture, "--year", "1917"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("1917") && result.stderr.contains("1921–1929"))
  }

  @Test func perYearNeedsAnOutputFolder() throws {
    let result = try Self.run(["render", Self.fixture, "--per-year"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("-o DIR"))
  }

  @Test func unknownEngineIsRejected() throws {
    let result = try Self.run(["render", Self.fixture, "--engine", "spring"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("spring"))
  }

  @Test func helpExplainsTheOptions() throws {
    let result = try Self.run(["render", "--help"])
    #expect(result.status == 0)
    for option in ["--year", "--per-year", "--format", "--engine", "--output"] {
      #expect(result.stdout.contains(option), "\(option) missing from --help")
    }
  }
}
