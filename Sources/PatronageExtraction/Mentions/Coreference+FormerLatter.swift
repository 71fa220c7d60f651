import PatronageCore

extension Coreference {
  /// "The former" and "the latter" used as people: "Zinoviev and Stalin met at Kislovodsk. The latter attacked
  /// Trotsky" (Stalin). The latter is the person named last before the phrase, the former the one named before
  /// them. Only where the phrase stands alone — before punctuation, a verb or an adverb — not as an adjective ("the
  /// former triumvirs", "the former General Secretary").
  ///
  /// - Complexity: O(words + people remembered · log people remembered).
  func formerLatterMentions(words: [Word], resolved: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in words.indices.dropLast() where words[index].lower == "the" {
      let phrase = words[index + 1]
      // The scanner keeps the possessive ending of a lowercase word: "the latter's".
      let possessive = phrase.isPossessive || phrase.lower.hasSuffix("'s") || phrase.lower.hasSuffix("’s")
      let noun = possessive && !phrase.isPossessive ? String(phrase.lower.dropLast(2)) : phrase.lower
      guard noun == "former" || noun == "latter", possessive || Self.standsAlone(after: index + 1, in: words)
      else { continue }
      var order: [PersonID] = []
      for mention in resolved.reversed() where mention.words.upperBound <= index {
        for person in mention.persons.reversed() where !order.contains(person) { order.append(person) }
      }
      let earlier = recent.filter { !order.contains($0.key) }
        .sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map(\.key)
      order += earlier
      let position = noun == "latter" ? 0 : 1
      guard order.count > position else { continue }
      result.append(
        Mention(.person(order[position]), words: index..<index + 2, isPossessive: phrase.isPossessive, confidence: 0.75)
      )
    }
    return result
  }

  /// Whether "the former" / "the latter" ending at `index` is a noun phrase of its own: a possessive ("the
  /// latter's"), or followed by punctuation or a lowercase word that is no noun it could modify (a verb, an
  /// auxiliary or an adverb), judged by its ending or a short list.
  static func standsAlone(after index: Int, in words: [Word]) -> Bool {
    if words[index].isPossessive { return true }
    guard index + 1 < words.count else { return true }
    let next = words[index + 1]
    if next.isPunctuation { return true }
    guard !next.isCapitalised else { return false }
    let lower = next.lower
    return lower.hasSuffix("ed") || lower.hasSuffix("ly") || Self.verbsAfterFormer.contains(lower)
  }

  /// Auxiliaries, common verbs and adverbs that may follow "the former" / "the latter" as a subject.
  static let verbsAfterFormer: Set<String> = [
    "was", "were", "had", "has", "is", "are", "would", "could", "should", "might", "did", "does", "do", "also",
    "then", "now", "soon", "still", "never", "always", "became", "remained", "saw", "took", "made", "won",
    "lost", "kept", "held", "gave", "got", "went", "came", "wrote", "said", "sent", "stood", "thought", "knew",
    "in", "at", "as", "who", "whom", "and", "but",
  ]
}
