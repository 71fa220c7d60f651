/// An immutable graph in compressed sparse row form: node `v`'s arcs are
/// `targets[offsets[v]..<offsets[v + 1]]` with the same-index `weights`, sorted by target.
///
/// Undirected graphs store each edge as two arcs. Nodes are `0..<nodeCount`; what they stand
/// for is up to the owner (see ``SnapshotNetwork``).
public struct CSRGraph: Sendable, Equatable {
  /// The number of nodes.
  public let nodeCount: Int
  /// Whether arcs are one-way.
  public let isDirected: Bool
  /// Arc ranges, `nodeCount + 1` entries.
  public let offsets: [Int]
  /// Arc heads.
  public let targets: [Int32]
  /// Arc weights (positive for the positive and patronage networks, signed for the signed one).
  public let weights: [Double]

  /// Builds a graph from edges, summing the weights of repeated edges and dropping self-loops.
  ///
  /// Arcs are put in (tail, head) order by two stable counting passes (by head, then by tail).
  ///
  /// - Parameters:
  ///   - nodeCount: the number of nodes; every endpoint must be below it.
  ///   - edges: `(u, v, weight)` triples; for undirected graphs `(u, v)` and `(v, u)` are the same edge.
  ///   - directed: whether `(u, v)` is the arc u → v only.
  /// - Complexity: O(n + m).
  public init(nodeCount: Int, edges: [(Int32, Int32, Double)], directed: Bool) {
    var tails: [Int32] = []
    var heads: [Int32] = []
    var values: [Double] = []
    let capacity = directed ? edges.count : 2 * edges.count
    tails.reserveCapacity(capacity)
    heads.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
    for (u, v, w) in edges where u != v {
      tails.append(u)
      heads.append(v)
      values.append(w)
      if !directed {
        tails.append(v)
        heads.append(u)
        values.append(w)
      }
    }
    let byHead = Self.countingOrder(keys: heads, order: Array(heads.indices), buckets: nodeCount)
    let order = Self.countingOrder(keys: tails, order: byHead, buckets: nodeCount)
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    targets.reserveCapacity(order.count)
    weights.reserveCapacity(order.count)
    var previousTail: Int32 = -1
    for arc in order {
      let tail = tails[arc]
      if tail == previousTail, targets.last == heads[arc] {
        weights[weights.count - 1] += values[arc]
      } else {
        offsets[Int(tail) + 1] += 1
        targets.append(heads[arc])
        weights.append(values[arc])
      }
      previousTail = tail
    }
    for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
    self.init(nodeCount: nodeCount, directed: directed, offsets: offsets, targets: targets, weights: weights)
  }

  /// `order` stably re-sorted by `keys[element]` (each key below `buckets`).
  private static func countingOrder(keys: [Int32], order: [Int], buckets: Int) -> [Int] {
    var start = [Int](repeating: 0, count: buckets + 1)
    for key in keys { start[Int(key) + 1] += 1 }
    for bucket in 0..<buckets { start[bucket + 1] += start[bucket] }
    var result = [Int](repeating: 0, count: order.count)
    for element in order {
      let key = Int(keys[element])
      result[start[key]] = element
      start[key] += 1
    }
    return result
  }

  /// Wraps arrays that already satisfy the invariants.
  init(nodeCount: Int, directed: Bool, offsets: [Int], targets: [Int32], weights: [Double]) {
    self.nodeCount = nodeCount
    self.isDirected = directed
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
  }

  /// The number of edges (arcs for a directed graph, arc pairs for an undirected one).
  public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

  /// The arcs out of `node`: (head, weight) pairs sorted by head.
  public func neighbors(of node: Int) -> [(node: Int, weight: Double)] {
    (offsets[node]..<offsets[node + 1]).map { (Int(targets[$0]), weights[$0]) }
  }

  /// Every edge once, as `(u, v, weight)` with `u < v` for undirected graphs, sorted.
  public var edgeList: [(Int, Int, Double)] {
    var result: [(Int, Int, Double)] = []
    for node in 0..<nodeCount {
      for arc in offsets[node]..<offsets[node + 1] where isDirected || node < Int(targets[arc]) {
        result.append((node, Int(targets[arc]), weights[arc]))
      }
    }
    return result
  }

  /// The graph with every arc reversed (the graph itself when undirected).
  ///
  /// - Complexity: O(n + m).
  public func transposed() -> CSRGraph {
    guard isDirected else { return self }
    var counts = [Int](repeating: 0, count: nodeCount + 1)
    for target in targets { counts[Int(target) + 1] += 1 }
    for index in 0..<nodeCount { counts[index + 1] += counts[index] }
    var cursor = counts
    var newTargets = [Int32](repeating: 0, count: targets.count)
    var newWeights = [Double](repeating: 0, count: targets.count)
    for node in 0..<nodeCount {
      for arc in offsets[node]..<offsets[node + 1] {
        let head = Int(targets[arc])
        newTargets[cursor[head]] = Int32(node)
        newWeights[cursor[head]] = weights[arc]
        cursor[head] += 1
      }
    }
    return CSRGraph(nodeCount: nodeCount, directed: true, offsets: counts, targets: newTargets, weights: newWeights)
  }

  /// Weighted out-degree (strength) of every node.
  public var strengths: [Double] {
    (0..<nodeCount).map { node in
      var sum = 0.0
      for arc in offsets[node]..<offsets[node + 1] { sum += weights[arc] }
      return sum
    }
  }

  /// The number of arcs out of every node.
  public var degrees: [Int] { (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] } }
}
