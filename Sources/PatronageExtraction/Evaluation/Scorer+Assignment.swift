extension Scorer {
  /// How well a matched pair agrees beyond matching (higher is better): the same appointer or expeller (4), the
  /// same years (2), the same office (1). Among maximum matchings the one with the largest total is kept, so that
  /// patron accuracy and the pairing do not depend on line order (as `shared/eval/score.py` does).
  static func quality(_ gold: ScoredRelation, _ predicted: ScoredRelation) -> Int {
    var quality = 0
    if gold.kind == .appointed || gold.kind == .expelled, let source = gold.source, source == predicted.source {
      quality += 4
    }
    if gold.from == predicted.from && gold.to == predicted.to { quality += 2 }
    if gold.office == predicted.office { quality += 1 }
    return quality
  }

  /// A maximum-weight assignment of rows to distinct columns of a non-negative weight matrix with no more rows
  /// than columns: the column of each row (Kuhn 1955, Munkres 1957; the shortest-augmenting-path form with
  /// potentials).
  ///
  /// - Complexity: O(n² · m) for n rows and m columns.
  static func assignment(_ weights: [[Int]]) -> [Int] {
    let rows = weights.count
    guard rows > 0 else { return [] }
    let columns = weights[0].count
    precondition(rows <= columns, "more rows than columns")
    // Minimise the negated weights. Index 0 is a virtual column; rows and columns count from 1.
    var rowPotential = Array(repeating: 0, count: rows + 1)
    var columnPotential = Array(repeating: 0, count: columns + 1)
    var rowOfColumn = Array(repeating: 0, count: columns + 1)
    var previous = Array(repeating: 0, count: columns + 1)
    for row in 1...rows {
      rowOfColumn[0] = row
      var column = 0
      var slack = Array(repeating: Int.max, count: columns + 1)
      var used = Array(repeating: false, count: columns + 1)
      repeat {
        used[column] = true
        let current = rowOfColumn[column]
        var delta = Int.max
        var next = 0
        for candidate in 1...columns where !used[candidate] {
          let reduced = -weights[current - 1][candidate - 1] - rowPotential[current] - columnPotential[candidate]
          if reduced < slack[candidate] {
            slack[candidate] = reduced
            previous[candidate] = column
          }
          if slack[candidate] < delta {
            delta = slack[candidate]
            next = candidate
          }
        }
        for candidate in 0...columns {
          if used[candidate] {
            rowPotential[rowOfColumn[candidate]] += delta
            columnPotential[candidate] -= delta
          } else {
            slack[candidate] -= delta
          }
        }
        column = next
      } while rowOfColumn[column] != 0
      repeat {
        let before = previous[column]
        rowOfColumn[column] = rowOfColumn[before]
        column = before
      } while column != 0
    }
    var result = Array(repeating: -1, count: rows)
    for column in 1...columns where rowOfColumn[column] != 0 { result[rowOfColumn[column] - 1] = column - 1 }
    return result
  }
}
