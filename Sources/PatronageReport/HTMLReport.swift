import PatronageAnalysis
import PatronageCore
import PatronageRendering

/// The static HTML report of a graph: a self-contained folder (no network, opens from the file
/// system) with a year slider over the diagrams, the faction river, tables per year, an evidence
/// page, one page per person, an animation and a small-multiples sheet.
///
/// ```swift
/// let report = try HTMLReport(graph: graph)
/// for file in try report.files() { try OutputFile.write(file.bytes, to: folder + "/" + file.path) }
/// ```
/// Every file is deterministic: the same graph gives the same bytes.
public struct HTMLReport: Sendable {
  /// The analysis shown.
  public let analysis: YearlyAnalysis
  /// The pinned layout every year's diagram uses.
  public let layout: StableYearLayout
  let evidence: EvidenceIndex
  /// What changed in each year since the year before (none for the first year).
  public let changes: [Int: YearChanges]
  /// The relations in force in each active year.
  let snapshots: [Int: YearSnapshot]
  /// For each active year, the relations in force that involve each person.
  let tiesByYear: [Int: [PersonID: [Int]]]
  /// Most person drawings (summed over the years) the one-page sheet of all years may hold.
  public let sheetLimit: Int

  /// The default ``sheetLimit``: a 10,000-person graph over 75 years (about 150,000 drawings) took 8.9 GB in the
  /// PDF writer; 20,000 keeps the sheet readable and its memory small.
  public static let defaultSheetLimit = 20_000

  /// Whether the sheet of all years is drawn: the persons of every year's diagram, summed, fit ``sheetLimit``.
  public var drawsSheet: Bool {
    analysis.years.reduce(0) { $0 + snapshot($1).persons.count } <= sheetLimit
  }

  /// Analyses `graph` and lays out its diagrams.
  ///
  /// - Throws: ``ReportError/undatedGraph`` when no relation is dated, or a Graphviz error.
  public init(graph: PatronageGraph) throws(ReportError) {
    guard let analysis = YearlyAnalysis(graph) else { throw .undatedGraph }
    try self.init(analysis: analysis)
  }

  /// A report of an analysis already made (the build computes it for its own files), drawn with
  /// `layout` if given (it must be the graph's), else a new one.
  public init(
    analysis: YearlyAnalysis, layout: StableYearLayout? = nil, sheetLimit: Int = defaultSheetLimit
  ) throws(ReportError) {
    self.analysis = analysis
    self.sheetLimit = sheetLimit
    if let layout {
      self.layout = layout
    } else {
      do { self.layout = try StableYearLayout(graph: analysis.graph) } catch {
        throw ReportError(error, drawing: "the layout")
      }
    }
    evidence = EvidenceIndex(analysis.graph)
    let active = Set(analysis.years)
    snapshots = Dictionary(
      uniqueKeysWithValues: analysis.graph.snapshots().filter { active.contains($0.year) }.map { ($0.year, $0) })
    tiesByYear = snapshots.mapValues { snapshot in
      var ties: [PersonID: [Int]] = [:]
      for index in snapshot.relationIndices {
        for person in snapshot.graph.relations[index].persons { ties[person, default: []].append(index) }
      }
      return ties
    }
    var changes: [Int: YearChanges] = [:]
    for year in analysis.years.dropFirst() { changes[year] = YearChanges(graph: analysis.graph, year: year) }
    self.changes = changes
  }

  var graph: PatronageGraph { analysis.graph }

  /// The relations in force in `year` (cached for active years).
  func snapshot(_ year: Int) -> YearSnapshot { snapshots[year] ?? graph.snapshot(year: year) }

  /// Every file of the report, sorted by path.
  ///
  /// - Parameter progress: called before each step (diagrams of each year, then the pages).
  /// - Complexity: one Graphviz rendering per year, plus the sheet (SVG and PDF).
  public func files(progress: (ReportProgress) -> Void = { _ in }) throws(ReportError) -> [ReportFile] {
    let total = analysis.years.count + 4
    var done = 0
    func step(_ name: String) {
      progress(ReportProgress(done: done, total: total, step: name))
      done += 1
    }
    var diagrams: [Int: String] = [:]
    for year in analysis.years {
      step("diagram \(year)")
      do {
        let bytes = try layout.render(year: year, format: .svg, decorations: decorations(year: year, linked: true))
        diagrams[year] = Self.titlesFromTooltips(Self.svgElement(String(decoding: bytes, as: UTF8.self)))
      } catch { throw ReportError(error, drawing: "the diagram of \(year)") }
    }
    step("small multiples")
    var files: [ReportFile] = []
    let formats = [OutputFormat.svg, .pdf]
    if drawsSheet {
      do {
        let sheets = try layout.renderSheet(years: analysis.years, formats: formats) {
          self.decorations(year: $0, linked: false)
        }
        for (format, bytes) in zip(formats, sheets) {
          files.append(ReportFile(path: "\(ReportPaths.sheet).\(format.rawValue)", bytes: bytes))
        }
      } catch { throw ReportError(error, drawing: "the small multiples") }
    }
    step("animation")
    files.append(ReportFile(path: ReportPaths.animation, text: animation(diagrams)))
    step("faction river")
    let river = RiverChart(timeline: analysis.timeline).svg(name: evidence.name)
    files.append(ReportFile(path: ReportPaths.river, text: river))
    step("pages")
    files.append(ReportFile(path: ReportPaths.index, text: indexPage(diagrams: diagrams, river: river)))
    files.append(ReportFile(path: ReportPaths.evidence, text: evidencePage()))
    files.append(ReportFile(path: ReportPaths.offices, text: officesPage()))
    for person in graph.persons {
      files.append(ReportFile(path: ReportPaths.person(person.id), text: personPage(person)))
    }
    files.append(ReportFile(path: ReportPaths.script, text: ReportAssets.script))
    files.append(ReportFile(path: ReportPaths.style, text: ReportAssets.style))
    return files.sorted { $0.path < $1.path }
  }

