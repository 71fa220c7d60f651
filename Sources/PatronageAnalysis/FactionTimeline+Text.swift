import PatronageCore

extension FactionTimeline {
  /// The factions of `year`, empty when nobody had a signed tie that year.
  public func factions(in year: Int) -> FactionYear {
    years.first { $0.year == year }
      ?? FactionYear(
        year: year, frustration: 0, frustratedTies: 0, modularity: 0,
        balance: TriangleBalance(triangles: 0, balanced: 0, weaklyBalanced: 0), exact: true, factions: [])
  }

  /// One CSV row per member, faction and year.
  public func csv(years selected: [FactionYear]? = nil) -> String {
    var lines = ["year,faction,name,leader,person"]
    for year in selected ?? years {
      for faction in year.factions {
        for member in faction.members {
          lines.append(
            [
              String(year.year), faction.id, TextTable.csvField(faction.name), faction.leader.rawValue,
              member.rawValue,
            ].joined(separator: ","))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A readable report: factions per year, then switches, events and stability (the last three
  /// only when `timeline` is set).
  public func table(years selected: [FactionYear]? = nil, timeline: Bool = true) -> String {
    var text = ""
    for year in selected ?? years {
      text +=
        "\(year.year): \(year.factions.count) factions, frustration \(TextTable.fixed(year.frustration))"
        + " (\(year.frustratedTies) ties), signed modularity \(TextTable.fixed(year.modularity))"
        + (year.exact ? ", exact" : "") + "; \(year.balance.balanced) of \(year.balance.triangles) triangles balanced"
        + " (\(year.balance.weaklyBalanced) weakly)\n"
      for faction in year.factions {
        text +=
          "  \(faction.id) \(faction.name) (\(faction.members.count)): "
          + faction.members.map(\.rawValue).joined(separator: ", ") + "\n"
      }
    }
    guard timeline else { return text }
    text += "\nSwitches:\n" + (switches.isEmpty ? "  none\n" : "")
    for item in switches {
      let reasons = item.evidence.map { ($0.kind == .opposed ? "opposed to " : "allied with ") + $0.with.rawValue }
      text +=
        "  \(item.year) \(item.person): \(item.from) → \(item.to) (last seen \(item.previousYear))"
        + (reasons.isEmpty ? "" : "; " + reasons.joined(separator: ", ")) + "\n"
    }
    text += "\nEvents:\n" + (events.isEmpty ? "  none\n" : "")
    for event in events {
      text +=
        "  \(event.year) \(event.kind.rawValue) \(event.faction)"
        + (event.factions.isEmpty ? "" : " (" + event.factions.joined(separator: ", ") + ")") + "\n"
    }
    text += "\nStability (persons present in both years):\n" + (stability.isEmpty ? "  none\n" : "")
    for item in stability {
      text +=
        "  \(item.previousYear)→\(item.year): ARI \(TextTable.fixed(item.adjustedRand)), "
        + "NMI \(TextTable.fixed(item.nmi)), \(item.shared) shared, "
        + "\(item.entrants.count) in, \(item.exits.count) out\n"
    }
    text += "\nSensitivity to the matching threshold θ:\n"
    for item in sensitivity {
      text +=
        "  θ \(item.theta): \(item.switches) switches, \(item.births) births, \(item.deaths) deaths, "
        + "\(item.merges) merges, \(item.splits) splits\n"
    }
    return text
  }
}
