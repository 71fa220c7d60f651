import Foundation
import PatronageCore

/// A centrality figure a report can compute.
public enum CentralityMeasure: String, Sendable, CaseIterable, Codable {
  case degree, weightedDegree, betweenness, closeness, pagerank, eigenvector, pn
}

/// One person's centrality figures in one network; a figure not computed is nil (and left out of JSON).
public struct PersonCentrality: Sendable, Equatable, Codable {
  public var id: PersonID
  /// Degree centrality, ties/(n−1).
  public var degree: Double?
  /// Sum of tie weights.
  public var weightedDegree: Double?
  /// Normalised betweenness on hop distances.
  public var betweenness: Double?
  /// Closeness on hop distances (wf_improved).
  public var closeness: Double?
  /// Weighted PageRank, damping 0.85.
  public var pagerank: Double?
  /// Weighted eigenvector centrality.
  public var eigenvector: Double?
  /// The Everett–Borgatti PN index on the signed network of the same relations.
  public var pn: Double?

  init(id: PersonID) { self.id = id }
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
  /// The signed ties the PN index was computed on (nil when it was not).
  public var signedEdges: [WeightedEdge]?
  /// One entry per person of the snapshot, in id order.
  public var persons: [PersonCentrality]

  /// Computes the chosen figures on `network`, and the PN index on `signed` (same persons) when
  /// that is among them and given.
  ///
  /// - Complexity: dominated by betweenness and closeness, O(n·m).
  public init(
    network: SnapshotNetwork, signed: SnapshotNetwork?,
    measures: Set<CentralityMeasure> = Set(CentralityMeasure.allCases)
  ) {
    self.init(
      network: network, signed: signed, figures: Self.figures(network: network, signed: signed, measures: measures))
  }

  /// The chosen figures, per measure one value per node of `network`.
  public static func figures(
    network: SnapshotNetwork, signed: SnapshotNetwork?, measures: Set<CentralityMeasure>
  ) -> [CentralityMeasure: [Double]] {
    let graph = network.csr
    func compute(_ measure: CentralityMeasure) -> [Double]? {
      guard measures.contains(measure) else { return nil }
      switch measure {
      case .degree: return Centrality.degree(graph)
      case .weightedDegree: return Centrality.weightedDegree(graph)
      case .betweenness: return Centrality.betweenness(graph)
      case .closeness: return Centrality.closeness(graph)
      case .pagerank: return Centrality.pageRank(graph)
      case .eigenvector: return Centrality.eigenvector(graph)
      case .pn: return signed.map { Centrality.pnIndex($0.csr) }
      }
    }
    return Dictionary(uniqueKeysWithValues: CentralityMeasure.allCases.compactMap { m in compute(m).map { (m, $0) } })
  }

  /// A report from figures computed by ``figures(network:signed:measures:)``.
  public init(network: SnapshotNetwork, signed: SnapshotNetwork?, figures values: [CentralityMeasure: [Double]]) {
    year = network.year
    self.network = network.kind.rawValue
    edges = network.edges.map { WeightedEdge(source: $0.0, target: $0.1, weight: $0.2) }
    signedEdges =
      values[.pn] != nil ? signed?.edges.map { WeightedEdge(source: $0.0, target: $0.1, weight: $0.2) } : nil
    // The PN index is per node of the signed network: it lines up only when both networks list the same persons
    // (compared once, not per person).
    let pn = signed.flatMap { $0.persons == network.persons ? values[.pn] : nil }
    persons = network.persons.indices.map { node in
      var person = PersonCentrality(id: network.persons[node])
      person.degree = values[.degree]?[node]
      person.weightedDegree = values[.weightedDegree]?[node]
      person.betweenness = values[.betweenness]?[node]
      person.closeness = values[.closeness]?[node]
      person.pagerank = values[.pagerank]?[node]
      person.eigenvector = values[.eigenvector]?[node]
      person.pn = pn?[node]
      return person
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
