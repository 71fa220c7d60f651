/// A person in the graph.
public struct Person: Hashable, Codable, Sendable, Identifiable {
  /// Stable id (for the bundled lexicon: the lowercase common English surname).
  public var id: PersonID
  /// The name shown in diagrams and reports.
  public var name: String
  /// Other names the person is known by (spellings, nicknames, full names).
  public var aliases: [String]
  /// The year of birth, when known.
  public var born: Int?
  /// The year of death, when known: after it the person is in no snapshot and credits no patronage.
  public var died: Int?

  public init(id: PersonID, name: String, aliases: [String] = [], born: Int? = nil, died: Int? = nil) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.born = born
    self.died = died
  }

  /// The years the person can take part in relations (unbounded where the dates are unknown).
  public var lifetime: ClosedRange<Int> {
    (born ?? HistoricalDate.validYears.lowerBound)...max(
      born ?? HistoricalDate.validYears.lowerBound,
      died ?? HistoricalDate.validYears.upperBound)
  }

  private enum CodingKeys: String, CodingKey { case id, name, aliases, born, died }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(PersonID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    born = try container.decodeIfPresent(Int.self, forKey: .born)
    died = try container.decodeIfPresent(Int.self, forKey: .died)
  }
}
