import Foundation
import Testing

@Suite("patronage centrality, factions, appointments")
struct AnalysisCommandTests {
  @Test func centralityJSONHasTheIssuesShape() throws {
    let run = try CLI.run([
      "centrality", CLI.fixture("analysis-florentine.json"), "--year", "1430", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try CLI.object(run.stdout)
    #expect(report["year"] as? Int == 1430)
    #expect(report["network"] as? String == "positive")
    #expect((report["edges"] as? [[Any]])?.count == 20)
    let persons = try #require(report["persons"] as? [[String: Any]])
    let medici = try #require(persons.first { $0["id"] as? String == "medici" })
    #expect(abs((medici["betweenness"] as? Double ?? 0) - 0.5220) < 1e-4)
    for key in ["degree", "weightedDegree", "closeness", "pagerank", "eigenvector", "pn"] {
      #expect(medici[key] is Double, "missing \(key)")
    }
  }

  @Test func centralityOutputIsDeterministic() throws {
    let arguments = ["centrality", CLI.fixture("analysis-karate.json"), "--format", "json"]
    #expect(try CLI.run(arguments).stdout == (try CLI.run(arguments).stdout))
  }

  @Test(arguments: ["centrality", "factions"])
  func yearOutsideTheSpanIsAClearError(command: String) throws {
    let run = try CLI.run([command, CLI.fixture("analysis-karate.json"), "--year", "1800"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("analysis-karate.json: year 1800 is outside the graph's span 1930–1930"))
    #expect(run.stdout.isEmpty)
  }

  @Test func unreadableGraphNamesTheFile() throws {
    let run = try CLI.run(["appointments", "/nonexistent/graph.json"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("/nonexistent/graph.json"))
  }

  @Test func factionTimelineJSON() throws {
    let run = try CLI.run([
      "factions", CLI.fixture("analysis-factions.json"), "--timeline", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let timeline = try CLI.object(run.stdout)
    let years = try #require(timeline["years"] as? [[String: Any]])
    #expect(years.compactMap { $0["year"] as? Int } == [1920, 1921, 1922])
    let first = try #require(years.first?["factions"] as? [[String: Any]])
    #expect(first.compactMap { $0["members"] as? [String] } == [["a", "b", "c"], ["d", "e"]])
    #expect(first.compactMap { $0["name"] as? String } == ["A's group", "D's group"])
    let switches = try #require(timeline["switches"] as? [[String: Any]])
    #expect(switches.count == 1)
    #expect(switches.first?["person"] as? String == "c")
    #expect(switches.first?["from"] as? String == "F1" && switches.first?["to"] as? String == "F2")
    let stability = try #require(timeline["stability"] as? [[String: Any]])
    #expect(stability.compactMap { $0["adjustedRand"] as? Double } == [1, 1])
  }

  @Test func factionsForOneYearAsCSV() throws {
    let run = try CLI.run([
      "factions", CLI.fixture("analysis-factions.json"), "--year", "1922", "--format", "csv",
    ])
    #expect(run.status == 0)
    #expect(
      run.stdout == """
        year,faction,name,leader,person
        1922,F2,C's group,c,c
        1922,F2,C's group,c,d
        1922,F2,C's group,c,e
        1922,F1,A's group,a,a
        1922,F1,A's group,a,b

        """)
  }

  @Test func appointmentsJSONCreditsTheChannelsController() throws {
    let run = try CLI.run([
      "appointments", CLI.fixture("analysis-channels.json"), "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try CLI.object(run.stdout)
    let years = try #require(report["years"] as? [[String: Any]])
    let year1923 = try #require(years.first { $0["year"] as? Int == 1923 })
    let patrons = try #require(year1923["patrons"] as? [[String: Any]])
    #expect(patrons.compactMap { $0["id"] as? String } == ["boss", "rival"])
    #expect(patrons.first?["clientsInOffice"] as? Int == 2)
    #expect(patrons.first?["share"] as? Double == 0.5)
    let channels = try #require(year1923["channels"] as? [[String: Any]])
    #expect(channels.first?["controller"] as? String == "boss")
    #expect(channels.first?["office"] as? String == "secretariat")
  }

  @Test func appointmentsRejectsAnInvertedSpan() throws {
    let run = try CLI.run([
      "appointments", CLI.fixture("analysis-channels.json"), "--from", "1924", "--to", "1922",
    ])
    #expect(run.status != 0)
    #expect(run.stderr.contains("--from 1924 comes after --to 1922"))
  }
}
