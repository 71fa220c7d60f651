import PatronageCore

extension RiverChart {
  /// Colour of flows of persons who switched faction.
  public static let switchColour = "#D7191C"

  /// The chart as a standalone SVG document: bands with the faction's id, flows as ribbons (switches
  /// red), every band and flow with a `<title>` naming its persons.
  /// - Parameter name: a person's display name.
  public func svg(name: (PersonID) -> String) -> String {
    func number(_ value: Double) -> String { HTML.number(value, digits: 1) }
    func names(_ persons: [PersonID]) -> String { persons.map(name).joined(separator: ", ") }
    var lines = [
      #"<svg xmlns="http://www.w3.org/2000/svg" class="river" width="\#(number(width))" "#
        + #"height="\#(number(height))" viewBox="0 0 \#(number(width)) \#(number(height))" "#
        + #"font-family="Helvetica, Arial, sans-serif" role="img">"#,
      "<title>Factions year by year: bands are factions, ribbons are persons moving between them; "
        + "red ribbons are switches</title>",
      #"<rect width="100%" height="100%" fill="white"/>"#,
    ]
    for year in Set(bands.map(\.year)).sorted() {
      guard let x = bands.first(where: { $0.year == year })?.x else { continue }
      lines.append(
        #"<text x="\#(number(x + Self.bandWidth / 2))" y="\#(number(Self.top - 12))" font-size="12" "#
          + #"text-anchor="middle" font-weight="bold">\#(year)</text>"#)
    }
    for flow in flows {
      let middle = (flow.x0 + flow.x1) / 2
      let (top0, top1) = (flow.y0, flow.y1)
      let (bottom0, bottom1) = (flow.y0 + flow.thickness, flow.y1 + flow.thickness)
      let path =
        "M\(number(flow.x0)),\(number(top0)) C\(number(middle)),\(number(top0)) \(number(middle)),\(number(top1)) "
        + "\(number(flow.x1)),\(number(top1)) L\(number(flow.x1)),\(number(bottom1)) C\(number(middle)),"
        + "\(number(bottom1)) \(number(middle)),\(number(bottom0)) \(number(flow.x0)),\(number(bottom0)) Z"
      let colour = flow.isSwitch ? Self.switchColour : colour(of: flow.from, in: flow.fromYear)
      let title =
        flow.isSwitch
        ? "Switched from \(flow.from) (\(flow.fromYear)) to \(flow.to) (\(flow.toYear)): \(names(flow.persons))"
        : "\(flow.from), \(flow.fromYear) → \(flow.toYear): \(names(flow.persons))"
      lines.append(
        #"<path class="\#(flow.isSwitch ? "flow switch" : "flow")" d="\#(path)" fill="\#(HTML.escape(colour))" "#
          + #"fill-opacity="\#(flow.isSwitch ? "0.7" : "0.45")"><title>\#(HTML.escape(title))</title></path>"#)
    }
    for band in bands {
      let title = "\(band.group.id) \(band.year): \(band.group.name) — \(names(band.group.members))"
      lines.append(
        #"<g class="band"><title>\#(HTML.escape(title))</title>"#
          + #"<rect x="\#(number(band.x))" y="\#(number(band.y))" width="\#(number(Self.bandWidth))" "#
          + ##"height="\##(number(band.height))" fill="\##(HTML.escape(band.group.colour))" stroke="#5B4636" "##
          + #"stroke-width="0.8"/>"#
          + #"<text x="\#(number(band.x + Self.bandWidth + 3))" y="\#(number(band.y + min(band.height, 12) - 2))" "#
          + ##"font-size="9" fill="#374151">\##(HTML.escape(band.group.id))</text></g>"##)
    }
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  private func colour(of faction: String, in year: Int) -> String {
    bands.first { $0.year == year && $0.group.id == faction }?.group.colour ?? "#999999"
  }
}
