import PatronageCore
import PatronageRendering

/// A deterministic pseudo-random generator (SplitMix64), so every run measures the same graphs.
struct SplitMix: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The graphs the benchmark draws.
enum Workloads {
  /// A random DOT digraph with `nodes` nodes and `edges` distinct edges, written by our DOT writer's
  /// conventions (quoted ids, named graph).
  static func randomDOT(nodes: Int, edges: Int, seed: UInt64) -> String {
    var random = SplitMix(seed: seed)
    var pairs = Set<[Int]>()
    while pairs.count < edges {
      let a = Int.random(in: 0..<nodes, using: &random)
      let b = Int.random(in: 0..<nodes, using: &random)
      if a != b { pairs.insert([a, b]) }
    }
    var lines = ["digraph \"bench\" {", "  node [shape=\"ellipse\", fontname=\"Helvetica\"];"]
    for index in 0..<nodes { lines.append("  \"n\(index)\" [label=\"Person \(index)\"];") }
    for pair in pairs.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
      lines.append("  \"n\(pair[0])\" -> \"n\(pair[1])\";")
    }
    return (lines + ["}"]).joined(separator: "\n") + "\n"
  }

  /// A patronage graph of `persons` persons over `years` years: each person is appointed to one of
  /// 20 offices at some point and has a few dated alliances and oppositions.
  static func patronageGraph(persons count: Int, years: Int, seed: UInt64) throws -> PatronageGraph {
    var random = SplitMix(seed: seed)
    let first = 1930 - years
    let persons = (0..<count).map { Person(id: PersonID(rawValue: "p\($0)"), name: "Person \($0)") }
    let offices = (0..<20).map { Office(id: OfficeID(rawValue: "o\($0)"), name: "Office \($0)", kind: .body) }
    var relations: [Relation] = []
    func span(_ length: ClosedRange<Int>) throws -> TimeSpan {
      let start = Int.random(in: first...(first + years - 1), using: &random)
      let end = min(start + Int.random(in: length, using: &random), first + years - 1)
      return try TimeSpan(years: start, end)
    }
    for (index, person) in persons.enumerated() {
      let patron: Agent =
        index < 10 ? .institution("o0") : .person(persons[Int.random(in: 0..<index, using: &random)].id)
      relations.append(
        Relation(
          kind: .appointed, source: patron, target: person.id,
          office: offices[Int.random(in: 0..<offices.count, using: &random)].id, span: try span(0...0)))
      for kind in [RelationKind.allied, .allied, .opposed] {
        let other = persons[Int.random(in: 0..<count, using: &random)].id
        guard other != person.id else { continue }
        relations.append(Relation(kind: kind, source: .person(other), target: person.id, span: try span(1...8)))
      }
    }
    return try PatronageGraph(persons: persons, offices: offices, relations: relations)
  }
}
