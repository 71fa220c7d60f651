import PatronageCore

extension Coreference {
  /// Words for a wing or faction that a document may define by its members in parentheses ("the left (A and B)").
  static let wingWords: Set<String> = [
    "left", "right", "centre", "center", "opposition", "bloc", "faction", "group", "wing", "minority", "majority",
    "leftists", "rightists", "moderates", "radicals", "hardliners", "conservatives", "reformers",
  ]

  /// The keys of ``wingWords``, to pass over other words without building a string.
  static let wingKeys = KeySet(wingWords.map(Word.key))

  /// Words after "the right"/"the left" that make it something other than a faction ("the right to vote").
  private static let notAWing: Set<String> = ["to", "hand", "side", "bank", "moment", "time", "man", "person"]

  /// Ties a wing word to the people in the parentheses right after it: "left (Trotsky and later Zinoviev)",
  /// "a minority (led by Bukharin)". Possessives inside ("Bukharin and his allies") are not members.
  mutating func bindWings(words: [Word], mentions: [Mention]) {
    for index in words.indices.dropLast() where words[index + 1].text == "(" {
      let word = words[index].lower
      guard Self.wingWords.contains(word),
        let close = words[(index + 1)...].firstIndex(where: { $0.text == ")" })
      else { continue }
      var members: [PersonID] = []
      for mention in mentions where mention.words.lowerBound > index + 1 && mention.words.upperBound <= close {
        guard !mention.isPossessive, case .person(let person) = mention.referent else { continue }
        if !members.contains(person) { members.append(person) }
      }
      if !members.isEmpty { groups["=" + word] = members }
    }
  }

  /// "the left", "the reunited left", "on the right": a wing word the document defined by its members, after
  /// "the" and at most one lowercase modifier, and not followed by "to" or a noun it modifies ("the right to").
  func wingMentions(words: [Word]) -> [Mention] {
    var result: [Mention] = []
    for index in words.indices where index > 0 && Self.wingKeys.contains(words[index].lowerKey) {
      guard let members = groups["=" + words[index].lower], !words[index].isCapitalised,
        words[index - 1].lower == "the"
          || index > 1 && words[index - 2].lower == "the" && !words[index - 1].isPunctuation
            && !words[index - 1].isCapitalised,
        index + 1 == words.count || !Self.notAWing.contains(words[index + 1].lower),
        index + 1 == words.count || words[index + 1].text != "("
      else { continue }
      result.append(Mention(.group(members), words: index..<index + 1, confidence: 0.75))
    }
    return result
  }
}

extension Coreference {
  /// "it" after "against" standing for a group of people the sentence named before it: "he informed himself of what
  /// the triumvirate was doing and prepared against it a major campaign". A group named only as a possessor ("the
  /// troika's letter") is not what "it" means.
  ///
  /// - Complexity: O(words + mentions).
  func groupPronouns(words: [Word], resolved: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in words.indices.dropFirst() where words[index].lower == "it" && words[index - 1].lower == "against" {
      guard let nearest = resolved.last(where: { $0.words.upperBound <= index - 1 }),
        case .group(let members) = nearest.referent, members.count >= 2, !nearest.isPossessive,
        !Self.pluralPronouns.contains(words[nearest.words.lowerBound].lower)
      else { continue }
      result.append(Mention(.group(members), words: index..<index + 1, confidence: 0.8))
    }
    return result
  }

  /// Pronouns resolved to groups, which "it" does not stand for.
  static let pluralPronouns: Set<String> = ["they", "them", "their", "these", "those"]
}
