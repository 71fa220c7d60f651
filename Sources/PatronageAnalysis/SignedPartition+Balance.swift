/// Triangle counts of structural balance in a signed graph.
public struct TriangleBalance: Sendable, Equatable, Codable {
  /// Triangles (three persons all tied to each other).
  public var triangles: Int
  /// Triangles whose sign product is positive (Cartwright & Harary 1956).
  public var balanced: Int
  /// Balanced triangles plus all-negative ones (Davis 1967's weak, k-camp balance).
  public var weaklyBalanced: Int

  /// `balanced / triangles` (1 with no triangles).
  public var strictRatio: Double { triangles > 0 ? Double(balanced) / Double(triangles) : 1 }
  /// `weaklyBalanced / triangles` (1 with no triangles).
  public var weakRatio: Double { triangles > 0 ? Double(weaklyBalanced) / Double(triangles) : 1 }
}

extension SignedPartition {
  /// Counts triangles and how many are balanced, strictly and weakly.
  ///
  /// Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of Heider's theory.
  /// Psych. Rev. 63:277–293; Davis, J. A. (1967). Clustering and structural balance in graphs.
  /// Human Relations 20:181–187.
  ///
  /// - Complexity: O(m·d) for largest degree d (sorted neighbour lists are intersected).
  public static func triangleBalance(_ graph: CSRGraph) -> TriangleBalance {
    var result = TriangleBalance(triangles: 0, balanced: 0, weaklyBalanced: 0)
    for u in 0..<graph.nodeCount {
      for uv in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[uv]) > u {
        let v = Int(graph.targets[uv])
        var a = uv + 1
        var b = graph.offsets[v]
        while a < graph.offsets[u + 1] && b < graph.offsets[v + 1] {
          if graph.targets[a] < graph.targets[b] {
            a += 1
          } else if graph.targets[a] > graph.targets[b] {
            b += 1
          } else {
            if graph.targets[a] > v {
              let signs = [graph.weights[uv], graph.weights[a], graph.weights[b]].map { $0 > 0 }
              let negatives = signs.filter { !$0 }.count
              result.triangles += 1
              if negatives % 2 == 0 { result.balanced += 1 }
              if negatives % 2 == 0 || negatives == 3 { result.weaklyBalanced += 1 }
            }
            a += 1
            b += 1
          }
        }
      }
    }
    return result
  }
}
