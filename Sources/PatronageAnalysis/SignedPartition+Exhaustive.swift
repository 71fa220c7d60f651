extension SignedPartition {
  /// The largest graph ``optimum(_:)`` accepts: B₁₂ ≈ 4.2 million partitions.
  public static let exhaustiveLimit = 12

  /// The partition of greatest signed modularity, by enumerating every partition as a
  /// restricted-growth string (a₀ = 0, aᵢ ≤ 1 + max(a_<i)); ties go to the smallest string.
  ///
  /// - Precondition: at most ``exhaustiveLimit`` nodes.
  /// - Complexity: O(Bₙ·(n + m)) for the Bell number Bₙ.
  public static func optimum(_ graph: CSRGraph) -> (labels: [Int], modularity: Double) {
    let n = graph.nodeCount
    precondition(n <= exhaustiveLimit, "exhaustive search is limited to \(exhaustiveLimit) nodes")
    guard n > 0 else { return ([], 0) }
    let layers = LayerStrengths(graph)
    guard layers.total > 0 else { return (Array(repeating: 0, count: n), 0) }
    let edges = graph.edgeList
    var labels = [Int](repeating: 0, count: n)
    var best = labels
    var bestScore = -Double.infinity
    var prefixMax = [Int](repeating: 0, count: n)
    var positive = [Double](repeating: 0, count: n)
    var negative = [Double](repeating: 0, count: n)
    repeat {
      var sum = 0.0
      for (u, v, w) in edges where labels[u] == labels[v] { sum += 2 * w }
      for index in 0..<n {
        positive[index] = 0
        negative[index] = 0
      }
      for node in 0..<n {
        positive[labels[node]] += layers.positive[node]
        negative[labels[node]] += layers.negative[node]
      }
      for label in 0...prefixMax[n - 1] {
        if layers.positiveTotal > 0 { sum -= positive[label] * positive[label] / layers.positiveTotal }
        if layers.negativeTotal > 0 { sum += negative[label] * negative[label] / layers.negativeTotal }
      }
      let score = sum / layers.total
      if score > bestScore + 1e-12 {
        bestScore = score
        best = labels
      }
    } while advance(&labels, prefixMax: &prefixMax)
    return (best, modularity(graph, labels: best))
  }

  /// Steps to the next restricted-growth string in lexicographic order; false after the last.
  /// `prefixMax[i]` is max(labels[0...i]).
  static func advance(_ labels: inout [Int], prefixMax: inout [Int]) -> Bool {
    var position = labels.count - 1
    while position > 0 {
      if labels[position] <= prefixMax[position - 1] {
        labels[position] += 1
        prefixMax[position] = max(prefixMax[position - 1], labels[position])
        for later in (position + 1)..<labels.count {
          labels[later] = 0
          prefixMax[later] = prefixMax[position]
        }
        return true
      }
      position -= 1
    }
    return false
  }

  /// The line index of balance: the fewest ties whose sign must flip for the graph to split into
  /// two camps with positive ties inside and negative ties across (weights ignored), by Gray-code
  /// enumeration of all 2ⁿ⁻¹ two-way splits.
  ///
  /// Harary, F. (1959). On the measurement of structural balance. Behavioral Science 4:316–323;
  /// Aref, S. & Wilson, M. C. (2018). Measuring partial balance in signed networks. J. Complex Netw.
  /// 6(4):566–595.
  ///
  /// - Precondition: at most 25 nodes.
  /// - Complexity: O(2ⁿ·d) for largest degree d.
  public static func lineIndex(_ graph: CSRGraph) -> Int {
    let n = graph.nodeCount
    precondition(n <= 25, "the exhaustive line index is limited to 25 nodes")
    guard n > 1 else { return 0 }
    var side = [Int](repeating: 0, count: n)
    var current = frustration(graph, labels: side).ties
    var best = current
    for step in 1..<(1 << (n - 1)) {
      let node = step.trailingZeroBitCount + 1
      for arc in graph.offsets[node]..<graph.offsets[node + 1] {
        let other = Int(graph.targets[arc])
        let positive = graph.weights[arc] > 0
        let sameBefore = side[node] == side[other]
        let frustratedBefore = positive != sameBefore
        current += frustratedBefore ? -1 : 1
      }
      side[node] ^= 1
      best = min(best, current)
    }
    return best
  }
}
