extension SentenceFacts {
  /// Nouns for a post, which a demonstrative or possessive before them makes refer to one named earlier.
  static let referringPostNouns: Set<String> = ["post", "office", "position", "job", "chairmanship", "seat"]
  /// Words before such a noun that point back ("that post", "the post", "his office").
  static let pointingDeterminers: Set<String> = ["the", "that", "this", "his", "her", "its"]

  /// Whether a post named earlier is meant by the words right after a cue: "Lenin had chosen him for the post",
  /// "he was removed from that post", "appointed to his old office". Only when no office is named there.
  ///
  /// - Complexity: O(1): looks at most five words ahead.
  func refersToPost(after position: Int) -> Bool {
    let end = min(words.count, position + 5)
    guard position < end else { return false }
    for index in position + 1..<end where Self.referringPostNouns.contains(words[index].lower) {
      guard Self.pointingDeterminers.contains(words[index - 1].lower) else { return false }
      let next = index + 1 < words.count ? words[index + 1].lower : ""
      // "the post of General Secretary" names its post.
      return next != "of"
    }
    return false
  }
}
