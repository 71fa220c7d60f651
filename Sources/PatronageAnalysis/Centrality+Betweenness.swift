import Dispatch

extension Centrality {
  /// Sources are split into this many fixed blocks whatever the number of cores, and the blocks'
  /// sums are added in block order, so the result is the same to the bit on every machine.
  static let betweennessBlocks = 64

  /// Betweenness centrality on hop distances (weights ignored), normalised as networkx's
  /// `betweenness_centrality(G, normalized=True)`: the sum over sources of pair dependencies,
  /// times 1/((n−1)(n−2)) when n > 2.
  ///
  /// Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
  /// 25(2):163–177. Breadth-first search from every source, then dependencies accumulated in
  /// reverse BFS order; predecessors are found as in-neighbours one hop closer, so no lists are kept.
  /// Sources run in parallel on all cores.
  ///
  /// - Complexity: O(n·m) time, O(n) memory per worker and O(n·64) for the block sums.
  public static func betweenness(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let reverse = graph.transposed()
    let blocks = min(betweennessBlocks, n)
    let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: blocks * n)
    partial.initialize(repeating: 0)
    defer { partial.deallocate() }
    nonisolated(unsafe) let sums = partial
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      let lower = block * n / blocks
      let upper = (block + 1) * n / blocks
      let output = UnsafeMutableBufferPointer(rebasing: sums[(block * n)..<((block + 1) * n)])
      accumulateBrandes(graph, reverse: reverse, sources: lower..<upper, into: output)
    }
    var result = [Double](repeating: 0, count: n)
    for block in 0..<blocks {
      for node in 0..<n { result[node] += partial[block * n + node] }
    }
    if n > 2 {
      let scale = 1 / (Double(n - 1) * Double(n - 2))
      for node in 0..<n { result[node] *= scale }
    }
    return result
  }

  /// Adds the dependencies of every source in `sources` to `output`.
  private static func accumulateBrandes(
    _ graph: CSRGraph, reverse: CSRGraph, sources: Range<Int>, into output: UnsafeMutableBufferPointer<Double>
  ) {
    let n = graph.nodeCount
    var distance = [Int32](repeating: -1, count: n)
    var sigma = [Double](repeating: 0, count: n)
    var delta = [Double](repeating: 0, count: n)
    var order = [Int32](repeating: 0, count: n)
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        reverse.offsets.withUnsafeBufferPointer { inOffsets in
          reverse.targets.withUnsafeBufferPointer { inTargets in
            distance.withUnsafeMutableBufferPointer { distance in
              sigma.withUnsafeMutableBufferPointer { sigma in
                delta.withUnsafeMutableBufferPointer { delta in
                  order.withUnsafeMutableBufferPointer { order in
                    for source in sources {
                      var head = 0
                      var tail = 1
                      order[0] = Int32(source)
                      distance[source] = 0
                      sigma[source] = 1
                      while head < tail {
                        let v = Int(order[head])
                        head += 1
                        let next = distance[v] + 1
                        for arc in offsets[v]..<offsets[v + 1] {
                          let w = Int(targets[arc])
                          if distance[w] < 0 {
                            distance[w] = next
                            order[tail] = Int32(w)
                            tail += 1
                          }
                          if distance[w] == next { sigma[w] += sigma[v] }
                        }
                      }
                      var position = tail - 1
                      while position > 0 {
                        let w = Int(order[position])
                        position -= 1
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let previous = distance[w] - 1
                        for arc in inOffsets[w]..<inOffsets[w + 1] {
                          let v = Int(inTargets[arc])
                          if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                        }
                        output[w] += delta[w]
                      }
                      for position in 0..<tail {
                        let node = Int(order[position])
                        distance[node] = -1
                        sigma[node] = 0
                        delta[node] = 0
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
