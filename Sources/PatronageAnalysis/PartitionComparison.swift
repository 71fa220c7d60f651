import Foundation

/// Agreement between two partitions of the same items.
public enum PartitionComparison {
  /// Adjusted Rand index; 1 when the denominator is zero (e.g. both partitions trivial).
  ///
  /// Hubert, L. & Arabie, P. (1985). Comparing partitions. J. Classif. 2:193–218.
  /// - Complexity: O(n + k·l) for k and l communities.
  public static func adjustedRand(_ a: [Int], _ b: [Int]) -> Double {
    let table = Contingency(a, b)
    func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
    let index = table.cells.values.reduce(0) { $0 + pairs($1) }
    let rows = table.rowSums.reduce(0) { $0 + pairs($1) }
    let columns = table.columnSums.reduce(0) { $0 + pairs($1) }
    let total = pairs(a.count)
    guard total > 0 else { return 1 }
    let expected = rows * columns / total
    let maximum = (rows + columns) / 2
    guard maximum != expected else { return 1 }
    return (index - expected) / (maximum - expected)
  }

  /// Normalised mutual information with the arithmetic mean, 2I/(H_a + H_b), as scikit-learn:
  /// 1 when both partitions are trivial (one community, or identical single labels), else 0 when
  /// the information is zero.
  ///
  /// Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005). Comparing community structure
  /// identification. J. Stat. Mech. P09008.
  /// - Complexity: O(n + k·l).
  public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
    let table = Contingency(a, b)
    let n = Double(a.count)
    guard n > 0 else { return 1 }
    if table.rowSums.count == table.columnSums.count && table.rowSums.count <= 1 { return 1 }
    func entropy(_ sums: [Int]) -> Double {
      sums.reduce(0) { total, count in
        let p = Double(count) / n
        return p > 0 ? total - p * Foundation.log(p) : total
      }
    }
    var information = 0.0
    for (key, count) in table.cells.sorted(by: { $0.key < $1.key }) {
      let joint = Double(count) / n
      let row = Double(table.rowSums[key.row]) / n
      let column = Double(table.columnSums[key.column]) / n
      information += joint * Foundation.log(joint / (row * column))
    }
    let denominator = entropy(table.rowSums) + entropy(table.columnSums)
    guard denominator > 0, information > 1e-15 else { return denominator > 0 ? 0 : 1 }
    return min(1, max(0, 2 * information / denominator))
  }
}

/// A contingency table of two labellings; labels are renumbered densely.
private struct Contingency {
  struct Cell: Hashable, Comparable {
    var row: Int
    var column: Int
    static func < (lhs: Cell, rhs: Cell) -> Bool { (lhs.row, lhs.column) < (rhs.row, rhs.column) }
  }

  var cells: [Cell: Int] = [:]
  var rowSums: [Int] = []
  var columnSums: [Int] = []

  init(_ a: [Int], _ b: [Int]) {
    precondition(a.count == b.count, "partitions of different item sets")
    let rows = SignedPartition.canonical(a)
    let columns = SignedPartition.canonical(b)
    rowSums = [Int](repeating: 0, count: (rows.max() ?? -1) + 1)
    columnSums = [Int](repeating: 0, count: (columns.max() ?? -1) + 1)
    for (row, column) in zip(rows, columns) {
      cells[Cell(row: row, column: column), default: 0] += 1
      rowSums[row] += 1
      columnSums[column] += 1
    }
  }
}
