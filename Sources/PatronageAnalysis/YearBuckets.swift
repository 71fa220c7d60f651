/// What each relation in force in each year of a span gives (its index, or a packed tie), bucketed once: year
/// `range.lowerBound + k`'s entries are `entries[offsets[k]..<offsets[k + 1]]`, in graph order.
///
/// Holds the same relations as the core's per-year snapshots (``PatronageCore/PatronageGraph/snapshot(year:)``)
/// in one flat array, filled by a counting pass, so building every year's network allocates nothing per year and
/// reads its relations in sequence.
struct YearBuckets<Entry: Sendable>: Sendable {
  /// The years covered.
  let range: ClosedRange<Int>
  /// Bucket boundaries, `range.count + 1` entries.
  let offsets: [Int]
  /// The entries, bucket after bucket.
  let entries: [Entry]

  /// Buckets `entry(i)` for relation `i` into every year of `activeYears[i]` that lies in `range` (nil: in no
  /// year).
  ///
  /// - Complexity: O(r + y + s) for r relations, y years and s entries in all buckets.
  init(activeYears: [ClosedRange<Int>?], range: ClosedRange<Int>, entry: (Int) -> Entry) {
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
    let total = counts[range.count]
    entries = [Entry](unsafeUninitializedCapacity: total) { buffer, initialized in
      for (index, years) in activeYears.enumerated() {
        guard let years, years.overlaps(range) else { continue }
        let value = entry(index)
        for year in years.clamped(to: range) {
          (buffer.baseAddress! + cursor[year - range.lowerBound]).initialize(to: value)
          cursor[year - range.lowerBound] += 1
        }
      }
      initialized = total
    }
  }

  /// The entries of the relations in force in `year` (empty outside ``range``).
  subscript(year: Int) -> ArraySlice<Entry> {
    guard range.contains(year) else { return [] }
    let bucket = year - range.lowerBound
    return entries[offsets[bucket]..<offsets[bucket + 1]]
  }
}
