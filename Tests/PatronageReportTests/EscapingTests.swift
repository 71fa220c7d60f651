import Foundation
import PatronageCore
import Testing

@testable import PatronageReport

@Suite("HTML escaping")
struct EscapingTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("O'Hara \"Fox\"", "O&#39;Hara &quot;Fox&quot;"),
    ("A & B", "A &amp; B"),
    ("one\ntwo", "one&#10;two"),
    ("bell\u{07}", "bell"),
    ("Троцкий", "Троцкий"),
  ])
  func escapesTextAndAttributes(input: String, expected: String) {
    #expect(HTML.escape(input) == expected)
  }

  @Test func scriptJSONCannotEndItsElement() throws {
    let json = HTML.json(["name": "</script><script>alert(1)</script><!--"])
    let safe = HTML.scriptJSON(json)
    #expect(!safe.contains("</"))
    #expect(!safe.contains("<!--"))
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
    #expect(decoded["name"] == "</script><script>alert(1)</script><!--")
  }

  @Test func slugsAreSafeAndDistinct() {
    let ids = ["stalin", "x/<y>", "X", "x", "a b", "_", "..", "é"]
    let slugs = ids.map(ReportPaths.slug)
    #expect(Set(slugs).count == ids.count)
    for slug in slugs { #expect(slug.allSatisfy { $0.isLetter && $0.isLowercase || $0.isNumber || "-_".contains($0) }) }
    #expect(ReportPaths.slug("stalin") == "stalin")
  }

  @Test func hostileNamesShowLiterallyOnEveryPage() throws {
    let files = try HTMLReport(graph: try ReportFixture.small()).files()
    let pages = files.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".svg") }
    #expect(pages.count >= 8)
    var seen = 0
    for file in pages {
      var text = String(decoding: file.bytes, as: UTF8.self)
      // The search data is JSON, where names are kept as they are; it must not be able to end its element.
      if let data = text.range(of: #"<script type="application/json" id="report-data">"#),
        let end = text[data.upperBound...].range(of: "</script>")
      {
        #expect(!text[data.upperBound..<end.lowerBound].contains("</"))
        text.removeSubrange(data.lowerBound..<end.upperBound)
      }
      #expect(!text.contains("<script>alert"), "\(file.path) holds a raw script tag")
      #expect(!text.contains("<Council>"), "\(file.path)")
      #expect(!text.contains("<drafts>"), "\(file.path)")
      if text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { seen += 1 }
      if file.path.hasSuffix(".html") {
        // Only our own script element: report.js.
        #expect(text.components(separatedBy: "<script").count - 1 == 1, "\(file.path)")
        #expect(text.components(separatedBy: "</script>").count - 1 == 1, "\(file.path)")
      }
    }
    #expect(seen >= 4)
    #expect(files.contains { $0.path == ReportPaths.person("x/<y>") })
    #expect(ReportPaths.person("x/<y>") == "people/x_2f__3c_y_3e_.html")
  }

  @Test func theSearchDataHoldsTheNamesUnchanged() throws {
    let files = try HTMLReport(graph: try ReportFixture.small()).files()
    let index = try #require(files.first { $0.path == ReportPaths.index })
    let text = String(decoding: index.bytes, as: UTF8.self)
    let start = try #require(text.range(of: #"<script type="application/json" id="report-data">"#))
    let end = try #require(text[start.upperBound...].range(of: "</script>"))
    let json = Data(text[start.upperBound..<end.lowerBound].utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.contains { $0["name"] as? String == ReportFixture.hostileName })
    #expect(entries.contains { ($0["aliases"] as? [String])?.contains("Foxy </script>") == true })
    #expect(object["years"] as? [Int] == [1930, 1931, 1932])
  }
}
