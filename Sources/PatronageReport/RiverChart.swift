import PatronageAnalysis
import PatronageCore

/// The geometry of the faction "river": one column per year with factions, each faction a band as
/// tall as its membership, and between consecutive columns a flow for the persons who were in one
/// band and are in another (or the same) the next time factions were found. Flows between different
/// factions are switches.
///
/// Bands are stacked in the order of their stable faction ids (F1, F2, …), so a faction keeps its
/// place and colour across the chart. Coordinates are SVG user units, y growing downwards.
public struct RiverChart: Sendable, Equatable {
  /// One faction in one year, as the chart's input.
  public struct Group: Sendable, Equatable {
    public var id: String
    public var name: String
    public var colour: String
    public var members: [PersonID]

    public init(id: String, name: String, colour: String, members: [PersonID]) {
      self.id = id
      self.name = name
      self.colour = colour
      self.members = members
    }
  }

  /// A faction's band in one column.
  public struct Band: Sendable, Equatable {
    public var year: Int
    public var group: Group
    public var x: Double
    public var y: Double
    public var height: Double
  }

  /// Persons moving from a band in one column to a band in the next.
  public struct Flow: Sendable, Equatable {
    public var fromYear: Int
    public var toYear: Int
    public var from: String
    public var to: String
    public var persons: [PersonID]
    /// Top of the flow where it leaves its band (at `x0`) and where it enters the next (at `x1`).
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    public var thickness: Double
    /// Whether the persons changed faction.
    public var isSwitch: Bool { from != to }
  }

  public private(set) var bands: [Band] = []
  public private(set) var flows: [Flow] = []
  public private(set) var width: Double
  public private(set) var height: Double
  /// Height of one member in a band.
  public let unit: Double
  /// Width of a band.
  public static let bandWidth = 14.0
  /// Distance between columns.
  public static let step = 120.0
  /// Space between bands of a column.
  public static let gap = 12.0
  /// Space above the first band (for year labels) and around the chart.
  public static let top = 34.0
  public static let margin = 24.0

  /// Lays out the columns (years ascending, each with its factions).
  /// - Complexity: O(y · f² · m) for y columns of f factions of m members.
  public init(columns: [(year: Int, groups: [Group])], unit: Double = 14) {
    self.unit = unit
    var tallest = 0.0
    var previous: [Band] = []
    for (index, column) in columns.enumerated() {
      let x = Self.margin + Double(index) * Self.step
      var y = Self.top
      var current: [Band] = []
      for group in column.groups.sorted(by: { Self.order($0.id, $1.id) }) {
        let height = Double(group.members.count) * unit
        current.append(Band(year: column.year, group: group, x: x, y: y, height: height))
        y += height + Self.gap
      }
      tallest = max(tallest, y - Self.gap)
      flows += Self.flows(from: previous, to: current, unit: unit)
      bands += current
      previous = current
    }
    width = Self.margin * 2 + Double(max(columns.count - 1, 0)) * Self.step + Self.bandWidth + 90
    height = tallest + Self.margin
  }

  /// The chart of a faction timeline, coloured as the diagrams colour factions.
  public init(timeline: FactionTimeline, unit: Double = 14) {
    self.init(
      columns: timeline.years.map { year in
        (
          year.year,
          year.factions.map {
            Group(
              id: $0.id, name: $0.name, colour: PatronageAnalysis.DiagramDecorations.colour(of: $0), members: $0.members
            )
          }
        )
      }, unit: unit)
  }

  /// Faction ids in order of their number ("F2" before "F10"), then as text.
  static func order(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Int(a.dropFirst()) ?? .max, Int(b.dropFirst()) ?? .max)
    return x != y ? x < y : a < b
  }

  /// The flows between two consecutive columns: each pair of bands sharing members, leaving the
  /// earlier band in the order of the later bands and entering the later band in the order of the earlier.
  private static func flows(from previous: [Band], to current: [Band], unit: Double) -> [Flow] {
    var outOffset = [Double](repeating: 0, count: previous.count)
    var inOffset = [Double](repeating: 0, count: current.count)
    var result: [Flow] = []
    for (i, a) in previous.enumerated() {
      let members = Set(a.group.members)
      for (j, b) in current.enumerated() {
        let shared = b.group.members.filter(members.contains).sorted()
        guard !shared.isEmpty else { continue }
        let thickness = Double(shared.count) * unit
        result.append(
          Flow(
            fromYear: a.year, toYear: b.year, from: a.group.id, to: b.group.id, persons: shared,
            x0: a.x + bandWidth, y0: a.y + outOffset[i], x1: b.x, y1: b.y + inOffset[j], thickness: thickness))
        outOffset[i] += thickness
        inOffset[j] += thickness
      }
    }
    return result
  }
}
