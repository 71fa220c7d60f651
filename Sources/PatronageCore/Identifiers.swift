/// A typed, string-backed identifier.
///
/// Person and office ids are different types so that one cannot be passed
/// where the other is expected. Ids are lowercase, hyphenated slugs
/// (`stalin`, `general-secretary`) by convention, but any non-empty string
/// without control characters is accepted.
public protocol PatronageIdentifier:
  RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
where RawValue == String {
  init(rawValue: String)
}

extension PatronageIdentifier {
  public init(stringLiteral value: String) { self.init(rawValue: value) }
  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    guard Self.isValid(raw) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "invalid id \(raw.debugDescription): ids must be non-empty and contain no control characters")
    }
    self.init(rawValue: raw)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Whether `raw` can serve as an id: non-empty, no control characters.
  public static func isValid(_ raw: String) -> Bool {
    !raw.isEmpty && !raw.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}

/// The stable id of a person, e.g. `stalin`.
public struct PersonID: PatronageIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// The stable id of an office, body or party, e.g. `general-secretary`, `politburo`.
public struct OfficeID: PatronageIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}
