extension Array where Element: Comparable {
  /// The index of `element` in this array, which must be sorted ascending, or nil.
  ///
  /// - Complexity: O(log n) (binary search).
  func sortedIndex(of element: Element) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if self[mid] < element { low = mid + 1 } else { high = mid }
    }
    return low < count && self[low] == element ? low : nil
  }
}
