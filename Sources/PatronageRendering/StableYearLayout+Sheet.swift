import PatronageCore

extension StableYearLayout {
  /// Every given year on one page ("small multiples"): each year's pinned diagram in a cell of a
  /// grid, read left to right, top to bottom, with the year above it and one legend for all.
  ///
  /// One graph whose node names carry the year (`y1925/person:stalin`), drawn by `nop2` like a
  /// single year, so it renders to SVG and PDF alike, scaled to fit 30 inches. Links and element ids are left out (they
  /// would repeat in every cell).
  /// - Complexity: O(y · (n + e) log(n + e)) for y years of n nodes and e edges.
  public func sheetDOT(
    years: [Int], columns: Int = 4, decorations: (Int) -> DiagramDecorations = { _ in .none }
  ) -> String {
    let columns = max(1, min(columns, years.count))
    let width = placement.upper.x - placement.lower.x
    let height = placement.upper.y - placement.lower.y
    let gap = 36.0
    let titleSpace = 60.0
    var lines: [String] = []
    var nodeCount = 0
    var legend = DiagramDecorations.none
    var contents: [DiagramContent] = []
    for (index, year) in years.enumerated() {
      var decoration = decorations(year)
      decoration.nodeLinks = [:]
      decoration.edgeLinks = [:]
      legend = decoration
      let column = Double(index % columns)
      let row = Double(index / columns)
      let offset = Point(
        x: column * (width + gap) - placement.lower.x, y: -row * (height + gap + titleSpace) - placement.lower.y)
      let prefix = "y\(year)/"
      let content = DiagramContent(snapshot: graph.snapshot(year: year))
      contents.append(content)
      let body = DOTWriter(decorations: decoration).statements(
        content, of: graph, placement: placement, prefix: prefix, offset: offset)
      nodeCount += body.nodeCount
      lines.append(contentsOf: body.lines)
      var title: DOTAttributes = [
        "shape": "plaintext", "style": "", "fontsize": "56", "penwidth": "0",
        "pos": DOTWriter.pinned(
          Point(x: offset.x + width / 2 + placement.lower.x, y: offset.y + placement.upper.y + 20)),
      ]
      title.setHTML("label", "<b>\(year)</b>")
      lines.append("  " + DOTText.quoted(prefix + "title") + title.written + ";")
    }
    let range = years.first.map { first in years.last.map { $0 == first ? "\(first)" : "\(first)–\($0)" } ?? "" }
    let header = DOTWriter(decorations: legend).header(
      title: "Patronage network, \(range ?? ""), year by year", content: DiagramContent(union: contents),
      nodeCount: nodeCount)
    // At most 30 inches wide or high: Graphviz scales the whole sheet down to fit.
    let size = "  graph" + (["size": "30,30"] as DOTAttributes).written + ";"
    return (["digraph \"patronage_years\" {"] + header + [size] + lines + ["}"]).joined(separator: "\n") + "\n"
  }

  /// ``sheetDOT(years:columns:decorations:)`` rendered (e.g. SVG and PDF) with the nodes where they
  /// are pinned: laid out once, then rendered to each format in the order given.
  public func renderSheet(
    years: [Int], formats: [OutputFormat], columns: Int = 4,
    decorations: (Int) -> DiagramDecorations = { _ in .none }
  ) throws(RenderError) -> [[UInt8]] {
    try Graphviz.render(
      dot: sheetDOT(years: years, columns: columns, decorations: decorations), engineName: "nop2",
      formatNames: formats.map(\.rawValue))
  }
}
