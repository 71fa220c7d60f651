/// Who acts in a relation: a person, or an institution such as a plenum or congress.
public enum Agent: Hashable, Sendable, Comparable, CustomStringConvertible {
  case person(PersonID)
  case institution(OfficeID)

  /// The bare id, as written in the relations JSONL export.
  public var id: String {
    switch self {
    case .person(let id): id.rawValue
    case .institution(let id): id.rawValue
    }
  }

  /// The person, if the agent is one.
  public var person: PersonID? {
    if case .person(let id) = self { return id }
    return nil
  }

  public var description: String {
    switch self {
    case .person(let id): "person:\(id)"
    case .institution(let id): "institution:\(id)"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.person(let a), .person(let b)): a < b
    case (.institution(let a), .institution(let b)): a < b
    case (.person, .institution): true
    case (.institution, .person): false
    }
  }
}

extension Agent: Codable {
  private enum CodingKeys: String, CodingKey { case person, institution }

  /// Encoded as `{"person": "stalin"}` or `{"institution": "plenum"}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let id = try container.decodeIfPresent(PersonID.self, forKey: .person) {
      self = .person(id)
    } else if let id = try container.decodeIfPresent(OfficeID.self, forKey: .institution) {
      self = .institution(id)
    } else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "an agent needs a \"person\" or an \"institution\" key"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .person(let id): try container.encode(id, forKey: .person)
    case .institution(let id): try container.encode(id, forKey: .institution)
    }
  }
}
