/// A relation as an exported edge.
public struct ExportEdge: Hashable, Sendable {
  /// `r<index>`, the relation's index in the graph.
  public let id: String
  /// The source node's id.
  public let source: String
  /// The target node's id (always a person).
  public let target: String
  /// The relation.
  public let relation: Relation
  /// The years the relation is in force (an appointment's tenure); nil when undated.
  public let activeYears: ClosedRange<Int>?

  /// The attributes every format writes for an edge, in column order.
  public static let attributes: [ExportAttribute<ExportEdge>] = [
    .init(name: "kind", type: .string) { .string($0.relation.kind.rawValue) },
    .init(name: "directed", type: .bool) { .bool(!$0.relation.kind.isSymmetric) },
    .init(name: "agent", type: .string) { $0.relation.source.map { .string(ExportNode.id(of: $0)) } },
    .init(name: "office", type: .string) { $0.relation.office.map { .string($0.rawValue) } },
    .init(name: "from", type: .string) { $0.relation.span.map { .string($0.start.description) } },
    .init(name: "to", type: .string) { $0.relation.span.map { .string($0.end.description) } },
    .init(name: "first_year", type: .int) { $0.activeYears.map { .int($0.lowerBound) } },
    .init(name: "last_year", type: .int) { $0.activeYears.map { .int($0.upperBound) } },
    .init(name: "confidence", type: .double) { .double($0.relation.confidence) },
    .init(name: "evidence_count", type: .int) { .int($0.relation.evidence.count) },
    .init(name: "evidence", type: .string) { $0.relation.evidence.first.map { .string($0.sentence) } },
    .init(name: "document", type: .string) { $0.relation.evidence.first.map { .string($0.document) } },
  ]
}
