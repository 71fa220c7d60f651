import PatronageCore

extension Coreference {
  /// Verbs that introduce someone's words ("Lenin wrote:", "as he would later explain:", "Stalin told Kamenev,").
  static let speechVerbs: Set<String> = [
    "said", "says", "say", "wrote", "writes", "write", "declared", "declares", "explained", "explains", "explain",
    "told", "stated", "remarked", "replied", "added", "noted", "complained", "insisted", "warned", "recalled",
    "argued", "announced", "confessed", "admitted", "observed", "protested", "asserted", "exclaimed", "answered",
    "retorted", "concluded", "conceded", "proclaimed", "dictated", "cabled", "telegraphed", "put", "urged",
    "replies", "responded", "thundered", "shouted", "boasted", "confided", "predicted", "objected",
  ]

  /// First-person words, which in someone's quoted words stand for the speaker; the value is whether the word is
  /// a possessive.
  static let firstPersonWords: [String: Bool] = [
    "i": false, "me": false, "my": true, "myself": false, "we": false, "us": false, "our": true, "ourselves": false,
  ]

  /// Starts a paragraph: a paragraph right after one that ended by introducing someone's words ("As he would
  /// later explain:") is those words, a block quotation, so its first person is the speaker.
  mutating func beginParagraph() {
    paragraphSpeaker = pendingSpeaker
    pendingSpeaker = nil
    quoteSpeaker = nil
  }

  /// The first-person words of the sentence that stand for a known speaker: in a block quotation, in a
  /// quotation the sentence opens after a speech verb (`Lenin wrote to Trotsky: "I cannot rely on Stalin"`), or in
  /// one an earlier sentence opened and has not closed. Records whether the sentence introduces a block
  /// quotation or leaves a quotation open.
  ///
  /// - Complexity: O(words).
  mutating func speakerMentions(words: [Word], resolved: [Mention]) -> [Mention] {
    var result: [Mention] = []
    var speaker = paragraphSpeaker ?? quoteSpeaker
    var inQuote = quoteSpeaker != nil
    for (index, word) in words.enumerated() {
      if word.text == "\"" {
        if inQuote {
          inQuote = false
          speaker = paragraphSpeaker
        } else {
          inQuote = true
          speaker = Self.introducer(at: index, words: words, resolved: resolved) ?? paragraphSpeaker
        }
        continue
      }
      guard let speaker, inQuote || paragraphSpeaker != nil,
        let isPossessive = Self.firstPersonWords[word.lower], Self.isFirstPerson(at: index, words)
      else { continue }
      result.append(Mention(.person(speaker), words: index..<index + 1, isPossessive: isPossessive, confidence: 0.75))
    }
    quoteSpeaker = inQuote ? speaker : nil
    pendingSpeaker =
      words.last?.text == ":" ? Self.introducer(at: words.count - 1, words: words, resolved: resolved) : nil
    return result
  }

  /// The one person who speaks the words introduced at `index` (an opening quote mark right after a colon or a
  /// comma, or a colon): the person named last before a speech verb among the eight words before it, in the
  /// same clause ("Lenin wrote to Trotsky:", "As he would later explain:").
  static func introducer(at index: Int, words: [Word], resolved: [Mention]) -> PersonID? {
    var end = index
    if words[index].text == "\"" {
      guard index > 0, words[index - 1].text == ":" || words[index - 1].text == "," else { return nil }
      end = index - 1
    }
    let window = max(0, end - 8)..<end
    guard let verb = window.reversed().first(where: { speechVerbs.contains(words[$0].lower) }),
      !words[verb..<end].contains(where: { $0.text == ";" || $0.text == "\"" })
    else { return nil }
    let clauseStart = words[..<verb].lastIndex { $0.text == ";" || $0.text == ":" }.map { $0 + 1 } ?? 0
    let speaker = resolved.last { mention in
      mention.words.upperBound <= verb && mention.words.lowerBound >= clauseStart && !mention.isPossessive
        && !mention.persons.isEmpty
    }
    guard let people = speaker?.persons, people.count == 1 else { return nil }
    return people[0]
  }

  /// Whether the word at `index` is a first-person pronoun, not the initial of a name ("A. I. Rykov") or a
  /// roman numeral ("Volume I.").
  static func isFirstPerson(at index: Int, _ words: [Word]) -> Bool {
    guard words[index].text == "I" else { return true }
    let next = index + 1 < words.count ? words[index + 1].text : ""
    let previous = index > 0 ? words[index - 1] : nil
    return next != "." && !(previous?.isInitial ?? false)
  }
}
