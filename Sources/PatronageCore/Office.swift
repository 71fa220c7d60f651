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
  /// Whether the office is ad hoc (a commission of inquiry, a funeral commission, a wartime command): a seat on
  /// it is not presumed to last until the holder's death, as other open tenures are, since no removal from it
  /// would be recorded; it lasts while the holder is seen.
  public var temporary: Bool

  public init(id: OfficeID, name: String, kind: OfficeKind, head: OfficeID? = nil, temporary: Bool = false) {
    self.id = id
    self.name = name
    self.kind = kind
    self.head = head
    self.temporary = temporary
  }

  private enum CodingKeys: String, CodingKey { case id, name, kind, head, temporary }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(OfficeID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    kind = try container.decode(OfficeKind.self, forKey: .kind)
    head = try container.decodeIfPresent(OfficeID.self, forKey: .head)
    temporary = try container.decodeIfPresent(Bool.self, forKey: .temporary) ?? false
  }

  /// Writes `temporary` only when it is set, so graphs without ad hoc offices keep their earlier form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(head, forKey: .head)
    if temporary { try container.encode(true, forKey: .temporary) }
  }
}
