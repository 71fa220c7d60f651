import PatronageCore

/// A person the lexicon knows, with every surface form that may name them.
public struct LexiconPerson: Hashable, Sendable {
  /// A post held during some years, used to resolve titles ("the General Secretary" in 1925).
  public struct Role: Hashable, Sendable {
    public var office: OfficeID
    public var from: Int?
    public var to: Int?

    public init(office: OfficeID, from: Int? = nil, to: Int? = nil) {
      self.office = office
      self.from = from
      self.to = to
    }

    /// Whether the role was held in `year` (open ends count as held).
    public func covers(year: Int) -> Bool {
      (from.map { $0 <= year } ?? true) && (to.map { year <= $0 } ?? true)
    }
  }

  public enum Gender: String, Hashable, Sendable { case male, female }

  public var id: PersonID
  public var name: String
  public var gender: Gender?
  public var surnames: [String]
  public var variants: [String]
  public var aliases: [String]
  public var nicknames: [String]
  public var initials: [String]
  public var roles: [Role]
  /// The years of birth and death, when known: no relation of theirs is dated outside them.
  public var born: Int?
  public var died: Int?

  public init(
    id: PersonID, name: String, gender: Gender? = nil, surnames: [String] = [], variants: [String] = [],
    aliases: [String] = [], nicknames: [String] = [], initials: [String] = [], roles: [Role] = [],
    born: Int? = nil, died: Int? = nil
  ) {
    self.id = id
    self.name = name
    self.gender = gender
    self.surnames = surnames.isEmpty ? [name.split(separator: " ").last.map(String.init) ?? name] : surnames
    self.variants = variants
    self.aliases = aliases
    self.nicknames = nicknames
    self.initials = initials
    self.roles = roles
    self.born = born
    self.died = died
  }

  /// Whether the person was alive during some part of `span`; true when the lexicon does not say.
  public func wasAlive(during years: ClosedRange<Int>) -> Bool {
    (born.map { $0 <= years.upperBound } ?? true) && (died.map { years.lowerBound <= $0 } ?? true)
  }
}

/// A post, body or party the lexicon knows.
public struct LexiconOffice: Hashable, Sendable {
  public var office: Office
  /// Surface forms, matched case-insensitively.
  public var names: [String]
  /// Whether the body can act as patron or expeller (plenum, congress, Politburo…).
  public var isInstitution: Bool

  public init(office: Office, names: [String], isInstitution: Bool = false) {
    self.office = office
    self.names = names
    self.isInstitution = isInstitution
  }
}

/// A dated named event ("the Tenth Congress").
public struct LexiconEvent: Hashable, Sendable {
  public var id: String
  public var names: [String]
  public var span: TimeSpan
  public var body: OfficeID?

  public init(id: String, names: [String], span: TimeSpan, body: OfficeID? = nil) {
    self.id = id
    self.names = names
    self.span = span
    self.body = body
  }
}

/// A named set of people ("the United Opposition").
public struct LexiconGroup: Hashable, Sendable {
  public var id: String
  public var names: [String]
  public var members: [PersonID]
  /// The members who stand for a large group when the text names it as one side ("Stalin attacked the Right":
  /// Bukharin, Rykov and Tomsky); empty for small groups, which stand for all their members.
  public var leaders: [PersonID]
  public var from: Int?
  public var to: Int?

  public init(
    id: String, names: [String], members: [PersonID], leaders: [PersonID] = [], from: Int? = nil, to: Int? = nil
  ) {
    self.id = id
    self.names = names
    self.members = members
    self.leaders = leaders
    self.from = from
    self.to = to
  }

  /// The people a mention of the group stands for: its leaders when the lexicon names them, else its members.
  public var representatives: [PersonID] { leaders.isEmpty ? members : leaders }
}

/// The cue words of each relation and of modality, as lowercase words or phrases.
public struct LexiconCues: Hashable, Sendable {
  public var byRelation: [RelationKind: [String]]
  public var modality: [String]

  public init(byRelation: [RelationKind: [String]] = [:], modality: [String] = []) {
    self.byRelation = byRelation
    self.modality = modality
  }
}

/// Everything the extractor knows before reading a text: people, offices, events, groups and cue words.
///
/// The file format is `patronage-lexicon/1` (YAML); see `Lexicon+YAML.swift`.
public struct Lexicon: Hashable, Sendable {
  public static let format = "patronage-lexicon/1"

  public var persons: [LexiconPerson]
  public var offices: [LexiconOffice]
  public var events: [LexiconEvent]
  public var groups: [LexiconGroup]
  public var cues: LexiconCues

  public init(
    persons: [LexiconPerson] = [], offices: [LexiconOffice] = [], events: [LexiconEvent] = [],
    groups: [LexiconGroup] = [], cues: LexiconCues = LexiconCues()
  ) {
    self.persons = persons
    self.offices = offices
    self.events = events
    self.groups = groups
    self.cues = cues
  }

  /// This lexicon with `other` laid over it: entries with the same id are replaced, others added,
  /// cue lists are united.
  public func merged(with other: Lexicon) -> Lexicon {
    func overlay<T>(_ base: [T], _ top: [T], id: (T) -> String) -> [T] {
      let replaced = Set(top.map(id))
      return base.filter { !replaced.contains(id($0)) } + top
    }
    var cues = self.cues
    for (kind, words) in other.cues.byRelation {
      cues.byRelation[kind, default: []].append(
        contentsOf: words.filter { !(cues.byRelation[kind] ?? []).contains($0) })
    }
    cues.modality += other.cues.modality.filter { !cues.modality.contains($0) }
    return Lexicon(
      persons: overlay(persons, other.persons) { $0.id.rawValue },
      offices: overlay(offices, other.offices) { $0.office.id.rawValue },
      events: overlay(events, other.events) { $0.id },
      groups: overlay(groups, other.groups) { $0.id },
      cues: cues)
  }
}
