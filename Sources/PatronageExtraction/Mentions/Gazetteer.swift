import PatronageCore

/// The lexicon's names indexed by their folded first word, for token-level matching without regular expressions.
///
/// - Complexity: building is O(total name length); a lookup is one hash probe plus the candidates' lengths.
public struct Gazetteer: Sendable {
  /// What a name in the index stands for.
  public enum Target: Hashable, Sendable {
    /// A person; `standalone` when the form alone names them (a surname, nickname or full name).
    case person(PersonID, standalone: Bool)
    case office(OfficeID)
    case group(String)
  }

  struct Entry: Hashable, Sendable {
    /// The `WordKey`s of the name's folded words (see ``NameKey``).
    let keys: [WordKey]
    let target: Target
    /// Bit i set when the name's word i is written possessive ("Workers' Opposition"), so the matcher lets such a
    /// word continue the name instead of ending it.
    var possessiveWords: UInt64 = 0
  }

  /// An entry flattened for matching, a plain value: its keys are `keyPool[keys]`, its target `targets[target]`.
  struct Candidate: Sendable {
    let keys: Range<Int>
    let target: Int
    let isPerson: Bool
    /// ``Entry/possessiveWords``.
    let possessiveWords: UInt64
  }

  private(set) var byFirstKey: [WordKey: [Entry]] = [:]
  /// `byFirstKey` for lookups, flattened into candidates (copying one costs no reference counting).
  private var firstKeys = KeyMap<[Candidate]>()
  /// The keys of every candidate.
  private(set) var keyPool: [WordKey] = []
  /// The targets of the candidates.
  private(set) var targets: [Target] = []
  /// Single-word person keys, for typo-tolerant matching.
  private(set) var personKeys: [String: [PersonID]] = [:]
  /// `personKeys` as UTF-8 bytes with their lengths in characters, for `fuzzyPerson`.
  private var fuzzyKeys: [(bytes: [UInt8], count: Int, ids: [PersonID])] = []
  public let lexicon: Lexicon
  let institutions: Set<OfficeID>
  let persons: [PersonID: LexiconPerson]

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    institutions = Set(lexicon.offices.filter(\.isInstitution).map(\.office.id))
    persons = Dictionary(lexicon.persons.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    for person in lexicon.persons {
      for name in person.surnames + person.variants + person.nicknames {
        add(name, .person(person.id, standalone: true))
      }
      for alias in person.aliases + [person.name] {
        add(alias, .person(person.id, standalone: true))
        if let last = alias.split(separator: " ").last, alias.contains(" ") {
          add(String(last), .person(person.id, standalone: false))
        }
      }
      for initials in person.initials {
        for surname in person.surnames { add(initials + " " + surname, .person(person.id, standalone: true)) }
      }
    }
    for office in lexicon.offices {
      for name in office.names { add(name, .office(office.office.id)) }
    }
    for group in lexicon.groups {
      for name in group.names { add(name, .group(group.id)) }
    }
    for key in byFirstKey.keys {
      byFirstKey[key]?.sort {
        $0.keys.count > $1.keys.count || $0.keys.count == $1.keys.count && "\($0.target)" < "\($1.target)"
      }
    }
    for (first, entries) in byFirstKey {
      firstKeys[first] = entries.map { entry in
        keyPool += entry.keys
        targets.append(entry.target)
        let isPerson = if case .person = entry.target { true } else { false }
        return Candidate(
          keys: keyPool.count - entry.keys.count..<keyPool.count, target: targets.count - 1, isPerson: isPerson,
          possessiveWords: entry.possessiveWords)
      }
    }
    fuzzyKeys = personKeys.map { (Array($0.key.utf8), $0.key.count, $0.value) }
  }

  /// The folded keys of a name's words ("A. I. Rykov" → ["a", "i", "rykov"]).
  static func keys(_ name: String) -> [String] {
    WordScanner.words(in: name).filter { !$0.isPunctuation }.map { NameFolding.fold($0.text) }
  }

  private mutating func add(_ name: String, _ target: Target) {
    let words = WordScanner.words(in: name).filter { !$0.isPunctuation }
    let keys = words.map { NameFolding.fold($0.text) }
    guard let first = keys.first else { return }
    var possessive: UInt64 = 0
    for (index, word) in words.prefix(64).enumerated() where word.isPossessive { possessive |= 1 << UInt64(index) }
    let entry = Entry(keys: keys.map(NameKey.key), target: target, possessiveWords: possessive)
    if !(byFirstKey[entry.keys[0]]?.contains(entry) ?? false) { byFirstKey[entry.keys[0], default: []].append(entry) }
    if keys.count == 1, case .person(let id, true) = target, !(personKeys[first]?.contains(id) ?? false) {
      personKeys[first, default: []].append(id)
    }
  }

  /// The names whose first folded word has `key`, longest first.
  func candidates(startingWith key: WordKey) -> [Candidate] { firstKeys[key] ?? [] }

  /// The unique person whose single-word key is within the typo limit of `key`
  /// (1 edit for ≥ 5 letters, 2 for ≥ 9), or nil.
  func fuzzyPerson(_ key: String) -> PersonID? {
    let limit = key.count >= 9 ? 2 : key.count >= 5 ? 1 : 0
    guard limit > 0 else { return nil }
    var found: Set<PersonID> = []
    let bytes = Array(key.utf8)
    for candidate in fuzzyKeys where abs(candidate.count - key.count) <= limit {
      if EditDistance.distance(candidate.bytes, bytes, limit: limit) <= limit { found.formUnion(candidate.ids) }
    }
    return found.count == 1 ? found.first : nil
  }

  func isInstitution(_ office: OfficeID) -> Bool { institutions.contains(office) }
  func group(_ id: String) -> LexiconGroup? { lexicon.groups.first { $0.id == id } }
}
