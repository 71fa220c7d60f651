/// A word's folded name form (``NameFolding``) with the integer keys the gazetteer matches on.
struct NameKey: Sendable {
  /// The folded form ("" for punctuation and words without letters).
  let folded: String
  /// The `WordKey` of `folded`'s UTF-8 bytes.
  let key: WordKey
  /// The key of `folded` without its final "s" when the word may be the plural of a name of 4 or more letters.
  let singular: WordKey?
  /// The number of characters of `folded`.
  let count: Int

  /// The key of a punctuation mark.
  static let none = NameKey(folded: "")

  init(folded: String) {
    self.folded = folded
    key = Self.key(folded)
    count = folded.count
    singular = count > 4 && folded.hasSuffix("s") ? Self.key(String(folded.dropLast())) : nil
  }

  /// The key of a folded form.
  static func key(_ folded: String) -> WordKey { WordKey.hash(folded.utf8) }

  /// Whether this word is the name word `entryKey` or its plural ("Zinovievs" for "Zinoviev").
  func matches(_ entryKey: WordKey) -> Bool { key == entryKey || singular == entryKey }
}
