/// Embassies named by their destination: in a sentence about a diplomatic posting, "sent to Norway … as
/// ambassador" names the lexicon's "ambassador to Norway" at "Norway".
extension MentionFinder {
  /// Titles that make a sentence about a diplomatic posting (a short list: compared key by key, with no hashing, as
  /// every sentence is checked).
  static let diplomaticTitles: [WordKey] =
    ["ambassador", "ambassadors", "envoy", "envoys", "plenipotentiary", "polpred", "ambassadorship"].map(Word.key)

  private static let toKey = Word.key("to")

  /// The words an embassy's name starts with, before its place: "ambassador to", "ambassador in".
  private static let embassyPrefixes: [[Word]] = ["to", "in"].map { preposition in
    [
      Word(text: "ambassador", lower: "ambassador", start: 0, end: 0, isPossessive: false, isASCII: true),
      Word(text: preposition, lower: preposition, start: 0, end: 0, isPossessive: false, isASCII: true),
    ]
  }

  /// Office mentions for the capitalised places after "to" that no other mention covers, when the sentence names
  /// a diplomatic title and the lexicon has an embassy for the place; `mentions` are the sentence's others.
  ///
  /// - Complexity: O(words) to find the title, then one lexicon match per candidate place.
  mutating func embassies(in words: [Word], keys: [NameKey], besides mentions: [Mention]) -> [Mention] {
    guard words.contains(where: { Self.diplomaticTitles.contains($0.lowerKey) }) else { return [] }
    var covered = Set<Int>()
    for mention in mentions { covered.formUnion(mention.words) }
    var result: [Mention] = []
    for index in words.indices.dropLast() where words[index].lowerKey == Self.toKey {
      let place = index + 1
      guard words[place].isCapitalised, !covered.contains(place) else { continue }
      let tail = Array(words[place..<min(words.count, place + 3)])
      for prefix in Self.embassyPrefixes {
        let synthetic = prefix + tail
        let syntheticKeys = synthetic.map { $0.isPunctuation ? NameKey.none : folded($0) }
        guard let mention = match(at: 0, words: synthetic, keys: syntheticKeys, recent: [:]),
          case .office = mention.referent, mention.words.upperBound > prefix.count
        else { continue }
        let end = place + mention.words.upperBound - prefix.count
        result.append(Mention(mention.referent, words: place..<end, isPossessive: words[end - 1].isPossessive))
        break
      }
    }
    return result
  }
}
