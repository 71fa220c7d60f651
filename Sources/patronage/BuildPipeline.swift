import ArgumentParser
import Foundation
import PatronageAnalysis
import PatronageCore
import PatronageRendering

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

  /// Checks that the output folder is empty or ours (or `force`), creates it, and marks it as ours.
  func prepareOutput() throws {
    var isDirectory: ObjCBool = false
    let manager = FileManager.default
    if manager.fileExists(atPath: output, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CommandSupport.fail(OutputError.notADirectory(path: output).description)
      }
      let entries = (try? manager.contentsOfDirectory(atPath: output)) ?? []
      if !entries.isEmpty, !entries.contains(Self.marker), !force {
        throw CommandSupport.fail(OutputError.directoryNotEmpty(path: output).description)
      }
      if entries.contains(Self.marker) { removeInterruptedWrites() }
    }
    try write("Written by `patronage build`; it may overwrite files in this folder.\n", to: Self.marker)
  }

  /// Writes the graph, its analysis and one diagram per year; removes year files left from an earlier build.
  func write(_ graph: PatronageGraph) throws {
    try write(graph.jsonData(), to: "graph.json")
    try write(RelationsJSONL.encode(graph), to: "relations.jsonl")
    let analysis = AnalysisGraph(graph)
    let activeYears = graph.activeYears
    guard let firstYear = activeYears.first, let lastYear = activeYears.last else {
      CommandSupport.warn(
        "no relation in the graph is dated: wrote graph.json and relations.jsonl, but no yearly analysis or diagrams")
      try removeStaleYearFiles(keeping: [])
      return
    }
    // Years with nothing in force (a corpus may mix centuries) are left out of every output.
    let active = Set(activeYears)
    var timeline = FactionTimeline(analysis)
    timeline.years.removeAll { !active.contains($0.year) }
    let reports = zip(analysis.networks(.positive), analysis.networks(.signed))
      .filter { active.contains($0.0.year ?? .min) }
      .map { CentralityReport(network: $0.0, signed: $0.1) }
    var appointments = AppointmentControl(graph).report(years: firstYear...lastYear)
    appointments.years.removeAll { !active.contains($0.year ?? .min) }
    try write(CentralityReport.jsonData(years: reports), to: "centrality.json")
    try write(appointments.jsonData(), to: "appointments.json")
    try write(timeline.jsonData(), to: "factions.json")
    try write(summary(graph, appointments: appointments, timeline: timeline, reports: reports), to: "summary.md")
    try writeDiagrams(
      graph, years: activeYears, decorations: PatronageAnalysis.DiagramDecorations.byYear(analysis, timeline: timeline))
  }

  private func writeDiagrams(_ graph: PatronageGraph, years: [Int], decorations: [YearDecoration]) throws {
    let byYear = Dictionary(uniqueKeysWithValues: decorations.map { ($0.year, $0) })
    let layout: StableYearLayout
    do { layout = try StableYearLayout(graph: graph) } catch { throw CommandSupport.fail(error.description) }
    var written: Set<String> = []
    for year in years {
      let decoration = byYear[year].map(Self.rendering) ?? .none
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
    try removeStaleYearFiles(keeping: written)
  }

  /// The renderer's decorations for one year of analysis.
  static func rendering(_ decoration: YearDecoration) -> PatronageRendering.DiagramDecorations {
    PatronageRendering.DiagramDecorations(
      personFill: decoration.fill, personScale: decoration.scale, highlighted: Set(decoration.topPatrons))
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

  private func summary(
    _ graph: PatronageGraph, appointments: AppointmentReport, timeline: FactionTimeline, reports: [CentralityReport]
  ) -> String {
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
