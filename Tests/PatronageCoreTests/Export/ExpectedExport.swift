import Foundation
import PatronageCore

/// What networkx should read from an export, stated from the graph's own fields
/// (independently of the exporters' attribute tables).
struct Expected {
  typealias Value = NetworkxReading.Value

  let graph: PatronageGraph
  let format: NetworkxRoundTripTests.Format

  /// Text as the format carries it: XML replaces the characters XML 1.0 forbids by U+FFFD.
  func carried(_ text: String) -> String {
    guard format.isXML else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let forbidden =
        scalar.value < 0x20 && ![0x9, 0xA, 0xD].contains(scalar.value)
        || scalar.value == 0xFFFE || scalar.value == 0xFFFF
      result.append(forbidden ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  func string(_ text: String?) -> Value? {
    guard let text, !text.isEmpty else { return nil }
    return .str(carried(text))
  }

  /// For each node id, the years the relations at `indices` that touch it are in force.
  func years(indices: [Int]) -> [String: Set<Int>] {
    var years: [String: Set<Int>] = [:]
    for index in indices {
      let relation = graph.relations[index]
      var touched = relation.persons.map { "person:" + $0.rawValue }
      if case .institution(let office)? = relation.source { touched.append("office:" + office.rawValue) }
      if let office = relation.office { touched.append("office:" + office.rawValue) }
      for node in touched {
        years[node, default: []].formUnion(graph.activeYears(ofRelationAt: index).map(Array.init) ?? [])
      }
    }
    return years
  }

  /// The nodes: every person and office (`all`), or those the relations at `indices` touch.
  func nodes(indices: [Int], all: Bool) -> [String: [String: Value]] {
    let years = years(indices: indices)
    var nodes: [String: [String: Value]] = [:]
    func add(_ id: String, kind: String, name: String, extra: [String: Value?]) {
      guard all || years[id] != nil else { return }
      var record: [String: Value?] = ["kind": .str(kind), "name": string(name)].merging(extra) { $1 }
      let known = years[id] ?? []
      record["first_year"] = known.min().map(Value.int)
      record["last_year"] = known.max().map(Value.int)
      switch format {
      case .gexf:
        record["label"] = .str(carried(name))
        record["spells"] = known.isEmpty ? nil : Value("list", spells(known))
      case .csv: record["label"] = .str(kind == "person" ? "Person" : "Office")
      case .graphml, .nodeLink: break
      }
      nodes[id] = record.compactMapValues(\.self)
    }
    for person in graph.persons {
      add(
        "person:" + person.id.rawValue, kind: "person", name: person.name,
        extra: ["aliases": string(person.aliases.joined(separator: "; "))])
    }
    for office in graph.offices {
      add(
        "office:" + office.id.rawValue, kind: "office", name: office.name,
        extra: ["office_kind": .str(office.kind.rawValue)])
    }
    return nodes
  }

  /// `[[a, b], [c, d]]` as Python's json.dumps writes the runs of consecutive years.
  private func spells(_ years: Set<Int>) -> String {
    var runs: [[Int]] = []
    for year in years.sorted() {
      if let last = runs.last, last[1] + 1 == year {
        runs[runs.count - 1][1] = year
      } else {
        runs.append([year, year])
      }
    }
    return "[" + runs.map { "[\($0[0]), \($0[1])]" }.joined(separator: ", ") + "]"
  }

  /// The edges of the relations at `indices` that connect something.
  func edges(indices: [Int]) -> [String: [String: Value]] {
    var edges: [String: [String: Value]] = [:]
    for index in indices {
      let relation = graph.relations[index]
      let agent = relation.source.map { agent in
        switch agent {
        case .person(let id): "person:" + id.rawValue
        case .institution(let id): "office:" + id.rawValue
        }
      }
      guard let source = agent ?? relation.office.map({ "office:" + $0.rawValue }) else { continue }
      let active = graph.activeYears(ofRelationAt: index)
      var record: [String: Value?] = [
        "source": .str(carried(source)), "target": .str(carried("person:" + relation.target.rawValue)),
        "kind": .str(relation.kind.rawValue),
        "directed": .bool(relation.kind == .appointed || relation.kind == .expelled),
        "agent": string(agent), "office": string(relation.office?.rawValue),
        "from": string(relation.span?.start.description), "to": string(relation.span?.end.description),
        "first_year": active.map { .int($0.lowerBound) }, "last_year": active.map { .int($0.upperBound) },
        "confidence": .float(relation.confidence), "evidence_count": .int(relation.evidence.count),
        "evidence": string(relation.evidence.first?.sentence), "document": string(relation.evidence.first?.document),
      ]
      if format == .gexf {
        record["label"] = .str(relation.kind.rawValue)
        record["spells"] = active.map { Value("list", "[[\($0.lowerBound), \($0.upperBound)]]") }
      }
      edges["r\(index)"] = record.compactMapValues(\.self)
    }
    return edges
  }
}
