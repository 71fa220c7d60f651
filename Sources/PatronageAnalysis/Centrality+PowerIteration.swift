extension Centrality {
  /// The most iterations a power iteration runs. networkx stops at 100 and raises; we run on to
  /// this bound with the same stopping rule, so wherever networkx converges the results agree.
  public static let maxIterations = 1000

  /// PageRank with damping `alpha`, as networkx's `pagerank(G, alpha, weight="weight")`: an
  /// undirected tie counts as two arcs; x ← α(xP + Σ_dangling x_d·u) + (1−α)u with u uniform,
  /// starting from x = 1/n and stopping when the L1 change falls below n·1e−6.
  ///
  /// Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). The PageRank citation ranking:
  /// bringing order to the web. Stanford InfoLab TR 1999-66.
  ///
  /// - Complexity: O(k·(n + m)) for k iterations.
  public static func pageRank(_ graph: CSRGraph, alpha: Double = 0.85, tolerance: Double = 1e-6) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let reverse = graph.transposed()
    let strength = graph.strengths
    let inverse = strength.map { $0 != 0 ? 1 / $0 : 0 }
    let dangling = (0..<n).filter { strength[$0] == 0 }
    let uniform = 1 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = x
    for _ in 0..<maxIterations {
      var danglingSum = 0.0
      for node in dangling { danglingSum += x[node] }
      let base = alpha * danglingSum * uniform + (1 - alpha) * uniform
      var change = 0.0
      reverse.offsets.withUnsafeBufferPointer { offsets in
        reverse.targets.withUnsafeBufferPointer { sources in
          reverse.weights.withUnsafeBufferPointer { weights in
            for v in 0..<n {
              var sum = 0.0
              for arc in offsets[v]..<offsets[v + 1] {
                let u = Int(sources[arc])
                sum += x[u] * weights[arc] * inverse[u]
              }
              let value = alpha * sum + base
              change += abs(value - x[v])
              next[v] = value
            }
          }
        }
      }
      swap(&x, &next)
      if change < Double(n) * tolerance { break }
    }
    return x
  }

  /// Eigenvector centrality, as networkx's `eigenvector_centrality(G, weight="weight")`: power
  /// iteration on A + I from a uniform vector summing to 1, normalised to unit L2 norm each step,
  /// stopping when the L1 change falls below n·1e−6. Directed graphs use in-arcs.
  ///
  /// Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
  /// identification. J. Math. Sociol. 2:113–120.
  ///
  /// - Complexity: O(k·(n + m)) for k iterations.
  public static func eigenvector(_ graph: CSRGraph, tolerance: Double = 1e-6) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let reverse = graph.transposed()
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    for _ in 0..<maxIterations {
      var norm = 0.0
      for v in 0..<n {
        var sum = x[v]
        for arc in reverse.offsets[v]..<reverse.offsets[v + 1] {
          sum += x[Int(reverse.targets[arc])] * reverse.weights[arc]
        }
        next[v] = sum
        norm += sum * sum
      }
      norm = norm.squareRoot()
      if norm == 0 { norm = 1 }
      var change = 0.0
      for v in 0..<n {
        next[v] /= norm
        change += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if change < Double(n) * tolerance { break }
    }
    return x
  }
}
