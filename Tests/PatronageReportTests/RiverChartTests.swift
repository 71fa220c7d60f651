import PatronageCore
import Testing

@testable import PatronageReport

@Suite("Faction river")
struct RiverChartTests {
  typealias Group = RiverChart.Group

  /// 1920: F1 {a, b, c}, F2 {d}; 1921: F1 {a, b}, F2 {c, d}; 1923: F3 {a, b, c, d}.
  let chart = RiverChart(
    columns: [
      (
        1920,
        [
          Group(id: "F2", name: "D's", colour: "#222222", members: ["d"]),
          Group(id: "F1", name: "A's", colour: "#111111", members: ["a", "b", "c"]),
        ]
      ),
      (
        1921,
        [
          Group(id: "F1", name: "A's", colour: "#111111", members: ["a", "b"]),
          Group(id: "F2", name: "D's", colour: "#222222", members: ["c", "d"]),
        ]
      ),
      (1923, [Group(id: "F3", name: "All", colour: "#333333", members: ["a", "b", "c", "d"])]),
    ], unit: 10)

  @Test func bandsAreStackedByFactionIdWithHeightsByMembers() throws {
    let first = chart.bands.filter { $0.year == 1920 }
    #expect(first.map(\.group.id) == ["F1", "F2"])
    #expect(first.map(\.height) == [30, 10])
    #expect(first[0].y == RiverChart.top)
    #expect(first[1].y == RiverChart.top + 30 + RiverChart.gap)
    let xs = Set(first.map(\.x))
    #expect(xs == [RiverChart.margin])
    let last = try #require(chart.bands.first { $0.year == 1923 })
    #expect(last.x == RiverChart.margin + 2 * RiverChart.step)
    #expect(last.height == 40)
  }

  @Test func flowsCarryTheSharedMembersAndMarkSwitches() throws {
    let flows = chart.flows.filter { $0.fromYear == 1920 }
    #expect(flows.map { "\($0.from)>\($0.to)" } == ["F1>F1", "F1>F2", "F2>F2"])
    #expect(flows.map(\.persons) == [["a", "b"], ["c"], ["d"]])
    #expect(flows.map(\.isSwitch) == [false, true, false])
    #expect(flows.map(\.thickness) == [20, 10, 10])
    // Leaving F1 (1920): a and b on top, then c below them.
    #expect(flows[0].y0 == RiverChart.top)
    #expect(flows[1].y0 == RiverChart.top + 20)
    // Entering F2 (1921): c from F1 first, then d from F2.
    let f2 = try #require(chart.bands.first { $0.year == 1921 && $0.group.id == "F2" })
    #expect(flows[1].y1 == f2.y)
    #expect(flows[2].y1 == f2.y + 10)
    #expect(
      flows.allSatisfy {
        $0.x0 == RiverChart.margin + RiverChart.bandWidth && $0.x1 == RiverChart.margin + RiverChart.step
      })
    // Across the gap to 1923 every flow is a switch into F3, together as tall as the band.
    let later = chart.flows.filter { $0.toYear == 1923 }
    #expect(later.allSatisfy { $0.isSwitch })
    #expect(later.map(\.thickness).reduce(0, +) == 40)
  }

  @Test func theSVGTitlesNameTheSwitchers() {
    let svg = chart.svg { $0 == "c" ? "Cy <Cole>" : $0.rawValue.uppercased() }
    #expect(svg.contains("Switched from F1 (1920) to F2 (1921): Cy &lt;Cole&gt;"))
    #expect(svg.components(separatedBy: #"class="flow switch""#).count - 1 == 3)
    #expect(svg.contains(RiverChart.switchColour))
    #expect(svg.hasPrefix("<svg "))
  }
}
