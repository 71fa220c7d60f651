/// Quality measures of a partition of a signed graph: signed modularity and frustration.
///
/// Labels are community numbers per node; ``canonical(_:)`` renumbers them in order of first
/// appearance so that equal partitions have equal labels.
public enum SignedPartition {
  /// Renumbers labels 0, 1, 2… in order of first appearance.
  public static func canonical(_ labels: [Int]) -> [Int] {
    var mapping: [Int: Int] = [:]
    return labels.map { label in
      if let known = mapping[label] { return known }
      mapping[label] = mapping.count
      return mapping.count - 1
    }
  }

  /// Signed modularity of a partition.
  ///
  /// Q = Σ_ij [w_ij − w⁺_i·w⁺_j/2w⁺ + w⁻_i·w⁻_j/2w⁻]·δ(c_i, c_j) / (2w⁺ + 2w⁻), where w⁺_i and w⁻_i are
  /// a node's positive and negative strengths and w± the total positive and negative weights; a
  /// layer without ties drops out. Gómez, S., Jensen, P. & Arenas, A. (2009). Analysis of community
  /// structure in networks of correlated data. Phys. Rev. E 80:016114.
  ///
  /// - Complexity: O(n + m).
  public static func modularity(_ graph: CSRGraph, labels: [Int]) -> Double {
    let layers = LayerStrengths(graph)
    guard layers.total > 0 else { return 0 }
    let count = (labels.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: count)
    var positive = [Double](repeating: 0, count: count)
    var negative = [Double](repeating: 0, count: count)
    for node in 0..<graph.nodeCount {
      let label = labels[node]
      positive[label] += layers.positive[node]
      negative[label] += layers.negative[node]
      for arc in graph.offsets[node]..<graph.offsets[node + 1] where labels[Int(graph.targets[arc])] == label {
        inside[label] += graph.weights[arc]
      }
    }
    var sum = 0.0
    for label in 0..<count {
      sum += inside[label]
      if layers.positiveTotal > 0 { sum -= positive[label] * positive[label] / layers.positiveTotal }
      if layers.negativeTotal > 0 { sum += negative[label] * negative[label] / layers.negativeTotal }
    }
    return sum / layers.total
  }

  /// The ties a partition frustrates: positive ties between communities and negative ties within one.
  ///
  /// - Returns: the number of such ties and the sum of their absolute weights.
  /// - Complexity: O(n + m).
  public static func frustration(_ graph: CSRGraph, labels: [Int]) -> (ties: Int, weight: Double) {
    var ties = 0
    var weight = 0.0
    for node in 0..<graph.nodeCount {
      for arc in graph.offsets[node]..<graph.offsets[node + 1] where node < Int(graph.targets[arc]) {
        let w = graph.weights[arc]
        let same = labels[node] == labels[Int(graph.targets[arc])]
        if (w > 0 && !same) || (w < 0 && same) {
          ties += 1
          weight += abs(w)
        }
      }
    }
    return (ties, weight)
  }
}

/// Positive and negative strengths of every node of a signed graph.
struct LayerStrengths {
  /// Σ of positive weights per node (w⁺_i).
  var positive: [Double]
  /// Σ of |negative weights| per node (w⁻_i).
  var negative: [Double]
  /// 2w⁺ = Σ_i w⁺_i.
  var positiveTotal: Double
  /// 2w⁻ = Σ_i w⁻_i.
  var negativeTotal: Double

  init(_ graph: CSRGraph) {
    positive = [Double](repeating: 0, count: graph.nodeCount)
    negative = positive
    for node in 0..<graph.nodeCount {
      for arc in graph.offsets[node]..<graph.offsets[node + 1] {
        let w = graph.weights[arc]
        if w > 0 { positive[node] += w } else { negative[node] -= w }
      }
    }
    positiveTotal = positive.reduce(0, +)
    negativeTotal = negative.reduce(0, +)
  }

  /// 2w⁺ + 2w⁻.
  var total: Double { positiveTotal + negativeTotal }
}
