import PatronageCore
import Testing

/// Escaping and quoting in the text formats, checked on exact strings.
@Suite("Export escaping")
struct ExportEscapingTests {
  @Test(arguments: [
    ("plain", "plain"),
    (#"a & b < c > d "e" 'f'"#, "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;"),
    ("&amp;", "&amp;amp;"),
    ("<script>", "&lt;script&gt;"),
    ("tab\tline\ncr\r", "tab&#9;line&#10;cr&#13;"),
    ("bell\u{7}nul\u{0}vt\u{B}", "bell\u{FFFD}nul\u{FFFD}vt\u{FFFD}"),
    ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}"),
    ("Лев Троцкий 🦊 e\u{301}", "Лев Троцкий 🦊 e\u{301}"),
    ("full\u{FF01}width\u{7F}", "full\u{FF01}width\u{7F}"),
  ])
  func xmlEscaping(_ input: String, _ expected: String) {
    #expect(XMLText.escaped(input) == expected)
  }

  @Test func xmlAllowsExactlyTheCharProduction() {
    let allowed: [UInt32] = [0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF]
    let forbidden: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF]
    for value in allowed { #expect(Unicode.Scalar(value).map(XMLText.isAllowed) == true, "U+\(value)") }
    for value in forbidden { #expect(Unicode.Scalar(value).map(XMLText.isAllowed) == false, "U+\(value)") }
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a,b", #""a,b""#),
    (#"say "hi""#, #""say ""hi""""#),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""),
    (" =SUM(A1) ", " =SUM(A1) "),
    ("\"\u{301}", "\"\"\"\u{301}\""),
    ("Троцкий; 🦊", "Троцкий; 🦊"),
  ])
  func csvQuoting(_ input: String, _ expected: String) {
    #expect(CSVExport.field(input) == expected)
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    (#"q"b\s/"#, #""q\"b\\s/""#),
    ("n\nr\rt\t", #""n\nr\rt\t""#),
    ("\u{0}\u{1F}", #""\u0000\u001f""#),
    ("Лев 🦊 <b>&amp;</b>", #""Лев 🦊 <b>&amp;</b>""#),
  ])
  func jsonQuoting(_ input: String, _ expected: String) {
    #expect(NodeLinkExport.quoted(input) == expected)
  }

  @Test func csvTablesUseNeo4jHeadersAndCRLF() throws {
    let tables = CSVExport.tables(try ExportGraph(graph: Fixtures.graph()))
    let nodeHeader = "id:ID,:LABEL,kind,name,aliases,office_kind,first_year:int,last_year:int\r\n"
    #expect(tables.nodes.hasPrefix(nodeHeader))
    let edgeHeader =
      "id,:START_ID,:END_ID,:TYPE,directed:boolean,agent,office,from,to,first_year:int,"
      + "last_year:int,confidence:double,evidence_count:int,evidence,document\r\n"
    #expect(tables.edges.hasPrefix(edgeHeader))
    #expect(tables.nodes.contains("person:stalin,Person,person,Joseph Stalin,Koba,,1921,1929\r\n"))
    #expect(tables.nodes.contains("office:party,Office,office,Communist Party,,party,1927,1927\r\n"))
    #expect(tables.edges.hasSuffix("\r\n"))
    #expect(!tables.edges.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
