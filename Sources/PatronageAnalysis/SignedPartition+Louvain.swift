import PatronageCore

extension SignedPartition {
  /// Signed-modularity maximisation by the Louvain method with fixed-seed restarts.
  ///
  /// Each run moves nodes one at a time to the neighbouring community of greatest gain (ties to the
  /// lowest community number; a move needs a gain above 1e-12), aggregates communities and repeats,
  /// then polishes the result with single-node moves on the original graph. Run 0 visits nodes in
  /// id order, the others in orders shuffled by a fixed-seed generator; the best modularity wins
  /// (earlier runs win ties); by default 16 runs up to 500 nodes, else 4. Same graph, same result,
  /// on every machine.
  ///
  /// Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
  /// communities in large networks. J. Stat. Mech. P10008; objective from Gómez et al. (2009).
  ///
  /// - Complexity: about O(r·m·log n) for r restarts.
  public static func louvain(_ graph: CSRGraph, restarts: Int? = nil) -> (labels: [Int], modularity: Double) {
    let n = graph.nodeCount
    guard n > 0 else { return ([], 0) }
    let layers = LayerStrengths(graph)
    var best: (labels: [Int], modularity: Double)?
    var generator = SplitMix64(seed: 0x5EED)
    let base = Level(graph, layers: layers)
    for run in 0..<max(1, restarts ?? (n <= 500 ? 16 : 4)) {
      var order = Array(0..<n)
      if run > 0 { order.shuffle(using: &generator) }
      var labels = multilevel(base, nodeCount: n, order: order)
      _ = base.moveNodes(&labels, order: Array(0..<n))
      labels = canonical(labels)
      let score = modularity(graph, labels: labels)
      if score > (best?.modularity ?? -.infinity) + 1e-12 { best = (labels, score) }
    }
    return best ?? ([], 0)
  }

  /// One Louvain run: local moves and aggregation until nothing moves.
  private static func multilevel(_ base: Level, nodeCount: Int, order: [Int]) -> [Int] {
    var level = base
    var membership = Array(0..<nodeCount)
    var levelOrder = order
    while true {
      var labels = Array(0..<level.count)
      guard level.moveNodes(&labels, order: levelOrder) else { break }
      labels = canonical(labels)
      membership = membership.map { labels[$0] }
      level = level.aggregated(by: labels)
      levelOrder = Array(0..<level.count)
    }
    return membership
  }
}

/// One level of the Louvain method: (super)nodes with signed ties and layer strengths.
private struct Level {
  var count: Int
  var neighbors: [[(node: Int, weight: Double)]]
  var positive: [Double]
  var negative: [Double]
  let positiveTotal: Double
  let negativeTotal: Double

  init(_ graph: CSRGraph, layers: LayerStrengths) {
    count = graph.nodeCount
    neighbors = (0..<graph.nodeCount).map { graph.neighbors(of: $0) }
    positive = layers.positive
    negative = layers.negative
    positiveTotal = layers.positiveTotal
    negativeTotal = layers.negativeTotal
  }

  /// Up to this many (super)nodes, a node with negative ties weighs every community, not only its
  /// neighbours': under signed modularity joining a community it has no tie with can pay off.
  static let fullScanLimit = 200

  /// The modularity gain (up to a constant factor) of putting `node` into a community with
  /// strengths `p`/`q` to which it has signed weight `link`.
  func gain(node: Int, link: Double, p: Double, q: Double) -> Double {
    var value = link
    if positiveTotal > 0 { value -= positive[node] * p / positiveTotal }
    if negativeTotal > 0 { value += negative[node] * q / negativeTotal }
    return value
  }

  /// Local moving from `labels` until no node gains; returns whether anything moved.
  func moveNodes(_ labels: inout [Int], order: [Int]) -> Bool {
    let slots = max(count, (labels.max() ?? 0) + 1)
    var p = [Double](repeating: 0, count: slots)
    var q = [Double](repeating: 0, count: slots)
    var size = [Int](repeating: 0, count: slots)
    for node in 0..<count {
      p[labels[node]] += positive[node]
      q[labels[node]] += negative[node]
      size[labels[node]] += 1
    }
    var link = [Double](repeating: 0, count: slots)
    var isTouched = [Bool](repeating: false, count: slots)
    var touched: [Int] = []
    var free = (0..<slots).filter { size[$0] == 0 }.reversed().map(\.self)
    var moved = false
    var improved = true
    var passes = 0
    while improved && passes < 100 {
      improved = false
      passes += 1
      for node in order {
        let own = labels[node]
        p[own] -= positive[node]
        q[own] -= negative[node]
        size[own] -= 1
        for (other, weight) in neighbors[node] where other != node {
          if !isTouched[labels[other]] {
            isTouched[labels[other]] = true
            touched.append(labels[other])
          }
          link[labels[other]] += weight
        }
        var bestLabel = own
        var bestGain = gain(node: node, link: link[own], p: p[own], q: q[own])
        while let last = free.last, size[last] != 0 || last == own { free.removeLast() }
        var candidates = touched
        candidates.append(size[own] == 0 ? own : (free.last ?? own))
        if negative[node] > 0 && count <= Self.fullScanLimit {
          candidates = (0..<slots).filter { size[$0] > 0 || $0 == candidates.last }
        }
        candidates.sort()
        for label in candidates where label != own {
          let value = gain(node: node, link: link[label], p: p[label], q: q[label])
          if value > bestGain + 1e-12 {
            bestGain = value
            bestLabel = label
          }
        }
        for label in touched {
          link[label] = 0
          isTouched[label] = false
        }
        touched.removeAll(keepingCapacity: true)
        labels[node] = bestLabel
        p[bestLabel] += positive[node]
        q[bestLabel] += negative[node]
        size[bestLabel] += 1
        if bestLabel != own {
          if size[own] == 0 { free.append(own) }
          moved = true
          improved = true
        }
      }
    }
    return moved
  }

  /// The level whose nodes are the communities of `labels` (numbered 0..<k).
  func aggregated(by labels: [Int]) -> Level {
    let k = (labels.max() ?? -1) + 1
    var result = self
    result.count = k
    result.positive = [Double](repeating: 0, count: k)
    result.negative = [Double](repeating: 0, count: k)
    var sums = [[Int: Double]](repeating: [:], count: k)
    for node in 0..<count {
      result.positive[labels[node]] += positive[node]
      result.negative[labels[node]] += negative[node]
      for (other, weight) in neighbors[node] where labels[other] != labels[node] {
        sums[labels[node]][labels[other], default: 0] += weight
      }
    }
    result.neighbors = sums.map { row in row.keys.sorted().map { ($0, row[$0] ?? 0) } }
    return result
  }
}
