import ArgumentParser
import PatronageCore
import PatronageRendering
import PatronageReport

extension Patronage {
  /// `patronage report`: the static HTML report of a graph.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a self-contained HTML report of a graph: year slider, diagrams, factions, tables, evidence.",
      discussion: """
        Writes into the output folder (default Graphs/report/); it opens from the
        file system, with no network:
          index.html           year slider (← → keys) over the diagrams, search,
                               faction river, tables per year
          evidence.html        every relation: sentences, documents, byte
                               offsets, confidence, conflicting claims
          offices.html         each office's holders
          people/<id>.html     one page per person (ids made file-name safe)
          factions-river.svg   factions across the years, switches in red
          animation.svg        the years in turn, persons in the same place
          small-multiples.svg  every year on one page (and .pdf)
        index.html?year=1925&search=stalin opens at a year with a search.
        The folder must be empty or an earlier report's (it holds a
        .patronage-report marker); pass --force to write into another folder.
        Every file is written atomically.
        """
    )

    @Argument(help: "The graph JSON file.")
    var graph: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output = "Graphs/report"

    @Flag(name: .long, help: "Write into a non-empty folder that patronage did not create.")
    var force = false

    @Flag(name: .long, help: "Print no progress line.")
    var quiet = false

    func run() throws {
      let graph = try CommandSupport.loadGraph(self.graph)
      try ReportCommandSupport.write(
        graph: graph, to: output, force: force, progress: ProgressLine("report", quiet: quiet))
    }
  }
}

/// Writes reports for `report` and `build`, turning errors into one line on stderr.
enum ReportCommandSupport {
  static func write(graph: PatronageGraph, to folder: String, force: Bool, progress: ProgressLine) throws {
    do {
      try write(HTMLReport(graph: graph), to: folder, force: force, progress: progress)
    } catch { throw CommandSupport.fail(error.description) }
  }

  static func write(
    analysis: YearlyAnalysis, layout: StableYearLayout, to folder: String, force: Bool, progress: ProgressLine
  ) throws {
    do {
      try write(HTMLReport(analysis: analysis, layout: layout), to: folder, force: force, progress: progress)
    } catch { throw CommandSupport.fail(error.description) }
  }

  private static func write(_ report: HTMLReport, to folder: String, force: Bool, progress: ProgressLine)
    throws(ReportError)
  {
    defer { progress.finish() }
    try report.write(to: folder, force: force) { progress.update(done: $0.done, total: $0.total, step: $0.step) }
  }
}
