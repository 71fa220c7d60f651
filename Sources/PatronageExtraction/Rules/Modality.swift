/// Decides whether a cue is asserted as an event, or only attempted, proposed, wished, supposed or denied.
///
/// Looks for a modality cue (or a contracted negation such as "didn't") between the start of the cue's clause
/// and the cue itself.
public enum Modality {
  /// How a sentence states the event of one cue.
  public enum Reading: Hashable, Sendable {
    /// Stated as having happened.
    case asserted
    /// Tried ("attempted to outflank Stalin"): the act of trying happened, its outcome is not stated.
    case attempted
    /// Proposed, wanted or demanded by someone ("Lenin proposed removing Stalin"); the modality cue is kept so
    /// the proposer can be found before it.
    case proposed(CueHit)
    /// Denied, supposed, conditional or reported as a claim: nothing is asserted.
    case hypothetical
  }

  /// First words of modality cues that try an act.
  static let attempts: Set<String> = ["tried", "try", "attempt", "attempted", "attempts", "seek", "sought"]
  /// First words of modality cues by which someone asks for an act.
  static let proposals: Set<String> = [
    "propose", "proposed", "proposes", "proposal", "suggest", "suggested", "suggests", "suggestion", "want", "wanted",
    "wants", "wish", "wished", "urge", "urged", "demand", "demanded", "call", "called", "press", "pressed",
    "advocate", "advocated", "recommend", "recommended",
  ]

  /// Whether "would" tells a later event of a dated narrative ("In January 1925 he would be forced to resign")
  /// rather than a condition: the sentence names a year and has no conditional word.
  static func isFutureInThePast(_ sentence: SentenceFacts) -> Bool {
    let hasYear = sentence.words.contains { word in
      word.text.count == 4 && word.text.allSatisfy(\.isNumber)
    }
    return hasYear && !sentence.words.contains { Self.conditionals.contains($0.lower) }
  }

  /// Whether a relative clause starts at `index` (", which", ", who"): a negation before it does not reach into it
  /// ("He had no following in the leadership, which clustered around A, B and C").
  static func startsRelativeClause(_ words: [Word], at index: Int) -> Bool {
    guard index > 0, words[index - 1].text == "," else { return false }
    return ["which", "who", "whom", "whose"].contains(words[index].lower)
  }

  /// Whether a negation only focuses a time or a list ("It was not until 1927 that…", "not only A but B", "Not
  /// long afterwards, Kamenev…", "not least"), or delays the event to a time ("was not removed from the
  /// Comintern until 1926": removed in 1926): the event is still asserted.
  static func isFocusNegation(_ cue: CueHit, in words: [Word]) -> Bool {
    guard words[cue.words.lowerBound].lower == "not", cue.words.upperBound < words.count else { return false }
    let next = words[cue.words.upperBound].lower
    if next == "long", cue.words.upperBound + 1 < words.count {
      let after = words[cue.words.upperBound + 1].lower
      return ["after", "afterwards", "afterward", "before", "thereafter"].contains(after)
    }
    if ["only", "least"].contains(next) { return true }
    let clause = words[cue.words.upperBound...].prefix(12).prefix { !$0.isPunctuation || $0.text == "-" }
    return clause.contains { $0.lower == "until" || $0.lower == "till" }
  }

  /// Whether ", and" or ", so" starts a new clause at `index`: "A refused to obey, and B called for his expulsion"
  /// — the first clause's modality does not reach the second.
  static func startsCoordinateClause(_ words: [Word], at index: Int) -> Bool {
    guard index > 0, words[index - 1].text == "," else { return false }
    return ["and", "so", "then"].contains(words[index].lower)
  }

  /// Words that open a fronted clause of time ("When A refused to obey, B called for his expulsion").
  static let timeSubordinators: Set<String> = ["when", "after", "once", "whenever", "as"]

  /// The word after the comma that closes a clause of time set off before the cue, opening the cue's clause or
  /// right after a comma ("In 1921, when A refused to obey, B expelled him"): that clause's own modality ("refused
  /// to") does not reach the main clause. Conditions ("if", "unless") are not clauses of time: they make the main
  /// clause hypothetical.
  static func endOfFrontedTimeClause(_ words: [Word], from start: Int, before position: Int) -> Int? {
    guard
      let opening = (start..<position).last(where: { index in
        timeSubordinators.contains(words[index].lower) && (index == start || words[index - 1].text == ",")
      }),
      let comma = words[opening..<position].firstIndex(where: { $0.text == "," })
    else { return nil }
    return comma + 1
  }

  /// Whether a modality noun is the thing a passive cue is done to ("Trotsky's plan was rejected by Stalin", "the
  /// proposal, vetoed by Stalin"): the rejection itself is asserted.
  static func isSubjectOfPassive(_ modal: CueHit, cue: CueHit, in sentence: SentenceFacts) -> Bool {
    let start = modal.words.lowerBound
    guard start > 0, sentence.isPassive(cue) else { return false }
    let before = sentence.words[start - 1].lower
    let owned =
      Self.determiners.contains(before) || sentence.lists.contains { $0.isPossessive && $0.words.upperBound == start }
    // Only auxiliaries or a comma between ("plan was rejected", "proposal, vetoed"): in "Stalin's proposal that
    // Zinoviev be expelled" the passive is the proposal's content, not done to it.
    let between = sentence.words[modal.words.upperBound..<cue.words.lowerBound]
    return owned && between.count <= 3
      && between.allSatisfy {
        $0.isPunctuation && ![".", ";", ":"].contains($0.text) || SentenceFacts.appositionAuxiliaries.contains($0.lower)
          || SentenceFacts.passiveAuxiliaries.contains($0.lower)
      }
  }

