/// The relations in force in each year of a span, bucketed once: year `range.lowerBound + k`'s relation
/// indices are `relations[offsets[k]..<offsets[k + 1]]`, ascending (graph order).
///
/// Holds the same indices as the core's per-year snapshots (``PatronageCore/PatronageGraph/snapshot(year:)``) in
/// one flat array, filled by a counting pass, so building every year's network allocates nothing per year.
struct YearBuckets: Equatable {
  /// The years covered.
  let range: ClosedRange<Int>
  /// Bucket boundaries, `range.count + 1` entries.
  let offsets: [Int]
  /// Relation indices, bucket after bucket.
  let relations: [Int]

  /// Buckets relation `i` into every year of `activeYears[i]` that lies in `range` (nil: in no year).
  ///
  /// - Complexity: O(r + y + s) for r relations, y years and s entries in all buckets.
  init(activeYears: [ClosedRange<Int>?], range: ClosedRange<Int>) {
    self.range = range
    var counts = [Int](repeating: 0, count: range.count + 1)
    for years in activeYears {
      guard let years, years.overlaps(range) else { continue }
      let covered = years.clamped(to: range)
      for year in covered { counts[year - range.lowerBound + 1] += 1 }
    }
    for bucket in 0..<range.count { counts[bucket + 1] += counts[bucket] }
    offsets = counts
    var cursor = counts
    var relations = [Int](repeating: 0, count: counts[range.count])
    for (index, years) in activeYears.enumerated() {
      guard let years, years.overlaps(range) else { continue }
      for year in years.clamped(to: range) {
        relations[cursor[year - range.lowerBound]] = index
        cursor[year - range.lowerBound] += 1
      }
    }
    self.relations = relations
  }

  /// The relations in force in `year` (empty outside ``range``).
  subscript(year: Int) -> ArraySlice<Int> {
    guard range.contains(year) else { return [] }
    let bucket = year - range.lowerBound
    return relations[offsets[bucket]..<offsets[bucket + 1]]
  }
}
