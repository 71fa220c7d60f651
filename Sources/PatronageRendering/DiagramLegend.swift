/// The title and legend of a diagram, as one HTML-like table placed above the drawing.
///
/// Being the graph's label, it works with every engine (clusters do not, in neato) and
/// needs no position of its own, so pinned year diagrams keep the same frame.
enum DiagramLegend {
  /// The label's markup: title, a subtitle line, the key to ties and shapes, then any
  /// swatches and the key to changed ties.
  static func markup(title: String, subtitle: String, decorations: DiagramDecorations) -> String {
    let entries: [(glyph: String, color: String, text: String)] = [
      ("──▶", "#1F2937", "appointed (patron → appointee → office)"),
      ("───", "#1A9641", "allied"),
      ("╌╌╌", "#D7191C", "opposed"),
      ("┈┈┤", "#6A3D9A", "expelled / removed from"),
    ]
    let shapes = [("◯", DiagramStyle.personLine, "person"), ("▭", DiagramStyle.officeLine, "office or body")]
    var rows = [
      row(cell(#"<font point-size="20"><b>\#(DOTText.html(title))</b></font>"#)),
      row(cell(##"<font point-size="11" color="#555555">\##(DOTText.html(subtitle))</font>"##)),
      row((entries + shapes).map(key).joined()),
    ]
    if !decorations.swatches.isEmpty {
      rows.append(row(decorations.swatches.map { key(("●", $0.color, $0.label)) }.joined()))
    }
    if !decorations.edgeStatus.isEmpty || !decorations.nodeStatus.isEmpty {
      rows.append(
        row(
          key(("━━", DiagramStyle.ink, "heavier: new this year"))
            + key(("╌╌", DiagramStyle.faded, "dashed grey: ended"))
            + key(("◎", DiagramStyle.newLine, "double blue outline: new person"))
            + key(("◌", DiagramStyle.goneLine, "dashed grey: gone since last year"))))
    }
    let table = rows.map { #"<tr><td><table border="0" cellspacing="0" cellpadding="1">\#($0)</table></td></tr>"# }
    return #"<table border="0" cellborder="0" cellspacing="2" cellpadding="2">"# + table.joined() + "</table>"
  }

  private static func row(_ cells: String) -> String { "<tr>" + cells + "</tr>" }

  private static func cell(_ content: String) -> String { "<td>" + content + "</td>" }

  private static func key(_ entry: (glyph: String, color: String, text: String)) -> String {
    cell(
      #"<font color="\#(DOTText.html(entry.color))">\#(entry.glyph)</font>"#
        + #"<font point-size="11"> \#(DOTText.html(entry.text))   </font>"#)
  }
}
