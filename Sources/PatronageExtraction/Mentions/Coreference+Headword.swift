import PatronageCore

extension Coreference {
  /// Notes the person a reference-work entry is about, from its first sentence: an entry opens with the surname in
  /// capitals ("KUIBYSHEV, Valerian Vladimirovich (1888–1935)…") and later abbreviates it to its initial ("K.
  /// joined the Bolsheviks").
  mutating func noteHeadword(words: [Word], mentions: [Mention]) {
    guard let first = words.first, first.text.count >= 3, first.text.allSatisfy({ $0.isUppercase || $0 == "-" }),
      words.count > 1, words[1].text == ",",
      let mention = mentions.first(where: { $0.words.lowerBound == 0 }), case .person(let person) = mention.referent
    else { return }
    headword = (person, String(first.text.prefix(1)))
  }

  /// The entry's initial used as the name of its subject: "K." followed by anything but another initial or a name
  /// ("K. succeeded him", not "K. E. Voroshilov").
  ///
  /// - Complexity: O(words).
  func headwordMentions(words: [Word]) -> [Mention] {
    guard let (person, initial) = headword else { return [] }
    var result: [Mention] = []
    for index in words.indices.dropLast() where words[index].text == initial && words[index + 1].text == "." {
      if index > 0, words[index - 1].isInitial || words[index - 1].text == "." { continue }
      if index + 2 < words.count, words[index + 2].isCapitalised, !words[index + 2].isPunctuation { continue }
      result.append(Mention(.person(person), words: index..<index + 2, confidence: 0.85))
    }
    return result
  }
}
