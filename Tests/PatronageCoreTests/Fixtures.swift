import PatronageCore

/// A small hand-made graph used across the core tests.
enum Fixtures {
  static func date(_ year: Int, _ month: Int? = nil) -> HistoricalDate {
    // Test years are all valid.
    (try? HistoricalDate(year: year, month: month)) ?? { preconditionFailure("bad fixture year") }()
  }

  static func span(_ from: Int, _ to: Int? = nil) -> TimeSpan {
    (try? TimeSpan(years: from, to)) ?? { preconditionFailure("bad fixture span") }()
  }

  static func evidence(_ sentence: String, document: String = "doc.txt", at start: Int = 0) -> Evidence {
    Evidence(document: document, start: start, end: start + sentence.utf8.count, sentence: sentence, confidence: 0.8)
  }

  static let persons = [
    Person(id: "stalin", name: "Joseph Stalin", aliases: ["Koba"]),
    Person(id: "trotsky", name: "Leon Trotsky"),
    Person(id: "zinoviev", name: "Grigory Zinoviev"),
    Person(id: "kamenev", name: "Lev Kamenev"),
    Person(id: "molotov", name: "Vyacheslav Molotov"),
  ]

  static let offices = [
    Office(id: "general-secretary", name: "General Secretary", kind: .post),
    Office(id: "secretariat", name: "Secretariat", kind: .body, head: "general-secretary"),
    Office(id: "politburo", name: "Politburo", kind: .body),
    Office(id: "plenum", name: "CC plenum", kind: .body),
    Office(id: "party", name: "Communist Party", kind: .party),
  ]

  static let relations = [
    Relation(
      kind: .appointed, source: .institution("plenum"), target: "stalin", office: "general-secretary",
      span: span(1922), confidence: 0.9, evidence: [evidence("The plenum made Stalin General Secretary.")]),
    Relation(
      kind: .appointed, source: .person("stalin"), target: "molotov", office: "secretariat",
      span: span(1921), confidence: 0.8),
    Relation(
      kind: .appointed, source: nil, target: "trotsky", office: "politburo", span: span(1919), confidence: 0.9),
    Relation(
      kind: .expelled, source: .institution("plenum"), target: "trotsky", office: "politburo",
      span: span(1926), confidence: 0.9),
    Relation(
      kind: .appointed, source: nil, target: "zinoviev", office: "politburo", span: span(1921), confidence: 0.9),
    Relation(kind: .expelled, source: nil, target: "zinoviev", office: "party", span: span(1927), confidence: 0.9),
    Relation(kind: .allied, source: .person("zinoviev"), target: "stalin", span: span(1922, 1924), confidence: 0.7),
    Relation(kind: .allied, source: .person("kamenev"), target: "trotsky", span: span(1926, 1927), confidence: 0.7),
    Relation(kind: .opposed, source: .person("trotsky"), target: "stalin", span: span(1923, 1929), confidence: 0.9),
  ]

  static func graph() throws -> PatronageGraph {
    try PatronageGraph(persons: persons, offices: offices, relations: relations)
  }
}
