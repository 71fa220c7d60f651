import ArgumentParser
import Foundation
import PatronageAnalysis
import PatronageCore
import PatronageRendering
import PatronageReport

/// Writes everything `patronage build` produces for one graph into an output folder it owns.
struct BuildPipeline {
  /// Image formats a build can render besides DOT.
  enum ImageFormat: String, ExpressibleByArgument, CaseIterable, Hashable {
    case svg, png, pdf

    var outputFormat: OutputFormat {
      switch self {
      case .svg: .svg
      case .png: .png
      case .pdf: .pdf
      }
    }
  }

  /// The file that marks a folder as written by `patronage build`.
  static let marker = ".patronage-build"

  let output: String
  let formats: Set<ImageFormat>
  let force: Bool
  /// Where progress goes (a terminal line on stderr, or nowhere).
  let progress: ProgressLine

  /// Checks that the output folder is empty or ours (or `force`), creates it, and marks it as ours.
  func prepareOutput() throws {
    do {
      try OutputFolder.prepare(
        output, marker: Self.marker, note: "Written by `patronage build`; it may overwrite files in this folder.\n",
        force: force)
    } catch { throw CommandSupport.fail(error.description) }
    // An interrupted earlier build may have left temporary files behind.
    removeInterruptedWrites()
  }

  /// Writes the graph, its analysis and one diagram per year; removes year files left from an earlier build.
  func write(_ graph: PatronageGraph) throws {
    try write(graph.jsonData(), to: "graph.json")
    try write(RelationsJSONL.encode(graph), to: "relations.jsonl")
    guard let analysis = YearlyAnalysis(graph) else {
      CommandSupport.warn(
        "no relation in the graph is dated: wrote graph.json and relations.jsonl, but no yearly analysis or diagrams")
      try removeStaleYearFiles(keeping: [])
      return
    }
    try write(CentralityReport.jsonData(years: analysis.centrality), to: "centrality.json")
    try write(analysis.appointments.jsonData(), to: "appointments.json")
    try write(analysis.timeline.jsonData(), to: "factions.json")
    try write(summary(graph, analysis: analysis), to: "summary.md")
    let layout: StableYearLayout
    do { layout = try StableYearLayout(graph: analysis.graph) } catch { throw CommandSupport.fail(error.description) }
    try writeDiagrams(analysis, layout: layout)
    try ReportCommandSupport.write(
      analysis: analysis, layout: layout, to: output + "/report", force: force, progress: progress.relabelled("report"))
  }

  private func writeDiagrams(_ analysis: YearlyAnalysis, layout: StableYearLayout) throws {
    var written: Set<String> = []
    for (index, year) in analysis.years.enumerated() {
      progress.update(done: index, total: analysis.years.count, step: "diagram \(year)")
      let decoration = analysis.rendering(year: year)
      let name = "years/\(year)"
      try write(layout.dot(year: year, decorations: decoration), to: name + ".dot")
      written.insert(name + ".dot")
      for format in formats.sorted(by: { $0.rawValue < $1.rawValue }) {
        do {
          try write(
            layout.render(year: year, format: format.outputFormat, decorations: decoration),
            to: "\(name).\(format.rawValue)")
        } catch let error as RenderError {
          throw CommandSupport.fail("\(year): \(error.description)")
        }
        written.insert("\(name).\(format.rawValue)")
      }
    }
    progress.finish()
    try removeStaleYearFiles(keeping: written)
  }

  /// Removes the temporary files (`.NAME.XXXXXX.tmp`) an interrupted build left in a folder it owns.
  private func removeInterruptedWrites() {
    for folder in [output, output + "/years"] {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(".tmp") {
        try? FileManager.default.removeItem(atPath: folder + "/" + entry)
      }
    }
  }

  private func removeStaleYearFiles(keeping kept: Set<String>) throws {
    let folder = output + "/years"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for entry in entries where !kept.contains("years/" + entry) {
      let isYearFile = entry.split(separator: ".").first.map { Int($0) != nil } ?? false
      if isYearFile { try? FileManager.default.removeItem(atPath: folder + "/" + entry) }
    }
  }

  private func write(_ bytes: some Collection<UInt8>, to name: String) throws {
    do { try OutputFile.write(bytes, to: output + "/" + name) } catch { throw CommandSupport.fail(error.description) }
  }

  private func write(_ text: String, to name: String) throws { try write(Array(text.utf8), to: name) }

  private func summary(_ graph: PatronageGraph, analysis: YearlyAnalysis) -> String {
    let (appointments, timeline, reports) = (analysis.appointments, analysis.timeline, analysis.centrality)
    let range = graph.yearRange.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "undated"
    let documents = Set(graph.relations.flatMap { $0.evidence.map(\.document) }).count
    return """
      # Patronage build

      \(graph.persons.count) persons, \(graph.offices.count) offices, \(graph.relations.count) relations \
      from \(documents) documents, \(range).

      ## Who controlled appointments

      ```
      \(appointments.table(by: .patron))```

      ## Factions

      ```
      \(timeline.table())```

      ## Centrality (positive-tie network, top 5 per year)

      ```
      \(CentralityReport.table(reports, top: 5))```

      """
  }
}
