import Foundation
import PatronageCore
import Yams

extension Lexicon {
  /// Reads a `patronage-lexicon/1` YAML file.
  ///
  /// - Throws: `LexiconError` naming the file and, for content problems, the line.
  public init(contentsOfFile path: String) throws(LexiconError) {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(file: path, reason: "the file is not valid UTF-8 text")
    }
    try self.init(yaml: text, file: path)
  }

  /// Parses lexicon YAML; `file` names the source in errors.
  public init(yaml: String, file: String) throws(LexiconError) {
    let root: Node?
    do { root = try Yams.compose(yaml: yaml) } catch let error as YamlError {
      throw Self.syntaxError(error, file: file)
    } catch {
      throw .syntax(file: file, line: nil, message: "\(error)")
    }
    guard let root else {
      throw .invalid(file: file, line: 1, message: "the lexicon is empty (expected format: \(Self.format))")
    }
    let top = LexiconNode(node: root, file: file)
    let fields = try top.mapping(
      allowed: ["format", "persons", "offices", "events", "groups", "cues"], what: "the lexicon")
    let format = try fields.required("format", in: top, what: "the lexicon")
    guard try format.text(what: "format") == Self.format else {
      throw format.fail("unsupported format (expected \"\(Self.format)\")")
    }
    let personNodes = try fields["persons"]?.sequence(what: "persons") ?? []
    persons = try personNodes.map { (node) throws(LexiconError) in try Self.person(node) }
    let officeNodes = try fields["offices"]?.sequence(what: "offices") ?? []
    offices = try officeNodes.map { (node) throws(LexiconError) in try Self.office(node) }
    let eventNodes = try fields["events"]?.sequence(what: "events") ?? []
    events = try eventNodes.map { (node) throws(LexiconError) in try Self.event(node) }
    let groupNodes = try fields["groups"]?.sequence(what: "groups") ?? []
    groups = try groupNodes.map { (node) throws(LexiconError) in try Self.group(node) }
    cues = try fields["cues"].map { (node) throws(LexiconError) in try Self.cues(node) } ?? LexiconCues()
    try Self.checkUnique(persons.map(\.id.rawValue), at: personNodes, what: "person")
    try Self.checkUnique(offices.map(\.office.id.rawValue), at: officeNodes, what: "office")
    try Self.checkUnique(events.map(\.id), at: eventNodes, what: "event")
    try Self.checkUnique(groups.map(\.id), at: groupNodes, what: "group")
  }

  /// Throws at the second entry of `ids` (read from `nodes`) that repeats an earlier one, naming both lines.
  private static func checkUnique(_ ids: [String], at nodes: [LexiconNode], what: String) throws(LexiconError) {
    var first: [String: LexiconNode] = [:]
    for (id, node) in zip(ids, nodes) {
      guard let earlier = first[id] else {
        first[id] = node
        continue
      }
      throw node.fail("duplicate \(what) id \"\(id)\"" + (earlier.line.map { " (first defined on line \($0))" } ?? ""))
    }
  }

  private static func syntaxError(_ error: YamlError, file: String) -> LexiconError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      .syntax(file: file, line: mark.line, message: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      .syntax(file: file, line: context.mark.line, message: "duplicate keys \(duplicates.joined(separator: ", "))")
    default:
      .syntax(file: file, line: nil, message: "\(error)")
    }
  }

  private static func person(_ node: LexiconNode) throws(LexiconError) -> LexiconPerson {
    let fields = try node.mapping(
      allowed: [
        "id", "name", "gender", "surnames", "variants", "aliases", "nicknames", "initials", "roles", "born", "died",
        "note",
      ],
      what: "a person")
    let id = try fields.required("id", in: node, what: "a person").identifier(what: "a person id")
    var gender: LexiconPerson.Gender?
    if let field = fields["gender"] {
      guard let value = LexiconPerson.Gender(rawValue: try field.text(what: "gender")) else {
        throw field.fail("gender of \(id) must be male or female")
      }
      gender = value
    }
    var roles: [LexiconPerson.Role] = []
    for roleNode in try fields["roles"]?.sequence(what: "roles of \(id)") ?? [] {
      let role = try roleNode.mapping(allowed: ["office", "from", "to"], what: "a role of \(id)")
      roles.append(
        LexiconPerson.Role(
          office: OfficeID(
            rawValue: try role.required("office", in: roleNode, what: "a role").identifier(what: "office")),
          from: try role["from"]?.year(what: "from"), to: try role["to"]?.year(what: "to")))
    }
    let born = try fields["born"]?.year(what: "born")
    let died = try fields["died"]?.year(what: "died")
    if let born, let died, died < born, let field = fields["died"] {
      throw field.fail("\(id) died (\(died)) before being born (\(born))")
    }
    return LexiconPerson(
      id: PersonID(rawValue: id), name: try fields.required("name", in: node, what: "person \(id)").text(what: "name"),
      gender: gender, surnames: try fields["surnames"]?.texts(what: "surnames") ?? [],
      variants: try fields["variants"]?.texts(what: "variants") ?? [],
      aliases: try fields["aliases"]?.texts(what: "aliases") ?? [],
      nicknames: try fields["nicknames"]?.texts(what: "nicknames") ?? [],
      initials: try fields["initials"]?.texts(what: "initials") ?? [], roles: roles, born: born, died: died)
  }

  private static func office(_ node: LexiconNode) throws(LexiconError) -> LexiconOffice {
    let fields = try node.mapping(
      allowed: ["id", "name", "kind", "names", "head", "institution", "temporary", "note"], what: "an office")
    let id = try fields.required("id", in: node, what: "an office").identifier(what: "an office id")
    let kindNode = try fields.required("kind", in: node, what: "office \(id)")
    guard let kind = OfficeKind(rawValue: try kindNode.text(what: "kind")) else {
      throw kindNode.fail("kind of office \(id) must be post, body or party")
    }
    func flag(_ key: String) throws(LexiconError) -> Bool {
      guard let field = fields[key] else { return false }
      guard let value = Bool(try field.text(what: key)) else { throw field.fail("\(key) must be true or false") }
      return value
    }
    let institution = try flag("institution")
    let temporary = try flag("temporary")
    let name = try fields.required("name", in: node, what: "office \(id)").text(what: "name")
    let head = try fields["head"].map { (node) throws(LexiconError) in
      OfficeID(rawValue: try node.identifier(what: "head"))
    }
    return LexiconOffice(
      office: Office(id: OfficeID(rawValue: id), name: name, kind: kind, head: head, temporary: temporary),
      names: [name] + (try fields["names"]?.texts(what: "names of \(id)") ?? []), isInstitution: institution)
  }

  private static func event(_ node: LexiconNode) throws(LexiconError) -> LexiconEvent {
    let fields = try node.mapping(allowed: ["id", "names", "from", "to", "body", "note"], what: "an event")
    let id = try fields.required("id", in: node, what: "an event").identifier(what: "an event id")
    func date(_ field: LexiconNode) throws(LexiconError) -> HistoricalDate {
      do { return try HistoricalDate(parsing: try field.text(what: "date")) } catch let error as ModelError {
        throw field.fail("event \(id): \(error.description) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
      } catch { throw field.fail("event \(id): bad date") }
    }
    let fromNode = try fields.required("from", in: node, what: "event \(id)")
    let from = try date(fromNode)
    let to = try fields["to"].map { (node) throws(LexiconError) in try date(node) }
    let span: TimeSpan
    do { span = try TimeSpan(from, to) } catch { throw fromNode.fail("event \(id): \(error.description)") }
    return LexiconEvent(
      id: id, names: try fields.required("names", in: node, what: "event \(id)").texts(what: "names"), span: span,
      body: try fields["body"].map { (node) throws(LexiconError) in
        OfficeID(rawValue: try node.identifier(what: "body"))
      })
  }

  private static func group(_ node: LexiconNode) throws(LexiconError) -> LexiconGroup {
    let fields = try node.mapping(
      allowed: ["id", "names", "members", "leaders", "from", "to", "note"], what: "a group")
    let id = try fields.required("id", in: node, what: "a group").identifier(what: "a group id")
    let members = try fields.required("members", in: node, what: "group \(id)").texts(what: "members")
      .map(PersonID.init)
    let leaders = try fields["leaders"]?.texts(what: "leaders").map(PersonID.init) ?? []
    if let outsider = leaders.first(where: { !members.contains($0) }), let field = fields["leaders"] {
      throw field.fail("leader \(outsider) of group \(id) is not among its members")
    }
    return LexiconGroup(
      id: id, names: try fields.required("names", in: node, what: "group \(id)").texts(what: "names"),
      members: members, leaders: leaders, from: try fields["from"]?.year(what: "from"),
      to: try fields["to"]?.year(what: "to"))
  }

  private static func cues(_ node: LexiconNode) throws(LexiconError) -> LexiconCues {
    let keys = RelationKind.allCases.map(\.rawValue) + ["modality"]
    let fields = try node.mapping(allowed: Set(keys), what: "cues")
    var result = LexiconCues()
    for kind in RelationKind.allCases {
      if let field = fields[kind.rawValue] { result.byRelation[kind] = try field.texts(what: "cues.\(kind.rawValue)") }
    }
    result.modality = try fields["modality"]?.texts(what: "cues.modality") ?? []
    return result
  }
}
