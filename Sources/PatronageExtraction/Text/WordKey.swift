import Foundation

/// A 64-bit key of a word's folded form (lowercased, diacritics removed), for fast vocabulary lookups.
///
/// Tokens carry the key of their folded text, so a rule compares integers instead of building strings:
/// `token.key == WordKey("appointed")`. The key is the FNV-1a hash of the folded UTF-8 bytes
/// (Fowler, Noll & Vo, "FNV hash", IETF draft-eastlake-fnv); with 64 bits, collisions among the few
/// thousand words of a lexicon are vanishingly unlikely.
public struct WordKey: Hashable, Sendable, Comparable {
  public let rawValue: UInt64

  /// The key of the empty word.
  public static let empty = WordKey(rawValue: offsetBasis)

  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// A key from its raw value.
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  /// The key of `word` after folding (case and diacritics), as the tokenizer computes it for a token.
  public init(_ word: some StringProtocol) {
    let folded =
      word.utf8.allSatisfy { $0 < 0x80 }
      ? String(word).lowercased()
      : String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    self = Self.hash(folded.utf8)
  }

  /// The key of a lowercase ASCII literal (no folding needed, so no allocation).
  public init(literal: StaticString) {
    self = literal.withUTF8Buffer { Self.hash($0) }
  }

  /// FNV-1a over bytes that are already folded.
  static func hash(_ bytes: some Sequence<UInt8>) -> WordKey {
    var value = offsetBasis
    for byte in bytes { value = (value ^ UInt64(byte)) &* prime }
    return WordKey(rawValue: value)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
