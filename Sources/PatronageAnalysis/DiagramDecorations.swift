import PatronageCore

/// What the analysis contributes to one year's diagram, keyed by person: a fill colour per faction,
/// a size from centrality and the year's top patrons. Plain data for the renderer.
public struct YearDecoration: Sendable, Equatable {
  public var year: Int
  /// Each placed person's stable faction id (see ``FactionTimeline``).
  public var faction: [PersonID: String]
  /// Fill colours ("#rrggbb"): one palette colour per faction, kept by the faction across years;
  /// factions of one person get ``DiagramDecorations/loneColour``.
  public var fill: [PersonID: String]
  /// Size factors in 1...maxScale, growing with the square root of PageRank on the positive network.
  public var scale: [PersonID: Double]
  /// The year's leading patrons (most clients in office, then most appointments), best first.
  public var topPatrons: [PersonID]
}

/// Builds ``YearDecoration``s for every year of a graph.
public enum DiagramDecorations {
  /// Okabe–Ito colours (distinguishable with colour-vision deficiencies), lightened for node fills.
  public static let palette = [
    "#f5c36b", "#8fcbef", "#6cc4a4", "#f4ec8c", "#7fb0d9", "#f0a37a", "#e0aacb", "#c9c9c9",
  ]
  /// The fill of a person alone in their faction.
  public static let loneColour = "#eeeeee"

  /// A faction's fill: its palette colour, kept by the dynamic faction across years, or
  /// ``loneColour`` for a faction of one person.
  public static func colour(of faction: Faction) -> String {
    faction.members.count > 1
      ? palette[(FactionMatcher.ordinal(faction.id) - 1 + palette.count) % palette.count] : loneColour
  }

  /// Decorations for every year of the graph's span, in year order.
  ///
  /// - Parameters:
  ///   - timeline: the factions to colour by (computed when nil).
  ///   - maxScale: the size factor of the year's most central person.
  ///   - topPatrons: how many patrons to mark per year.
  /// - Complexity: PageRank per year plus the faction timeline and appointment summaries.
  public static func byYear(
    _ analysis: AnalysisGraph, timeline: FactionTimeline? = nil, maxScale: Double = 2, topPatrons: Int = 3
  ) -> [YearDecoration] {
    let timeline = timeline ?? FactionTimeline(analysis)
    let control = AppointmentControl(analysis.graph)
    return analysis.networks(.positive).compactMap { network in
      guard let year = network.year else { return nil }
      let factions = timeline.factions(in: year)
      var fill: [PersonID: String] = [:]
      for faction in factions.factions {
        let colour = Self.colour(of: faction)
        for member in faction.members { fill[member] = colour }
      }
      let ranks = Centrality.pageRank(network.csr)
      let top = ranks.max() ?? 0
      var scale: [PersonID: Double] = [:]
      for (person, rank) in zip(network.persons, ranks) {
        scale[person] = top > 0 ? 1 + (maxScale - 1) * (rank / top).squareRoot() : 1
      }
      let patrons = control.summary(years: year...year, label: year).patrons
        .filter { $0.clientsInOffice > 0 || $0.appointments > 0 }.prefix(topPatrons).map(\.id)
      return YearDecoration(
        year: year, faction: factions.membership, fill: fill, scale: scale, topPatrons: Array(patrons))
    }
  }
}
