extension Relation {
  /// Combines two statements of the same relation (same ``key``).
  ///
  /// Evidence is united (sorted, duplicates dropped), the span becomes the
  /// smallest one covering both, and the confidence combines as a noisy-or,
  /// `1 - (1 - a)(1 - b)`: independent statements make a relation more certain.
  public func merged(with other: Relation) -> Relation {
    precondition(key == other.key, "merging different relations")
    var result = self
    result.evidence = Array(Set(evidence).union(other.evidence)).sorted()
    switch (span, other.span) {
    case (let a?, let b?): result.span = a.union(b)
    case (nil, let b): result.span = b
    case (let a, nil): result.span = a
    }
    result.confidence = 1 - (1 - confidence) * (1 - other.confidence)
    return result
  }

  /// Whether the sources disagree on the date: two pieces of evidence carry
  /// spans that do not overlap.
  public var hasDateConflict: Bool {
    let spans = evidence.compactMap(\.span)
    for (index, a) in spans.enumerated() {
      for b in spans[(index + 1)...] where !a.overlaps(b) { return true }
    }
    return false
  }
}

extension Array where Element == Relation {
  /// Merges relations with the same key and returns them sorted by key,
  /// then by span start.
  ///
  /// Each key's statements are merged in one pass, with the same result as
  /// merging them pairwise in order with ``Relation/merged(with:)``.
  /// The statements are put in key order (stably, so each key's statements keep their order) and each run of
  /// one key is merged, holding no more than the keys and one index per statement besides the result.
  ///
  /// Relations already in strictly increasing key order (as every graph file this package writes holds them) are
  /// returned as they are, after one pass.
  ///
  /// - Complexity: O(n log n); O(n) for relations already merged and sorted.
  public func mergingDuplicates() -> [Relation] {
    let keys = map(\.key)
    if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) { return self }
    let order = indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && $0 < $1) }
    var result: [Relation] = []
    var runStart = 0
    while runStart < order.count {
      var runEnd = runStart + 1
      while runEnd < order.count, keys[order[runEnd]] == keys[order[runStart]] { runEnd += 1 }
      result.append(
        runEnd - runStart == 1 ? self[order[runStart]] : Relation.merging(order[runStart..<runEnd].map { self[$0] }))
      runStart = runEnd
    }
    return result
  }
}

extension Relation {
  /// Merges statements of one relation (a non-empty group with one key) as `reduce(merged(with:))` would,
  /// uniting the evidence once rather than at every step.
  fileprivate static func merging(_ group: [Relation]) -> Relation {
    guard group.count > 1 else { return group[0] }
    var result = group[0]
    var evidence = Set(result.evidence)
    for other in group.dropFirst() {
      evidence.formUnion(other.evidence)
      switch (result.span, other.span) {
      case (let a?, let b?): result.span = a.union(b)
      case (nil, let b): result.span = b
      case (let a, nil): result.span = a
      }
      result.confidence = 1 - (1 - result.confidence) * (1 - other.confidence)
    }
    result.evidence = Array(evidence).sorted()
    return result
  }
}
