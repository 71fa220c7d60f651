import Foundation
import PatronageCore

/// One person's centrality figures in one network.
public struct PersonCentrality: Sendable, Equatable, Codable {
  public var id: PersonID
  /// Degree centrality, ties/(n−1).
  public var degree: Double
  /// Sum of tie weights.
  public var weightedDegree: Double
  /// Normalised betweenness on hop distances.
  public var betweenness: Double
  /// Closeness on hop distances (wf_improved).
  public var closeness: Double
  /// Weighted PageRank, damping 0.85.
  public var pagerank: Double
  /// Weighted eigenvector centrality.
  public var eigenvector: Double
  /// The Everett–Borgatti PN index on the signed network of the same relations (nil when not computed).
  public var pn: Double?
}

/// A tie as written in reports: `[personA, personB, weight]`.
public struct WeightedEdge: Sendable, Equatable, Codable {
  public var source: PersonID
  public var target: PersonID
  public var weight: Double

  public init(source: PersonID, target: PersonID, weight: Double) {
    self.source = source
    self.target = target
    self.weight = weight
  }

  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    source = try container.decode(PersonID.self)
    target = try container.decode(PersonID.self)
    weight = try container.decode(Double.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(source)
    try container.encode(target)
    try container.encode(weight)
  }
}

/// Every centrality figure for the persons of one network, with the network itself.
public struct CentralityReport: Sendable, Equatable, Codable {
  /// The year, or nil for a network over all relations.
  public var year: Int?
  /// Which network the figures were computed on (``NetworkKind`` raw value).
  public var network: String
  /// Exactly the ties the figures were computed on.
  public var edges: [WeightedEdge]
  /// The signed ties the PN index was computed on.
  public var signedEdges: [WeightedEdge]
  /// One entry per person of the snapshot, in id order.
  public var persons: [PersonCentrality]

  /// Computes every figure on `network`, and the PN index on `signed` when given (same persons).
  ///
  /// - Complexity: dominated by betweenness and closeness, O(n·m).
  public init(network: SnapshotNetwork, signed: SnapshotNetwork?) {
    let graph = network.csr
    let degree = Centrality.degree(graph)
    let weighted = Centrality.weightedDegree(graph)
    let betweenness = Centrality.betweenness(graph)
    let closeness = Centrality.closeness(graph)
    let pagerank = Centrality.pageRank(graph)
    let eigenvector = Centrality.eigenvector(graph)
    var pnByPerson: [PersonID: Double] = [:]
    if let signed {
      for (person, value) in zip(signed.persons, Centrality.pnIndex(signed.csr)) { pnByPerson[person] = value }
    }
    year = network.year
    self.network = network.kind.rawValue
    edges = network.edges.map { WeightedEdge(source: $0.0, target: $0.1, weight: $0.2) }
    signedEdges = signed?.edges.map { WeightedEdge(source: $0.0, target: $0.1, weight: $0.2) } ?? []
    persons = network.persons.indices.map { node in
      PersonCentrality(
        id: network.persons[node], degree: degree[node], weightedDegree: weighted[node],
        betweenness: betweenness[node], closeness: closeness[node], pagerank: pagerank[node],
        eigenvector: eigenvector[node], pn: pnByPerson[network.persons[node]])
    }
  }

  /// The report as compact JSON with sorted keys, ending with a newline.
  public func jsonData() -> Data { AnalysisJSON.encode(self) }
}

/// Deterministic JSON encoding shared by the analysis reports.
enum AnalysisJSON {
  /// Encodes with sorted keys and a trailing newline. Reports hold finite numbers only, so this cannot fail.
  static func encode(_ value: some Encodable) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard var data = try? encoder.encode(value) else { preconditionFailure("report encoding failed") }
    data.append(0x0A)
    return data
  }
}
