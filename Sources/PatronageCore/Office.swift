/// What kind of thing an office is.
public enum OfficeKind: String, Codable, Sendable, CaseIterable, Hashable {
  /// A post held by one person at a time (General Secretary, War Commissar).
  case post
  /// A collective body with members (Politburo, Central Committee, a congress).
  case body
  /// Membership of the party itself: expulsion from it ends every other office.
  case party
}

/// An office, body or party that people are appointed to or expelled from.
public struct Office: Hashable, Codable, Sendable, Identifiable {
  public var id: OfficeID
  public var name: String
  public var kind: OfficeKind
  /// For a body that appoints (a channel such as the Secretariat or Orgburo): the post
  /// whose holder controls it (e.g. `general-secretary` for `secretariat`).
  public var head: OfficeID?

  public init(id: OfficeID, name: String, kind: OfficeKind, head: OfficeID? = nil) {
    self.id = id
    self.name = name
    self.kind = kind
    self.head = head
  }
}
