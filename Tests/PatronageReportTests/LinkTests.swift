import Foundation
import PatronageCore
import Testing

@testable import PatronageReport

@Suite("Report links")
struct LinkTests {
  /// Every `href`, `xlink:href` and `src` value in `text`, unescaped.
  private func references(in text: String) -> [String] {
    var result: [String] = []
    for attribute in [" href=\"", " xlink:href=\"", " src=\""] {
      var rest = Substring(text)
      while let start = rest.range(of: attribute) {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { break }
        result.append(String(rest[..<end]).replacingOccurrences(of: "&#45;", with: "-"))
        rest = rest[end...]
      }
    }
    return result
  }

  /// The ids in a page (Graphviz writes `-` in ids as `&#45;`).
  private func ids(in text: String) -> Set<String> {
    Set(
      text.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
        .map { $0.replacingOccurrences(of: "&#45;", with: "-") })
  }

  /// The hand-made graph, the 13-person fixture, and the graph of the bundled sample corpus (`Graphs/graph.json`).
  @Test(arguments: ["small", "example", "Graphs/graph.json"])
  func everyLinkLeadsToAFileAndAnchorOfTheReport(graph name: String) throws {
    let graph =
      switch name {
      case "small": try ReportFixture.small()
      case "example": try ReportFixture.example()
      default: try PatronageGraph(contentsOfFile: ReportFixture.root.appendingPathComponent(name).path)
      }
    let files = try HTMLReport(graph: graph).files()
    var pages: [String: String] = [:]
    for file in files where !file.path.hasSuffix(".pdf") {
      pages[file.path] = String(decoding: file.bytes, as: UTF8.self)
    }
    var checked = 0
    for (path, text) in pages where path.hasSuffix(".html") || path.hasSuffix(".svg") {
      let folder = path.split(separator: "/").dropLast().map(String.init)
      for reference in references(in: text) {
        #expect(!reference.contains("://"), "\(path) refers outside the report: \(reference)")
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = parts[0].split(separator: "?").first.map(String.init) ?? ""
        var components = folder
        for component in file.split(separator: "/") {
          if component == ".." { components = components.dropLast() } else { components.append(String(component)) }
        }
        let target = file.isEmpty ? path : components.joined(separator: "/")
        #expect(files.contains { $0.path == target }, "\(path) links to a missing \(target)")
        if parts.count == 2, let page = pages[target] {
          #expect(ids(in: page).contains(String(parts[1])), "\(path) links to a missing #\(parts[1]) in \(target)")
        }
        checked += 1
      }
    }
    #expect(checked > 50)
  }
}
