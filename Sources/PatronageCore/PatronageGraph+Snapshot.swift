/// The relations of a graph in force during one year.
public struct YearSnapshot: Sendable {
  /// The year.
  public let year: Int
  /// Indices into the graph's ``PatronageGraph/relations``, in graph order.
  public let relationIndices: [Int]
  /// The graph the snapshot was taken from.
  public let graph: PatronageGraph

  /// The relations in force, in graph order.
  public var relations: [Relation] { relationIndices.map { graph.relations[$0] } }

  /// The persons any relation in force touches, sorted by id.
  public var persons: [PersonID] {
    Set(relationIndices.flatMap { graph.relations[$0].persons }).sorted()
  }

  /// Who held which office during the year (from appointments in force).
  public var tenures: [Tenure] { relationIndices.compactMap { graph.tenure(ofRelationAt: $0) } }
}

extension PatronageGraph {
  /// The relations in force during `year`.
  ///
  /// allied and opposed count while their span covers the year; an appointment
  /// makes the appointee hold the office from that year until a later removal from
  /// it (or from the party), or else to the last year the appointee takes part in a
  /// dated relation; an expulsion is shown in
  /// the year(s) it happened. Undated relations are in no snapshot.
  ///
  /// - Complexity: O(r) for r relations.
  public func snapshot(year: Int) -> YearSnapshot {
    let indices = activeYearsByRelation.indices.filter { activeYearsByRelation[$0]?.contains(year) ?? false }
    return YearSnapshot(year: year, relationIndices: indices, graph: self)
  }

  /// One snapshot per year of ``yearRange`` (none for an undated graph), empty years included.
  ///
  /// - Complexity: O(r + y + s) for r relations, y years and s entries in all snapshots.
  public func snapshots() -> [YearSnapshot] {
    guard let range = yearRange else { return [] }
    var buckets = Array(repeating: [Int](), count: range.count)
    for (index, years) in activeYearsByRelation.enumerated() {
      guard let years else { continue }
      for year in years.clamped(to: range) { buckets[year - range.lowerBound].append(index) }
    }
    return buckets.enumerated().map { offset, indices in
      YearSnapshot(year: range.lowerBound + offset, relationIndices: indices, graph: self)
    }
  }

  /// The years in which at least one relation is in force, ascending.
  ///
  /// A corpus that mixes periods (the 1530s and the 1920s) has long empty stretches
  /// between them; diagrams and tables are made for these years only.
  ///
  /// - Complexity: O(r + y) for r relations and y years from the first year in force to the last.
  public var activeYears: [Int] {
    let ranges = activeYearsByRelation.compactMap(\.self)
    guard let first = ranges.map(\.lowerBound).min(), let last = ranges.map(\.upperBound).max() else { return [] }
    // Relations starting minus relations ending, per year: a running sum above zero means something is in force.
    var starts = [Int](repeating: 0, count: last - first + 2)
    for range in ranges {
      starts[range.lowerBound - first] += 1
      starts[range.upperBound - first + 1] -= 1
    }
    var years: [Int] = []
    var inForce = 0
    for offset in 0...(last - first) {
      inForce += starts[offset]
      if inForce > 0 { years.append(first + offset) }
    }
    return years
  }
}
