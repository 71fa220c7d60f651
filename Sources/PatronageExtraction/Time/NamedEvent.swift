import PatronageCore

/// An event with a known date that texts refer to by name (`the Tenth Congress`, `the October plenum`).
///
/// The relations layer builds these from the lexicon's `events`; ``TimeFinder`` matches their names.
public struct NamedEvent: Sendable, Hashable {
  /// The event's id in the lexicon (`congress-10`).
  public let id: String
  /// The names it goes by, matched case-insensitively as whole words; a leading "the" is optional.
  public let names: [String]
  /// When it took place.
  public let span: TimeSpan
  /// The institution that met, if any (`party-congress`).
  public let body: OfficeID?

  /// Creates an event.
  public init(id: String, names: [String], span: TimeSpan, body: OfficeID? = nil) {
    self.id = id
    self.names = names
    self.span = span
    self.body = body
  }
}
