import PatronageCore

/// Something a sentence refers to that relations can connect.
public enum Referent: Hashable, Sendable {
  case person(PersonID)
  /// An office or body; `institution` when it can act (appoint, expel).
  case office(OfficeID, institution: Bool)
  /// A set of people named as one ("the triumvirate"), already resolved.
  case group([PersonID])
  /// A pronoun still to resolve; `plural` for they/them/their.
  case pronoun(female: Bool?, plural: Bool)
}

/// A referent found at a range of words in a sentence.
public struct Mention: Hashable, Sendable {
  public var referent: Referent
  /// The range of word indices.
  public var words: Range<Int>
  public var isPossessive: Bool
  /// How sure the match is (exact lexicon name 1, fuzzy or unknown-by-shape lower).
  public var confidence: Double
  /// The years a named group existed ("the Workers' Opposition", 1920–1922), when the lexicon gives them.
  public var era: ClosedRange<Int>?

  public init(_ referent: Referent, words: Range<Int>, isPossessive: Bool = false, confidence: Double = 1) {
    self.referent = referent
    self.words = words
    self.isPossessive = isPossessive
    self.confidence = confidence
  }

  /// The people this mention stands for (empty for offices and unresolved pronouns).
  public var persons: [PersonID] {
    switch referent {
    case .person(let id): [id]
    case .group(let ids): ids
    case .office, .pronoun: []
    }
  }
}
