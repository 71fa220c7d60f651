import PatronageCore

/// Finds people the lexicon does not know by the shape of their names in person contexts, so the extractor
/// works on other subjects: a capitalised sequence after a title ("Comrade Ivanov", "General Wrangel"), a
/// capitalised sequence starting with a common given name ("Budu Mdivani", "Thomas Cromwell"), or a capitalised
/// word coordinated with a known person ("Lenin and Ivanov"). A surname found once is recognised alone later in
/// the same document. Ids are the folded ASCII surname, as the gold schema asks.
public struct UnknownPeople: Sendable {
  /// Surnames seen in this document, id → display name.
  public private(set) var names: [PersonID: String] = [:]
  private var identifiers: [String: PersonID] = [:]

  public init() {}

  /// The mentions with unknown people added where words are not yet covered.
  public mutating func add(to mentions: [Mention], words: [Word]) -> [Mention] {
    var covered = Array(repeating: false, count: words.count)
    for mention in mentions { for index in mention.words { covered[index] = true } }
    var result = mentions
    var index = 0
    while index < words.count {
      guard !covered[index], isNameWord(words[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, !covered[end], !words[end - 1].isPossessive, end - index < 4,
        isNameWord(words[end]) || words[end].text == "." && words[end - 1].isInitial
      {
        end += 1
      }
      while end > index + 1, !isNameWord(words[end - 1]) || words[end - 1].isInitial { end -= 1 }
      // A ruler's regnal number: "Henry VIII", "Nicholas II".
      if end < words.count, !covered[end], Self.isRegnalNumber(words[end].text),
        Self.givenNameKeys.contains(words[end - 1].lowerKey)
      {
        end += 1
      }
      var start = index
      if start == 0, end - start > 1, !Self.givenNameKeys.contains(words[start].lowerKey), !words[start].isInitial {
        start += 1
      }
      if let mention = person(words: words, range: start..<end, mentions: mentions) {
        result.append(mention)
      }
      index = end
    }
    return result.sorted { $0.words.lowerBound < $1.words.lowerBound }
  }

  private mutating func person(words: [Word], range: Range<Int>, mentions: [Mention]) -> Mention? {
    let surname = words[range.upperBound - 1]
    let regnal = range.count >= 2 && Self.isRegnalNumber(surname.text)
    guard regnal || surname.text.count >= 3, !surname.isInitial, !Self.stopWords.contains(surname.lower) else {
      return nil
    }
    // A ruler is known by name and number ("henryviii"), as the lexicon writes "nicholasii".
    let id = identifier(regnal ? words[range.upperBound - 2].text + surname.text : surname.text)
    let before = range.lowerBound > 0 ? words[range.lowerBound - 1] : nil
    let first = words[range.lowerBound].lower
    // A word's lowercase form has no dots (they are marks of their own), so no trimming is needed.
    let titled = before.map { Self.titleKeys.contains($0.lowerKey) } ?? false
    let givenName = range.count >= 2 && Self.givenNames.contains(first)
    let initials = range.count >= 2 && words[range.lowerBound].isInitial
    let coordinated = mentions.contains { mention in
      guard case .person = mention.referent else { return false }
      let gap =
        mention.words.upperBound <= range.lowerBound
        ? words[mention.words.upperBound..<range.lowerBound]
        : words[range.upperBound..<max(range.upperBound, mention.words.lowerBound)]
      return gap.count <= 2 && gap.contains { $0.lower == "and" } && gap.allSatisfy { ["and", ","].contains($0.lower) }
    }
    let known = names[id] != nil && range.count == 1
    guard titled || givenName || initials || (coordinated && range.lowerBound > 0) || known else { return nil }
    if names[id] == nil || range.count > 1 {
      names[id] = words[range].filter { !$0.isPunctuation }.map(\.text).joined(separator: " ")
    }
    return Mention(.person(id), words: range, isPossessive: surname.isPossessive, confidence: 0.7)
  }

  /// Whether a word is a Roman regnal number ("II", "VIII", "XIV").
  static func isRegnalNumber(_ text: String) -> Bool {
    (1...5).contains(text.count) && text.allSatisfy { "IVX".contains($0) }
  }

  /// The id of a surname, cached for the document.
  private mutating func identifier(_ surname: String) -> PersonID {
    if let known = identifiers[surname] { return known }
    let id = PersonID(rawValue: Self.identifier(surname))
    identifiers[surname] = id
    return id
  }

  private func isNameWord(_ word: Word) -> Bool {
    word.isNameShaped && !Self.stopWordKeys.contains(word.lowerKey) && !Self.titleKeys.contains(word.lowerKey)
  }

  static let titleKeys = KeySet(titles.map(Word.key))
  static let givenNameKeys = KeySet(givenNames.map(Word.key))
  static let stopWordKeys = KeySet(stopWords.map(Word.key))

  /// A lowercase ASCII id from a surname ("Mdivani" → "mdivani", "Łukasz" → "lukasz").
  static func identifier(_ surname: String) -> String {
    let folded = surname.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
      .filter { ("a"..."z").contains($0) }
    var text = ""
    text.unicodeScalars.append(contentsOf: folded)
    return text.isEmpty ? "unknown" : text
  }

  static let titles: Set<String> = [
    "comrade", "comrades", "general", "dr", "mr", "mrs", "ms", "miss", "professor", "prof", "commissar", "marshal",
    "president", "king", "queen", "emperor", "tsar", "czar", "senator", "bishop", "archbishop", "admiral", "captain",
    "colonel", "lord", "lady", "sir", "father", "pope", "prince", "princess", "duke", "count", "countess", "minister",
  ]

  static let givenNames: Set<String> = [
    "lev", "leon", "nikolai", "nikolay", "alexander", "aleksandr", "alexandr", "grigory", "grigori", "mikhail", "ivan",
    "sergei", "sergey", "vladimir", "iosif", "joseph", "budu", "philip", "pilipe", "anastas", "vyacheslav",
    "viacheslav",
    "felix", "feliks", "yakov", "iakov", "karl", "alexei", "aleksei", "andrei", "valerian", "kliment", "lazar", "avel",
    "nadezhda", "maria", "alexandra", "inessa", "yevgeni", "evgenii", "yevgeny", "georgy", "georgii", "dmitri",
    "dmitry", "pavel", "peter", "pyotr", "boris", "fyodor", "yuri", "lavrenty", "lavrentiy", "genrikh", "christian",
    "martemyan", "mikhail", "john", "thomas", "william", "henry", "mary", "elizabeth", "anne", "charles", "george",
    "james", "robert", "edward", "richard", "margaret", "catherine", "jane", "francis", "walter", "hugh", "matthew",
    "anna", "sophia", "olga", "tatiana", "ekaterina", "yelena", "elena", "natalia", "vera", "lydia", "amaiak",
  ]

  static let stopWords: Set<String> = [
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "or", "for", "to", "by", "with", "from", "as", "after",
    "before", "when", "while", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "his",
    "her", "their", "our", "my", "there", "here", "then", "thus", "yet", "so", "if", "not", "no", "all", "both",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "party", "congress",
    "committee", "central", "soviet", "soviets", "union", "russia", "russian", "red", "white", "army", "revolution",
    "bolshevik", "bolsheviks", "communist", "communists", "politburo", "orgburo", "secretariat", "plenum", "state",
    "opposition", "government", "council", "commission", "people", "workers", "left", "right", "new", "old", "great",
    "war", "civil", "october", "february", "moscow", "petrograd", "leningrad", "georgia", "kremlin", "ukraine",
    // Names of posts end a name ("Thomas Cromwell Principal Secretary", "the Lord Chancellor").
    "chancellor", "secretary", "treasurer", "ambassador", "governor", "chairman", "principal", "deputy", "chief",
    "editor", "director", "premier", "vice",
  ]
}

extension UnknownPeople {
  /// The people of a document that the lexicon does not know: (id, display name, mentions), sorted by id.
  public static func census(of document: SourceDocument, lexicon: Lexicon) -> [(String, String, Int)] {
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: lexicon))
    var unknown = UnknownPeople()
    var counts: [String: Int] = [:]
    for sentence in SentenceSplitter.sentences(in: document) {
      let words = WordScanner.words(in: sentence.text)
      let known = finder.mentions(in: words, recent: [:])
      let all = unknown.add(to: known, words: words)
      for mention in all where !known.contains(mention) {
        for person in mention.persons { counts[person.rawValue, default: 0] += 1 }
      }
    }
    return counts.keys.sorted().map { ($0, unknown.names[PersonID(rawValue: $0)] ?? $0, counts[$0] ?? 0) }
  }
}
