import Foundation
import Testing

/// The analysis scripts: the synthetic generator and the networkx crosscheck.
@Suite("analysis scripts")
struct AnalysisScriptTests {
  static let python = URL(fileURLWithPath: "/usr/bin/env")

  /// Whether python3 with networkx and numpy can run (CI installs them with pip).
  static let hasNetworkx: Bool = {
    (try? CLI.run(["python3", "-c", "import networkx, numpy"], executable: python).status) == 0
  }()

  @Test func generatedGraphsLoadAndHoldAThirdOfThePersonsIn1950() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = CLI.root.appendingPathComponent("scripts/generate-graph").path
    let generated = try CLI.run(
      ["python3", script, "--persons", "90", "--seed", "4", "-o", path], executable: Self.python)
    #expect(generated.status == 0, "\(generated.stderr)")
    let export = try CLI.run(["export", path, "--format", "json"])
    #expect(export.status == 0, "\(export.stderr)")
    let run = try CLI.run(["centrality", path, "--year", "1950", "--measures", "degree", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let persons = try #require(try CLI.object(run.stdout)["persons"] as? [[String: Any]])
    #expect(persons.count * 3 >= 90)
  }

  @Test(.enabled(if: hasNetworkx, "needs python3 with networkx and numpy"))
  func centralityAgreesWithNetworkx() throws {
    let script = CLI.root.appendingPathComponent("scripts/crosscheck-networkx").path
    let run = try CLI.run(
      ["python3", script, "--binary", try CLI.binary().path, "--quick"], executable: Self.python)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("10 of 10 snapshots agree with networkx"))
  }
}