  /// Whether the cue at `cue` is not asserted.
  public static func isHypothetical(_ sentence: SentenceFacts, cue: CueHit) -> Bool {
    reading(sentence, cue: cue) != .asserted
  }

  /// How the sentence states the cue's event: the last modality cue of its clause before it decides.
  public static func reading(_ sentence: SentenceFacts, cue: CueHit) -> Reading {
    let position = cue.words.lowerBound
    var start = position
    while start > 0, !SentenceFacts.clauseBreaks.contains(sentence.words[start - 1].lower),
      !startsRelativeClause(sentence.words, at: start - 1), !startsCoordinateClause(sentence.words, at: start - 1)
    {
      start -= 1
    }
    start = endOfFrontedTimeClause(sentence.words, from: start, before: position) ?? start
    if sentence.words[start..<position].contains(where: { $0.lower.hasSuffix("n't") || $0.lower.hasSuffix("n’t") }) {
      return .hypothetical
    }
    if isCharge(cue, in: sentence.words) { return .hypothetical }
    let modal = sentence.cues.filter {
      $0.kind == .modality && $0.words.lowerBound >= start && $0.words.lowerBound < position
        && !isFocusNegation($0, in: sentence.words) && !isSubjectOfPassive($0, cue: cue, in: sentence)
        && !isInstigation($0, in: sentence) && !isSetOffNoun($0, before: cue, in: sentence)
    }
    guard let last = modal.last else { return .asserted }
    if modal.count > 1 { return .hypothetical }
    let first = sentence.words[last.words.lowerBound].lower
    if first == "would", isFutureInThePast(sentence) { return .asserted }
    if attempts.contains(first) { return .attempted }
    if proposals.contains(first) { return .proposed(last) }
    return .hypothetical
  }
}

extension Modality {
  /// Whether the cue is what someone is accused of ("accused Stalin of betraying Lenin", "charged him with
  /// plotting against…"): the accusers' claim, not the author's. (The accusation itself is read by its own cue.)
  static func isCharge(_ cue: CueHit, in words: [Word]) -> Bool {
    // The cue is the gerund itself, or follows it ("of plotting against").
    var position = cue.words.lowerBound
    if !words[position].lower.hasSuffix("ing"), position >= 1, words[position - 1].lower.hasSuffix("ing") {
      position -= 1
    }
    guard words[position].lower.hasSuffix("ing"), position >= 2,
      ["of", "with"].contains(words[position - 1].lower)
    else { return false }
    return words[max(0, position - 5)..<(position - 1)].contains { word in
      chargeVerbs.contains { word.lower.hasPrefix($0) }
    }
  }

  /// Stems of verbs and nouns that lay a charge.
  static let chargeVerbs = ["accus", "charg", "suspect", "indict", "convict"]

  /// Whether a modality noun only says on whose word the act was done: "at Stalin's urging", "on Lenin's
  /// suggestion". The act itself is asserted. ("At the request of X" stays a modality: it often introduces what
  /// was asked rather than what was done.)
  static func isInstigation(_ modal: CueHit, in sentence: SentenceFacts) -> Bool {
    let words = sentence.words
    let start = modal.words.lowerBound
    guard start >= 2, !words[start].lower.hasSuffix("ed") else { return false }
    return words[start - 1].isPossessive && ["at", "on", "upon"].contains(words[start - 2].lower)
  }

  /// Whether a modality noun stands in a phrase set off by a comma before the clause of the cue, which has its own
  /// subject: "In 1922, despite Lenin's recommendation, Stalin was made General Secretary".
  static func isSetOffNoun(_ modal: CueHit, before cue: CueHit, in sentence: SentenceFacts) -> Bool {
    let words = sentence.words
    let start = modal.words.lowerBound
    guard start > 0, words[start - 1].isPossessive || determiners.contains(words[start - 1].lower),
      let comma = words[modal.words.upperBound..<cue.words.lowerBound].firstIndex(where: { $0.text == "," })
    else { return false }
    // The subject: no agent ("vetoed by Stalin, to remove…"), and nothing but words between it and the cue.
    return sentence.lists.contains { list in
      !list.persons.isEmpty && !list.isPossessive && list.words.lowerBound > comma
        && list.words.upperBound <= cue.words.lowerBound && words[list.words.lowerBound - 1].lower != "by"
        && !words[list.words.upperBound..<cue.words.lowerBound].contains { $0.isPunctuation || $0.lower == "to" }
    }
  }

  /// Words that make "would" conditional.
  static let conditionals: Set<String> = ["if", "unless", "otherwise", "had", "were", "could", "might", "should"]
  /// Determiners that make a modality noun a thing ("the proposal").
  static let determiners: Set<String> = ["the", "this", "that", "his", "her", "their", "a", "its"]
}