  /// A year's decorations: the analysis's, the changes since the year before and, when `linked`,
  /// element ids, evidence links and evidence tooltips on every edge and person.
  func decorations(year: Int, linked: Bool) -> PatronageRendering.DiagramDecorations {
    var result = analysis.rendering(year: year)
    if let change = changes[year] {
      result.nodeStatus = change.nodes
      result.edgeStatus = change.edges
    } else {
      // The first year has nothing to compare with: all persisting, so nothing is marked but the
      // legend (and so the frame) is the same as in every other year.
      let content = DiagramContent(snapshot: snapshot(year))
      result.nodeStatus = Dictionary(uniqueKeysWithValues: content.nodes.map { ($0, .persisting) })
      result.edgeStatus = Dictionary(uniqueKeysWithValues: content.edges.map { ($0, .persisting) })
    }
    guard linked else { return result }
    let byEdge = evidence.relations(byEdgeIn: snapshot(year))
    for (number, edge) in byEdge.keys.sorted().enumerated() {
      guard let indices = byEdge[edge], let first = indices.first else { continue }
      var tooltip = indices.map { index in
        ([evidence.describe(index)]
          + graph.relations[index].evidence.prefix(3).map { "“\($0.sentence)” (\($0.document))" })
          .joined(separator: "\n")
      }.joined(separator: "\n\n")
      if change(of: edge, in: year) == .new { tooltip = "New this year. " + tooltip }
      result.edgeLinks[edge] = DiagramLink(
        id: "y\(year)e\(number + 1)", href: ReportPaths.evidence + "#" + EvidenceIndex.anchor(first), tooltip: tooltip)
    }
    for person in graph.persons {
      // The person's page has a row for the year when they take part in it or just left.
      let listed = tiesByYear[year]?[person.id] != nil || changes[year]?.nodes[.person(person.id)] == .gone
      result.nodeLinks[.person(person.id)] = DiagramLink(
        id: "y\(year)p_" + ReportPaths.slug(person.id.rawValue),
        href: ReportPaths.person(person.id) + (listed ? "#y\(year)" : ""), tooltip: person.name)
    }
    for office in graph.offices {
      result.nodeLinks[.office(office.id)] = DiagramLink(
        id: "y\(year)o_" + ReportPaths.slug(office.id.rawValue),
        href: ReportPaths.offices + "#" + ReportPaths.office(office.id), tooltip: office.name)
    }
    return result
  }

  private func change(of edge: DiagramEdge, in year: Int) -> EdgeStatus? { changes[year]?.edges[edge] }

  /// The `<svg>` element of a Graphviz SVG document (without the XML declaration and doctype).
  static func svgElement(_ document: String) -> String {
    guard let start = document.range(of: "<svg") else { return document }
    return String(document[start.lowerBound...])
  }

  /// Graphviz titles each node and edge group with its DOT name (`person:a->person:b`) and puts the
  /// tooltip on the link inside; browsers show the group's `<title>` on hover, so it gets the tooltip.
  /// - Complexity: O(n) in the length of `svg` (one pass over its UTF-8 bytes).
  static func titlesFromTooltips(_ svg: String) -> String {
    let bytes = Array(svg.utf8)
    let (open, close) = (Array("<title>".utf8), Array("</title>".utf8))
    let (link, tooltip) = (Array("\n<g id=\"a_".utf8), Array(" xlink:title=\"".utf8))
    let (tagEnd, quote) = (UInt8(ascii: ">"), UInt8(ascii: "\""))
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 4)
    var copied = 0
    while let start = find(open, in: bytes, from: copied), let end = find(close, in: bytes, from: start + open.count) {
      let text = start + open.count
      result += bytes[copied..<text]
      // The link follows the title directly: `<g id="a_…"><a … xlink:title="…">`.
      let after = end + close.count
      if bytes[after...].starts(with: link), let group = bytes[after...].firstIndex(of: tagEnd),
        let anchor = bytes[(group + 1)...].firstIndex(of: tagEnd),
        let value = find(tooltip, in: bytes, from: group, before: anchor).map({ $0 + tooltip.count }),
        let valueEnd = bytes[value..<anchor].firstIndex(of: quote)
      {
        result += bytes[value..<valueEnd]
      } else {
        result += bytes[text..<end]
      }
      copied = end
    }
    result += bytes[copied...]
    return String(decoding: result, as: UTF8.self)
  }

  /// The first position at or after `start` (and before `end`) where `pattern` begins.
  private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
    let limit = (end ?? bytes.count) - pattern.count
    guard let first = pattern.first, start <= limit else { return nil }
    var index = start
    while index <= limit {
      if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }
}
