import PatronageCore

extension SentenceFacts {
  /// Nouns that make a capitalised phrase the title of a post.
  static let postNouns: Set<String> = [
    "chancellor", "secretary", "archbishop", "bishop", "treasurer", "ambassador", "governor", "chairman",
    "president", "minister", "commissar", "editor", "director", "keeper", "justice", "admiral", "marshal",
    "steward", "chamberlain", "viceroy", "prefect", "mayor", "premier", "consul", "envoy", "judge", "dean",
  ]

  /// An office the lexicon does not know, named by its title at `position` ("Lord Chancellor of England",
  /// "Principal Secretary", "Archbishop of Canterbury"): a run of capitalised words (with an inner "of") that
  /// contains a post noun and no person. Its id is the title's words in lowercase joined by hyphens, so texts on
  /// other subjects still give appointments their posts.
  func titleOffice(at position: Int) -> OfficeID? {
    var index = position
    while index < words.count, ["the", "a", "an", "as"].contains(words[index].lower) { index += 1 }
    let people = Set(mentions.filter { !$0.persons.isEmpty }.flatMap { Array($0.words) })
    var parts: [String] = []
    var hasPost = false
    while index < words.count, !people.contains(index) {
      let word = words[index]
      if word.isCapitalised, !word.isPunctuation {
        parts.append(word.lower)
        hasPost = hasPost || Self.postNouns.contains(word.lower)
      } else if word.lower == "of", !parts.isEmpty, index + 1 < words.count, words[index + 1].isCapitalised {
        parts.append("of")
      } else {
        break
      }
      index += 1
    }
    guard hasPost, parts.count <= 6 else { return nil }
    return OfficeID(rawValue: parts.joined(separator: "-"))
  }

  /// A title after "as" within a few words of `position` ("dismissed him as Lord Chancellor").
  func titleOffice(afterAs position: Int, within: Int = 4) -> OfficeID? {
    let end = min(words.count, position + within)
    guard position < end, let asIndex = words[position..<end].firstIndex(where: { $0.lower == "as" }) else {
      return nil
    }
    return titleOffice(at: asIndex + 1)
  }
}
