import PatronageCore

/// A faction in one year.
public struct Faction: Sendable, Equatable, Codable {
  /// The stable id of the dynamic faction this is a step of ("F1", "F2", … in order of birth).
  public var id: String
  /// "<leader's name>'s group".
  public var name: String
  /// The member with the greatest positive tie strength that year (ties: smallest id).
  public var leader: PersonID
  /// Members in id order.
  public var members: [PersonID]
}

/// The factions of one year, from the signed network.
public struct FactionYear: Sendable, Equatable, Codable {
  public var year: Int
  /// Sum of |weight| over frustrated ties (positive across factions, negative within one).
  public var frustration: Double
  /// The number of frustrated ties.
  public var frustratedTies: Int
  /// Signed modularity of the partition (Gómez et al. 2009).
  public var modularity: Double
  /// Triangles of the year's signed network and how many are balanced.
  public var balance: TriangleBalance
  /// Whether the partition is the exhaustive optimum (small networks) rather than the heuristic's.
  public var exact: Bool
  /// Factions, largest first (ties: smallest first member).
  public var factions: [Faction]
}

/// A person found in a different faction than the last time they were seen.
public struct FactionSwitch: Sendable, Equatable, Codable {
  public var person: PersonID
  /// The year they are first seen in the new faction.
  public var year: Int
  /// The year they were last seen in the old one.
  public var previousYear: Int
  public var from: String
  public var to: String
  /// The person's signed ties in force in `year` but not in `previousYear` that point the new way
  /// (allied with the new faction, opposed to the old); all new signed ties when none do.
  public var evidence: [SwitchEvidence]
}

/// A relation behind a switch.
public struct SwitchEvidence: Sendable, Equatable, Codable {
  public var kind: RelationKind
  public var with: PersonID
  public var span: TimeSpan?
  public var evidence: [Evidence]
}

/// A change in the set of factions (Palla et al. 2007's events as matched by Greene et al. 2010).
public struct FactionEvent: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable { case birth, death, merge, split }
  public var year: Int
  public var kind: Kind
  /// The faction born, ended, merged into, or split.
  public var faction: String
  /// For a merge, the factions merged in; for a split, the factions that split off.
  public var factions: [String]
}

/// How much the partition changed from one year with factions to the next.
public struct FactionStability: Sendable, Equatable, Codable {
  public var year: Int
  public var previousYear: Int
  /// Adjusted Rand index on the persons present in both years.
  public var adjustedRand: Double
  /// Normalised mutual information (arithmetic mean) on the same persons.
  public var nmi: Double
  /// The number of persons present in both years.
  public var shared: Int
  public var entrants: [PersonID]
  public var exits: [PersonID]
}

/// The counts of switches and events the matching finds at one threshold.
public struct ThetaSensitivity: Sendable, Equatable, Codable {
  public var theta: Double
  public var switches: Int
  public var births: Int
  public var deaths: Int
  public var merges: Int
  public var splits: Int
}
