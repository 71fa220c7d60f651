import Dispatch

extension Centrality {
  /// Closeness centrality on hop distances, as networkx's `closeness_centrality(G, wf_improved=True)`:
  /// C(u) = (r−1)/Σd(u,v) · (r−1)/(n−1), r the number of nodes that reach u (u included); 0 when
  /// nothing else reaches u. Directed graphs use incoming distances.
  ///
  /// Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks
  /// 1:215–239; the reachability correction from Wasserman & Faust (1994), Social Network Analysis.
  ///
  /// - Complexity: O(n·m) time, run in parallel over nodes.
  public static func closeness(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return Array(repeating: 0, count: n) }
    let reverse = graph.transposed()
    let result = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    result.initialize(repeating: 0)
    defer { result.deallocate() }
    nonisolated(unsafe) let output = result
    let blocks = min(betweennessBlocks, n)
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      var distance = [Int32](repeating: -1, count: n)
      var queue = [Int32](repeating: 0, count: n)
      for source in (block * n / blocks)..<((block + 1) * n / blocks) {
        var head = 0
        var tail = 1
        var total = 0
        queue[0] = Int32(source)
        distance[source] = 0
        while head < tail {
          let v = Int(queue[head])
          head += 1
          for arc in reverse.offsets[v]..<reverse.offsets[v + 1] {
            let w = Int(reverse.targets[arc])
            guard distance[w] < 0 else { continue }
            distance[w] = distance[v] + 1
            total += Int(distance[w])
            queue[tail] = Int32(w)
            tail += 1
          }
        }
        for position in 0..<tail { distance[Int(queue[position])] = -1 }
        if total > 0 {
          let reached = Double(tail - 1)
          output[source] = reached / Double(total) * (reached / Double(n - 1))
        }
      }
    }
    return Array(result)
  }
}
