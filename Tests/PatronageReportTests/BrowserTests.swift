import Foundation
import PatronageCore
import Testing

@testable import PatronageReport

/// Headless Chromium, when installed (scripts/setup installs Debian's `chromium`).
enum Browser {
  /// The browser's path, found on PATH.
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }()

  /// Whether the browser tests run: always in CI (where a missing browser fails them), elsewhere when installed.
  static let shouldRun = path != nil || ProcessInfo.processInfo.environment["CI"] != nil

  /// Runs headless Chromium (under `timeout`, 120 s) on a URL with extra arguments; returns stdout.
  static func run(_ arguments: [String], url: String) throws -> String {
    let browser = try #require(path, "chromium is not installed: run scripts/setup (CI must have it)")
    // A profile of its own, so runs never wait for another browser's profile lock.
    let profile = ReportFixture.temporaryPath("chromium-profile")
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments =
      [
        "120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--no-first-run", "--user-data-dir=\(profile)", "--virtual-time-budget=5000",
      ] + arguments + [url]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }
}

@Suite(
  "Report in a real browser", .serialized,
  .enabled(if: Browser.shouldRun, "chromium is not installed (scripts/setup installs it); skipped outside CI"))
struct BrowserTests {
  private func writeReport(_ graph: PatronageGraph) throws -> String {
    let folder = ReportFixture.temporaryPath("report-browser")
    try HTMLReport(graph: graph).write(to: folder, force: false)
    return folder
  }

  /// The `<section>` of one year in a DOM dump.
  private func section(_ year: Int, in dom: String) throws -> Substring {
    let start = try #require(dom.range(of: #"<section class="year" id="year-\#(year)""#))
    let end = try #require(dom[start.upperBound...].range(of: "</section>"))
    return dom[start.lowerBound..<end.upperBound]
  }

  @Test func theSliderSearchAndSortingWorkFromTheQuery() throws {
    let folder = try writeReport(try ReportFixture.example())
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let dom = try Browser.run(
      ["--dump-dom"], url: "file://\(folder)/index.html?year=1925&search=stalin&sort=PageRank")
    #expect(dom.contains(#"data-ready="true""#), "report.js did not run")
    #expect(dom.contains(#"data-year="1925""#))
    let shown = try section(1925, in: dom)
    #expect(!shown.contains("hidden"))
    #expect(try section(1921, in: dom).contains(#"hidden="""#))
    #expect(dom.contains(#"<output id="year-label">1925</output>"#))
    // Search: Stalin found, with a link to his page.
    let results = try #require(dom.range(of: #"<ul id="search-results""#))
    let listEnd = try #require(dom[results.upperBound...].range(of: "</ul>"))
    let list = dom[results.upperBound..<listEnd.lowerBound]
    #expect(list.contains(#"<a href="people/stalin.html">Joseph Stalin</a>"#))
    #expect(!list.contains("Leon Trotsky"))
    // Sorting: the 1925 centrality table is sorted by PageRank, descending.
    #expect(shown.contains(#"aria-sort="descending">PageRank</th>"#))
    let caption = try #require(shown.range(of: "<caption>Centrality, 1925"))
    let tbody = try #require(shown[caption.upperBound...].range(of: "<tbody>"))
    let tableEnd = try #require(shown[tbody.upperBound...].range(of: "</tbody>"))
    let rows = shown[tbody.upperBound..<tableEnd.lowerBound].components(separatedBy: "</tr>").filter {
      $0.contains("<td")
    }
    // Columns: person, faction, degree, betweenness, closeness, PageRank, …; each number cell has data-value.
    let values = try rows.map { row -> Double in
      let cells = row.components(separatedBy: "<td")
      return try #require(Double(cells[6].split(separator: "\"")[1]))
    }
    #expect(values.count >= 3)
    #expect(values == values.sorted(by: >), "\(values)")
    // Evidence: the diagram's edges lead to the evidence page.
    #expect(shown.contains("evidence.html#r"))
  }

  @Test func arrowKeysStepThroughTheYears() throws {
    let folder = try writeReport(try ReportFixture.example())
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let forward = try Browser.run(
      ["--dump-dom"], url: "file://\(folder)/index.html?year=1923&keys=ArrowRight,ArrowRight,ArrowLeft")
    #expect(forward.contains(#"<output id="year-label">1924</output>"#))
    #expect(!(try section(1924, in: forward)).contains("hidden"))
    // Offices are found too, and lead to the offices page.
    let offices = try Browser.run(["--dump-dom"], url: "file://\(folder)/index.html?search=secretar")
    #expect(offices.contains(#"<li class="result office"><a href="offices.html#o-secretariat">Secretariat</a>"#))
    #expect(offices.contains(#"<a href="offices.html#o-general-secretary">General Secretary</a>"#))
    // The first year stays first.
    let first = try Browser.run(["--dump-dom"], url: "file://\(folder)/index.html?keys=ArrowLeft")
    #expect(!(try section(1921, in: first)).contains("hidden"))
    #expect(first.contains(#"<output id="year-label">1921</output>"#))
  }

  @Test func hostileNamesStayTextAndEvidenceShows() throws {
    let persons = [
      Person(id: "a", name: #"<img src=x onerror="document.body.setAttribute('data-pwned','1')">"#),
      Person(id: "b", name: "Bea & \"Co\""),
    ]
    let sentence = "A and Bea shook hands."
    let graph = try PatronageGraph(
      persons: persons, offices: [],
      relations: [
        Relation(
          kind: .allied, source: .person("a"), target: "b", span: try TimeSpan(years: 1940), confidence: 0.9,
          evidence: [
            Evidence(document: "d.txt", start: 3, end: 3 + sentence.utf8.count, sentence: sentence, confidence: 0.9)
          ])
      ])
    let folder = try writeReport(graph)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let dom = try Browser.run(["--dump-dom"], url: "file://\(folder)/index.html?search=img")
    #expect(dom.contains(#"data-ready="true""#))
    #expect(!dom.contains(#"data-pwned="1""#), "the name ran as markup")
    #expect(dom.contains("&lt;img src=x onerror="), "the name is shown as text")
    #expect(dom.contains(#"<li class="result person"><a href="people/a.html">&lt;img"#))
    let evidence = try Browser.run(["--dump-dom"], url: "file://\(folder)/evidence.html#r1")
    #expect(evidence.contains(#"<article class="relation" id="r1">"#))
    #expect(evidence.contains("A and Bea shook hands."))
    #expect(evidence.contains("bytes <span class=\"offsets\">3–25</span>"))
    #expect(!evidence.contains(#"data-pwned="1""#))
  }

  @Test func aScreenshotIsTaken() throws {
    let folder = try writeReport(try ReportFixture.example())
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shot = ReportFixture.root.appendingPathComponent(".build/report-screenshot.png").path
    try? FileManager.default.removeItem(atPath: shot)
    _ = try Browser.run(
      ["--window-size=1280,2200", "--screenshot=\(shot)"], url: "file://\(folder)/index.html?year=1926&search=molotov")
    let png = try #require(FileManager.default.contents(atPath: shot), "no screenshot at \(shot)")
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 10_000)
  }
}
