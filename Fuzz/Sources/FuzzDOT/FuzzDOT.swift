import FuzzDriver
import PatronageCore
import PatronageRendering

/// libFuzzer entry: arbitrary text becomes person ids, names and an office name; the DOT writer's output must
/// parse in libcgraph with every node and label exactly as written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  var names = text.split(separator: "|", omittingEmptySubsequences: true).map(String.init)
  names = Array(Set(names.filter { PersonID.isValid($0) && PersonID.isValid("x" + $0) }).sorted().prefix(8))
  // A person with no relation is not drawn, so at least two are needed for every name to be a node.
  guard names.count >= 2, let first = names.first else { return 0 }
  let persons = names.map { Person(id: PersonID(rawValue: $0), name: $0 + "\n" + $0) }
  let office = Office(id: OfficeID(rawValue: "o" + first), name: first, kind: .body)
  guard let span = try? TimeSpan(years: 1925) else { return 0 }
  let relations =
    zip(persons, persons.dropFirst()).map {
      Relation(kind: .allied, source: .person($0.id), target: $1.id, office: nil, span: span)
    }
    + persons.dropFirst().map {
      Relation(kind: .appointed, source: .person(persons[0].id), target: $0.id, office: office.id, span: span)
    }
  guard let graph = try? PatronageGraph(persons: persons, offices: [office], relations: relations) else { return 0 }
  let parsed: ParsedGraph
  do {
    parsed = try Graphviz.parse(dot: DOTWriter().dot(for: graph))
  } catch {
    preconditionFailure("libcgraph refused the writer's DOT: \(error)")
  }
  for person in persons {
    let name = DOTText.parsedValue(ofQuoted: DiagramNode.person(person.id).dotName)
    guard let node = parsed.node(name) else { preconditionFailure("node \(name.debugDescription) is missing") }
    precondition(node.attributes["label"] == DOTText.html(person.name), "label of \(name.debugDescription) changed")
  }
  return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzDOT_main")
public func fuzzDOTMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  runFuzzer(argc, argv, fuzzDOT)
}
