import PatronageCore

/// What a document has said so far, for resolving pronouns, titles and group phrases in later sentences.
///
/// Pronouns go to the sentence's subject when one precedes them, otherwise to the previous sentence's subject,
/// filtered by gender (Hobbs 1978's recency-and-role preference, much simplified). Titles of posts ("the General
/// Secretary") go to the lexicon person holding the post in the sentence's year. Group phrases ("the
/// triumvirate", "the three men", "all three") go to the set of people the document last tied to them.
public struct Coreference: Sendable {
  public let gazetteer: Gazetteer
  /// Person → order of last mention (higher = more recent).
  public private(set) var recent: [PersonID: Int] = [:]
  private var clock = 0
  private var previousSubject: [PersonID] = []
  private var groups: [String: [PersonID]] = [:]

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// Group nouns and the number of people they stand for.
  static let groupWords: [String: Int] = [
    "triumvirate": 3, "troika": 3, "triumvirs": 3, "three": 3, "duumvirate": 2, "two": 2, "both": 2, "four": 4,
  ]

  /// The lowercase keys of ``groupWords``, to pass over other words without a string lookup.
  static let groupKeys = KeySet(groupWords.keys.map(Word.key))

  /// Resolves the sentence's pronouns, titles and group phrases, and remembers its people.
  public mutating func resolve(_ mentions: [Mention], words: [Word], year: Int?) -> [Mention] {
    var result: [Mention] = []
    let lists = SentenceFacts(words: words, mentions: mentions, cues: []).lists.map(\.persons)
    let bigList = lists.first { $0.count >= 2 }
    for mention in mentions {
      var mention = mention
      switch mention.referent {
      case .pronoun(let female, let plural):
        guard !plural else { continue }
        let before = result.flatMap(\.persons)
        let lower = words[mention.words.lowerBound].lower
        let isObject =
          lower == "him" || lower == "them" || lower == "her" && Self.isObjectHer(at: mention.words.lowerBound, words)
        let candidates = before.isEmpty || isObject ? previousSubject : [before[0]] + previousSubject
        let people = pick(female: female, candidates: candidates.filter { !isObject || !before.contains($0) })
        guard !people.isEmpty else { continue }
        mention.referent = people.count == 1 ? .person(people[0]) : .group(people)
        mention.isPossessive = ["his", "her", "their"].contains(words[mention.words.lowerBound].lower)
        mention.confidence = 0.75
      case .office(let id, false) where isTitle(mention, words: words, next: mentions):
        guard let year, let holder = holder(of: id, in: year) else { break }
        mention.referent = .person(holder)
        mention.confidence = 0.8
      default:
        break
      }
      result.append(mention)
    }
    let covered = Set(result.flatMap { Array($0.words) })
    result += groupMentions(words: words, bind: bigList).filter { !covered.contains($0.words.lowerBound) }
    result.sort { $0.words.lowerBound < $1.words.lowerBound }
    remember(result)
    return result
  }

  /// "her" as an object ("attacked her.") rather than a possessive ("her husband").
  static func isObjectHer(at index: Int, _ words: [Word]) -> Bool {
    guard index + 1 < words.count else { return true }
    let next = words[index + 1]
    return next.isPunctuation
      || ["and", "to", "for", "with", "in", "as", "at", "from", "by", "of"].contains(next.lower)
  }

  private func pick(female: Bool?, candidates: [PersonID]) -> [PersonID] {
    for candidate in candidates {
      let gender = gazetteer.persons[candidate]?.gender
      if gender == nil || (gender == .female) == (female ?? false) { return [candidate] }
    }
    return []
  }

  /// "the General Secretary" used as a person: "the" before, no person right after, not the goal of a verb.
  private func isTitle(_ mention: Mention, words: [Word], next mentions: [Mention]) -> Bool {
    let start = mention.words.lowerBound
    guard start > 0, words[start - 1].lower == "the" else { return false }
    if start > 1, ["as", "to", "of", "became", "post", "appointed", "made", "named"].contains(words[start - 2].lower) {
      return false
    }
    if mention.words.upperBound < words.count, ["of", "and", ","].contains(words[mention.words.upperBound].lower) {
      return words[mention.words.upperBound].lower != "of"
    }
    return !mentions.contains { $0.words.lowerBound == mention.words.upperBound }
  }

  private func holder(of office: OfficeID, in year: Int) -> PersonID? {
    let holders = gazetteer.lexicon.persons.filter { person in
      person.roles.contains { $0.office == office && $0.covers(year: year) }
    }
    return holders.count == 1 ? holders[0].id : nil
  }

  /// Group phrases ("the triumvirate", "all three"): binds them to a list of the right size in the same sentence,
  /// or resolves them to the set bound earlier.
  private mutating func groupMentions(words: [Word], bind list: [PersonID]?) -> [Mention] {
    var result: [Mention] = []
    for index in words.indices where Self.groupKeys.contains(words[index].lowerKey) {
      let word = words[index]
      guard let size = Self.groupWords[word.lower] else { continue }
      let previous = index > 0 ? words[index - 1].lower : ""
      let isNumber = ["three", "two", "four", "both"].contains(word.lower)
      if isNumber {
        let next = index + 1 < words.count ? words[index + 1].lower : ""
        guard ["the", "all", "these"].contains(previous) || word.lower == "both" && ["men", "leaders"].contains(next),
          !(next.first?.isNumber ?? false)
        else { continue }
      }
      let key = isNumber ? "#\(size)" : word.lower
      if let list, list.count == size {
        groups[key] = list
        groups["#\(size)"] = list
      }
      if let members = groups[key] {
        result.append(Mention(.group(members), words: index..<index + 1, confidence: 0.8))
      }
    }
    return result
  }

  private mutating func remember(_ mentions: [Mention]) {
    var subject: [PersonID] = []
    for mention in mentions {
      for person in mention.persons {
        clock += 1
        recent[person] = clock
      }
      if subject.isEmpty { subject = mention.persons }
    }
    if !subject.isEmpty { previousSubject = subject }
  }
}
