/// The four relations the graph records.
public enum RelationKind: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
  /// Patron → appointee, to an office.
  case appointed
  /// A positive tie; symmetric.
  case allied
  /// A negative tie; symmetric.
  case opposed
  /// Removal from the party, a body or a post; the source (if known) is who removed.
  case expelled

  /// Whether the relation has no direction (allied, opposed).
  public var isSymmetric: Bool { self == .allied || self == .opposed }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
