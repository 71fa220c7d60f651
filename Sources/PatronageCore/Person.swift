/// A person in the graph.
public struct Person: Hashable, Codable, Sendable, Identifiable {
  /// Stable id (for the bundled lexicon: the lowercase common English surname).
  public var id: PersonID
  /// The name shown in diagrams and reports.
  public var name: String
  /// Other names the person is known by (spellings, nicknames, full names).
  public var aliases: [String]

  public init(id: PersonID, name: String, aliases: [String] = []) {
    self.id = id
    self.name = name
    self.aliases = aliases
  }

  private enum CodingKeys: String, CodingKey { case id, name, aliases }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(PersonID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
  }
}
