import Foundation
import Testing

/// The analysis commands leave out years with nothing in force, as `build` does.
@Suite("analysis commands: active years only")
struct ActiveYearsCommandTests {
  @Test(arguments: ["centrality", "appointments"])
  func yearsWithNothingInForceAreLeftOut(command: String) throws {
    let graph = """
      {"format": "patronage-graph/1", "offices": [], "persons": [
        {"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
       "relations": [
        {"kind": "allied", "source": {"person": "a"}, "target": "b", "confidence": 0.9, "evidence": [],
         "span": {"from": "1530", "to": "1530"}},
        {"kind": "allied", "source": {"person": "b"}, "target": "c", "confidence": 0.9, "evidence": [],
         "span": {"from": "1920", "to": "1920"}}]}
      """
    let path = CLI.temporaryPath("two-periods") + ".json"
    try Data(graph.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try CLI.run([command, path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let years = try #require(try CLI.object(run.stdout)["years"] as? [[String: Any]])
    #expect(years.compactMap { $0["year"] as? Int } == [1530, 1920])
  }
}
