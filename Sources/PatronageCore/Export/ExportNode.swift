/// A person or an office as an exported node.
public struct ExportNode: Hashable, Sendable {
  /// `person:<id>` or `office:<id>`.
  public let id: String
  /// Whether it is a person or an office.
  public let kind: Kind
  /// The display name.
  public let name: String
  /// A person's other names.
  public let aliases: [String]
  /// An office's kind (post, body, party).
  public let officeKind: OfficeKind?
  /// The years the node appears in (touched by a relation in force), as runs of
  /// consecutive years; empty when no relation touching it is dated.
  public let spells: [ClosedRange<Int>]

  /// A node's kind.
  public enum Kind: String, Hashable, Sendable {
    case person, office
  }

  init(person: Person) {
    self.init(
      id: Self.id(of: person.id), kind: .person, name: person.name, aliases: person.aliases, officeKind: nil,
      spells: [])
  }

  init(office: Office) {
    self.init(
      id: Self.id(of: office.id), kind: .office, name: office.name, aliases: [], officeKind: office.kind, spells: [])
  }

  private init(
    id: String, kind: Kind, name: String, aliases: [String], officeKind: OfficeKind?, spells: [ClosedRange<Int>]
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.officeKind = officeKind
    self.spells = spells
  }

  func with(spells: [ClosedRange<Int>]) -> ExportNode {
    ExportNode(id: id, kind: kind, name: name, aliases: aliases, officeKind: officeKind, spells: spells)
  }

  /// The node id of a person.
  public static func id(of person: PersonID) -> String { "person:" + person.rawValue }

  /// The node id of an office.
  public static func id(of office: OfficeID) -> String { "office:" + office.rawValue }

  /// The node id of an agent: a person, or an institution's office.
  public static func id(of agent: Agent) -> String {
    switch agent {
    case .person(let id): Self.id(of: id)
    case .institution(let id): Self.id(of: id)
    }
  }

  /// The attributes every format writes for a node, in column order.
  public static let attributes: [ExportAttribute<ExportNode>] = [
    .init(name: "kind", type: .string) { .string($0.kind.rawValue) },
    .init(name: "name", type: .string) { .string($0.name) },
    .init(name: "aliases", type: .string) { $0.aliases.isEmpty ? nil : .string($0.aliases.joined(separator: "; ")) },
    .init(name: "office_kind", type: .string) { $0.officeKind.map { .string($0.rawValue) } },
    .init(name: "first_year", type: .int) { $0.spells.first.map { .int($0.lowerBound) } },
    .init(name: "last_year", type: .int) { $0.spells.last.map { .int($0.upperBound) } },
  ]
}
