/// Centrality measures on a ``CSRGraph``, each matching networkx's definition (see the notes on
/// every function).
public enum Centrality {}

extension Centrality {
  /// Degree centrality: the number of ties divided by n − 1, as networkx's `degree_centrality`
  /// (in + out arcs for a directed graph; 1 for the only node of a one-node graph).
  ///
  /// - Complexity: O(n + m).
  public static func degree(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return Array(repeating: 1, count: n) }
    var counts = graph.degrees.map(Double.init)
    if graph.isDirected {
      for target in graph.targets { counts[Int(target)] += 1 }
    }
    let scale = 1 / Double(n - 1)
    return counts.map { $0 * scale }
  }

  /// Weighted degree (strength): the sum of the weights of a node's ties, in + out for a directed
  /// graph, as networkx's `G.degree(weight="weight")`.
  ///
  /// - Complexity: O(n + m).
  public static func weightedDegree(_ graph: CSRGraph) -> [Double] {
    var sums = graph.strengths
    if graph.isDirected {
      for (arc, target) in graph.targets.enumerated() { sums[Int(target)] += graph.weights[arc] }
    }
    return sums
  }
}
