extension Centrality {
  /// Networks up to this size are solved exactly by Gaussian elimination; larger ones by
  /// conjugate gradients.
  static let densePNLimit = 400

  /// The PN index on a signed graph (only the signs of the weights count):
  /// PN = (I − A/(2n−2))⁻¹·1 with A = P − 2N.
  ///
  /// Everett, M. G. & Borgatti, S. P. (2014). Networks containing negative ties. Social Networks
  /// 38:111–120. Matches signnet's `pn_index`.
  ///
  /// - Complexity: O(n³) up to ``densePNLimit`` nodes, else O(k·(n + m)) for k CG iterations.
  public static func pnIndex(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return Array(repeating: 1, count: n) }
    let scale = 1 / Double(2 * n - 2)
    let entries = graph.weights.map { $0 > 0 ? -scale : ($0 < 0 ? 2 * scale : 0) }
    if n <= densePNLimit {
      var matrix = [Double](repeating: 0, count: n * n)
      for node in 0..<n {
        matrix[node * n + node] = 1
        for arc in graph.offsets[node]..<graph.offsets[node + 1] {
          matrix[node * n + Int(graph.targets[arc])] += entries[arc]
        }
      }
      return solveDense(matrix, n: n, rhs: Array(repeating: 1, count: n))
    }
    return conjugateGradient(graph, entries: entries)
  }

  /// Solves M·x = b by Gaussian elimination with partial pivoting (M row-major n×n).
  static func solveDense(_ matrix: [Double], n: Int, rhs: [Double]) -> [Double] {
    var m = matrix
    var b = rhs
    for column in 0..<n {
      var pivot = column
      for row in (column + 1)..<n where abs(m[row * n + column]) > abs(m[pivot * n + column]) { pivot = row }
      if pivot != column {
        for k in 0..<n { m.swapAt(column * n + k, pivot * n + k) }
        b.swapAt(column, pivot)
      }
      let diagonal = m[column * n + column]
      guard diagonal != 0 else { continue }
      for row in (column + 1)..<n {
        let factor = m[row * n + column] / diagonal
        guard factor != 0 else { continue }
        for k in column..<n { m[row * n + k] -= factor * m[column * n + k] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = b[row]
      for k in (row + 1)..<n { sum -= m[row * n + k] * x[k] }
      let diagonal = m[row * n + row]
      x[row] = diagonal != 0 ? sum / diagonal : 0
    }
    return x
  }

  /// Solves (I + E)·x = 1 for the symmetric sparse E given per arc, by conjugate gradients.
  private static func conjugateGradient(_ graph: CSRGraph, entries: [Double]) -> [Double] {
    let n = graph.nodeCount
    func apply(_ v: [Double]) -> [Double] {
      (0..<n).map { node in
        var sum = v[node]
        for arc in graph.offsets[node]..<graph.offsets[node + 1] { sum += entries[arc] * v[Int(graph.targets[arc])] }
        return sum
      }
    }
    var x = [Double](repeating: 1, count: n)
    var residual = apply(x).map { 1 - $0 }
    var direction = residual
    var rho = residual.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<(10 * n) where rho > 1e-26 * Double(n) {
      let q = apply(direction)
      let dot = zip(direction, q).reduce(0) { $0 + $1.0 * $1.1 }
      guard dot > 0 else { break }
      let step = rho / dot
      for node in 0..<n {
        x[node] += step * direction[node]
        residual[node] -= step * q[node]
      }
      let next = residual.reduce(0) { $0 + $1 * $1 }
      let beta = next / rho
      rho = next
      for node in 0..<n { direction[node] = residual[node] + beta * direction[node] }
    }
    return x
  }
}
