import Foundation

extension HTMLReport {
  /// Seconds each year stays on screen in the animation.
  static let secondsPerYear = 2

  /// `animation.svg`: every year's diagram in turn (SMIL `<animate>` of `visibility`, discrete,
  /// looping), with the same pinned positions, so only the ties change from frame to frame.
  func animation(_ diagrams: [Int: String]) -> String {
    let years = analysis.years
    let count = years.count
    let first = diagrams[years[0]] ?? ""
    let size = Self.attribute("width", in: first).map { "width=\"\($0)\" " } ?? ""
    let height = Self.attribute("height", in: first).map { "height=\"\($0)\" " } ?? ""
    let viewBox = Self.attribute("viewBox", in: first).map { "viewBox=\"\($0)\" " } ?? ""
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" "#
        + size + height + viewBox + #"class="animation">"#,
      "<title>Patronage network \(years[0])–\(years[count - 1]), one year every \(Self.secondsPerYear) s</title>",
    ]
    let duration = "\(count * Self.secondsPerYear)s"
    for (index, year) in years.enumerated() {
      let start = Self.fraction(index, count)
      let end = Self.fraction(index + 1, count)
      let (values, times): (String, String)
      switch index {
      case 0 where count == 1: (values, times) = ("visible", "0")
      case 0: (values, times) = ("visible;hidden", "0;\(end)")
      case count - 1: (values, times) = ("hidden;visible", "0;\(start)")
      default: (values, times) = ("hidden;visible;hidden", "0;\(start);\(end)")
      }
      lines.append(
        #"<g class="frame" data-year="\#(year)" visibility="\#(index == 0 ? "visible" : "hidden")">"#
          + #"<animate attributeName="visibility" values="\#(values)" keyTimes="\#(times)" calcMode="discrete" "#
          + #"dur="\#(duration)" begin="0s" repeatCount="indefinite"/>"#)
      lines.append(Self.filling(diagrams[year] ?? ""))
      lines.append("</g>")
    }
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The diagram with its width and height (in points) replaced by 100%, so it fills the
  /// animation's viewport (of the same view box) instead of overflowing it by 4/3.
  static func filling(_ svg: String) -> String {
    guard let tagEnd = svg.firstIndex(of: ">") else { return svg }
    var tag = String(svg[..<tagEnd])
    for name in ["width", "height"] {
      guard let value = attribute(name, in: svg), let range = tag.range(of: " \(name)=\"\(value)\"") else { continue }
      tag.replaceSubrange(range, with: " \(name)=\"100%\"")
    }
    return tag + svg[tagEnd...]
  }

  /// `index / count` with at most four decimals.
  private static func fraction(_ index: Int, _ count: Int) -> String {
    HTML.number(Double(index) / Double(count), digits: 4)
  }

  /// The value of an attribute of the first element of `svg`.
  static func attribute(_ name: String, in svg: String) -> String? {
    guard let tagEnd = svg.firstIndex(of: ">"),
      let start = svg[..<tagEnd].range(of: " \(name)=\"")
    else { return nil }
    let rest = svg[start.upperBound..<tagEnd]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }
}
