import PatronageCore

/// What a cue word signals.
public enum CueKind: Hashable, Sendable {
  case relation(RelationKind)
  case modality
}

/// A cue found in a sentence: its kind and the words it covers.
public struct CueHit: Hashable, Sendable {
  public var kind: CueKind
  public var words: Range<Int>
}

/// Matches the lexicon's cue stems and phrases against words, by hashing each stem's first word.
///
/// A stem matches a word equal to it or the stem plus an inflection (s, es, ed, d, ing, ment, er, ers, ion,
/// ry, …), also with a doubled final consonant (plan → planned). Later words of a phrase match the same way.
/// - Complexity: O(words × phrases sharing a first word × phrase length).
public struct CueMatcher: Sendable {
  private struct Phrase: Sendable {
    let stems: [String]
    let kind: CueKind
  }

  private let byFirst: [String: [Phrase]]
  private let maximumStemLength: Int
  /// Candidate phrases by the key of a word's lowercase form.
  private var cache = KeyMap<[Phrase]>()

  public init(cues: LexiconCues) {
    var longest = 0
    var byFirst: [String: [Phrase]] = [:]
    func add(_ text: String, _ kind: CueKind) {
      let stems = text.lowercased().split(separator: " ").map(String.init)
      guard let first = stems.first else { return }
      let base = Self.base(first)
      longest = max(longest, base.count)
      byFirst[base, default: []].append(Phrase(stems: stems, kind: kind))
    }
    for kind in RelationKind.allCases { for cue in cues.byRelation[kind] ?? [] { add(cue, .relation(kind)) } }
    for cue in cues.modality { add(cue, .modality) }
    for key in byFirst.keys { byFirst[key]?.sort { $0.stems.count > $1.stems.count } }
    self.byFirst = byFirst
    maximumStemLength = longest
  }

  /// Every cue hit in the words, longest phrase first at each position. Candidate phrases are cached per word.
  public mutating func hits(in words: [Word]) -> [CueHit] {
    var result: [CueHit] = []
    for index in words.indices where !words[index].isPunctuation {
      let candidates: [Phrase]
      if let known = cache[words[index].lowerKey] {
        candidates = known
      } else {
        candidates = phrases(for: words[index].lower)
        if cache.count < 200_000 { cache[words[index].lowerKey] = candidates }
      }
      for phrase in candidates {
        var position = index + 1
        var matched = true
        for stem in phrase.stems.dropFirst() {
          guard position < words.count, Self.matches(words[position].lower, stem: stem) else {
            matched = false
            break
          }
          position += 1
        }
        if matched {
          result.append(CueHit(kind: phrase.kind, words: index..<position))
          break
        }
      }
    }
    return result
  }

  private func phrases(for word: String) -> [Phrase] {
    var result: [Phrase] = []
    var prefixLength = min(word.count, maximumStemLength)
    while prefixLength >= 2 {
      let stem = String(word.prefix(prefixLength))
      if let found = byFirst[stem] { result += found.filter { Self.matches(word, stem: $0.stems[0]) } }
      prefixLength -= 1
    }
    return result
  }

  private static let inflections: Set<String> = [
    "", "s", "es", "ed", "d", "ing", "ment", "ments", "er", "ers", "ion", "ions", "ry", "ries", "al", "ly", "ive",
    "ies", "ied", "ance", "ances", "ation", "ations", "ee", "ees", "ship", "ingly",
  ]

  /// The stem without a final silent e ("oppose" → "oppos"), so "opposing" shares its key.
  static func base(_ stem: String) -> String { stem.count > 3 && stem.hasSuffix("e") ? String(stem.dropLast()) : stem }

  static func matches(_ word: String, stem: String) -> Bool {
    if word == stem { return true }
    let base = base(stem)
    guard word.hasPrefix(base) else { return false }
    var rest = Substring(word.dropFirst(base.count))
    if base != stem, rest.first == "e" { rest = rest.dropFirst() }
    if inflections.contains(String(rest)) { return true }
    if let last = base.last, rest.first == last, !"aeiouy".contains(last) {
      return ["ed", "ing", "er", "ers"].contains(String(rest.dropFirst()))
    }
    return false
  }
}
