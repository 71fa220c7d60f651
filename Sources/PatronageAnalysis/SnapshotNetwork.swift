import PatronageCore

/// Which network a figure is computed on.
public enum NetworkKind: String, Sendable, CaseIterable, Codable {
  /// Undirected positive ties: allied ties plus patron–client ties from appointments whose patron
  /// is a person. Weight: the sum of ``AnalysisGraph/tieWeight(of:)`` over the relations joining the pair.
  case positive
  /// Directed patron → client arcs from appointments whose patron is a person, weighted the same way.
  case patronage
  /// Undirected signed ties: allied count +weight, opposed −weight; a pair's weight is the net sum
  /// (pairs whose ties cancel exactly are dropped).
  case signed

  /// Whether arcs are one-way.
  public var isDirected: Bool { self == .patronage }

  /// The sign a relation of `kind` contributes, or nil when it is not part of this network.
  func sign(of kind: RelationKind) -> Double? {
    switch (self, kind) {
    case (.positive, .allied), (.positive, .appointed), (.patronage, .appointed), (.signed, .allied): 1
    case (.signed, .opposed): -1
    default: nil
    }
  }

  /// A one-line description for help texts and reports.
  public var summary: String {
    switch self {
    case .positive: "positive ties (allied + patron–client from appointments), undirected, weighted"
    case .patronage: "patronage (patron → client from appointments), directed, weighted"
    case .signed: "signed ties (allied +, opposed −), undirected, net weight"
    }
  }
}

/// One network among the persons touched by a set of relations (usually one year's snapshot).
///
/// Its nodes are the persons any of those relations touches — also persons who have no tie in this
/// particular network (they are isolated nodes) — in id order.
public struct SnapshotNetwork: Sendable {
  /// Which network this is.
  public let kind: NetworkKind
  /// The year, or nil for a network over all relations.
  public let year: Int?
  /// The nodes' person ids, in id order.
  public let persons: [PersonID]
  /// The nodes' indices in the ``AnalysisGraph``.
  public let graphIndices: [Int32]
  /// The ties.
  public let csr: CSRGraph

  public init(kind: NetworkKind, year: Int?, persons: [PersonID], graphIndices: [Int32], csr: CSRGraph) {
    self.kind = kind
    self.year = year
    self.persons = persons
    self.graphIndices = graphIndices
    self.csr = csr
  }

  /// The ties as `(personA, personB, weight)`, each once (`personA < personB` when undirected), sorted.
  public var edges: [(PersonID, PersonID, Double)] {
    csr.edgeList.map { (persons[$0.0], persons[$0.1], $0.2) }
  }

  /// The local index of a person, if the network has it.
  public func index(of person: PersonID) -> Int? {
    persons.sortedIndex(of: person)
  }
}
