import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Signed modularity, frustration and the faction heuristic against exhaustive optima.
@Suite struct SignedPartitionTests {
  /// signnet's `pn_index` example matrix (domain notes §4): 10 nodes, 13 positive and 13 negative ties.
  static let testMatrix: [[Double]] = [
    [0, 1, 0, 1, 0, 0, 0, -1, -1, 0], [1, 0, 1, -1, 1, -1, -1, 0, 0, 0], [0, 1, 0, 1, -1, 0, 0, 0, -1, 0],
    [1, -1, 1, 0, 1, -1, -1, 0, 0, 0], [0, 1, -1, 1, 0, 1, 0, -1, 0, -1], [0, -1, 0, -1, 1, 0, 1, 0, 1, -1],
    [0, -1, 0, -1, 0, 1, 0, 1, -1, 1], [-1, 0, 0, 0, -1, 0, 1, 0, 1, 0], [-1, 0, -1, 0, 0, 1, -1, 1, 0, 1],
    [0, 0, 0, 0, -1, -1, 1, 0, 1, 0],
  ]

  static func graph(_ matrix: [[Double]]) -> CSRGraph {
    var edges: [(Int32, Int32, Double)] = []
    for i in matrix.indices {
      for j in matrix.indices where i < j && matrix[i][j] != 0 { edges.append((Int32(i), Int32(j), matrix[i][j])) }
    }
    return CSRGraph(nodeCount: matrix.count, edges: edges, directed: false)
  }

  /// A random signed graph on `n` nodes from a fixed seed.
  static func randomSigned(n: Int, seed: UInt64) -> CSRGraph {
    var generator = SplitMix64(seed: seed)
    var edges: [(Int32, Int32, Double)] = []
    for i in 0..<n {
      for j in (i + 1)..<n where Double.random(in: 0..<1, using: &generator) < 0.4 {
        let sign: Double = Double.random(in: 0..<1, using: &generator) < 0.6 ? 1 : -1
        edges.append((Int32(i), Int32(j), sign * Double(Int.random(in: 1...3, using: &generator))))
      }
    }
    return CSRGraph(nodeCount: n, edges: edges, directed: false)
  }

  @Test func signedModularityOfTheKnownOptimum() {
    let labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    #expect(abs(SignedPartition.modularity(Self.graph(Self.testMatrix), labels: labels) - 0.3077) < 1e-4)
  }

  @Test func exhaustiveSearchFindsTheUniqueOptimum() {
    let result = SignedPartition.optimum(Self.graph(Self.testMatrix))
    #expect(result.labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    #expect(abs(result.modularity - 0.3077) < 1e-4)
  }

  @Test func lineIndexOfTheTestMatrixIsFive() {
    #expect(SignedPartition.lineIndex(Self.graph(Self.testMatrix)) == 5)
  }

  @Test func triangleBalanceOfTheTestMatrix() {
    let balance = SignedPartition.triangleBalance(Self.graph(Self.testMatrix))
    #expect(balance == TriangleBalance(triangles: 18, balanced: 4, weaklyBalanced: 6))
    #expect(abs(balance.strictRatio - 0.2222) < 1e-4 && abs(balance.weakRatio - 0.3333) < 1e-4)
  }

  @Test func frustrationCountsCrossPositiveAndInnerNegativeTies() {
    let graph = Self.graph([[0, 1, -1], [1, 0, -2], [-1, -2, 0]])
    let split = SignedPartition.frustration(graph, labels: [0, 0, 1])
    #expect(split.ties == 0)
    let together = SignedPartition.frustration(graph, labels: [0, 0, 0])
    #expect(together.ties == 2)
    #expect(together.weight == 3)
  }

  @Test func restrictedGrowthStringsCountTheBellNumbers() {
    for (n, bell) in [(1, 1), (4, 15), (6, 203)] {
      var labels = [Int](repeating: 0, count: n)
      var prefix = [Int](repeating: 0, count: n)
      var count = 1
      while SignedPartition.advance(&labels, prefixMax: &prefix) { count += 1 }
      #expect(count == bell)
    }
  }

  @Test(arguments: 0..<30)
  func heuristicReachesTheExhaustiveOptimum(seed: Int) {
    let graph = Self.randomSigned(n: 5 + seed % 5, seed: UInt64(seed) &+ 101)
    let exact = SignedPartition.optimum(graph)
    let heuristic = SignedPartition.louvain(graph)
    #expect(heuristic.modularity <= exact.modularity + 1e-9)
    #expect(abs(heuristic.modularity - exact.modularity) < 1e-9, "seed \(seed): \(heuristic) vs \(exact)")
  }

  @Test func heuristicIsDeterministic() {
    let graph = Self.randomSigned(n: 60, seed: 7)
    #expect(SignedPartition.louvain(graph).labels == SignedPartition.louvain(graph).labels)
  }

  @Test func emptyAndTielessGraphsGiveTrivialPartitions() {
    #expect(SignedPartition.louvain(CSRGraph(nodeCount: 0, edges: [], directed: false)).labels.isEmpty)
    let isolated = CSRGraph(nodeCount: 3, edges: [], directed: false)
    #expect(SignedPartition.modularity(isolated, labels: [0, 1, 2]) == 0)
    #expect(SignedPartition.louvain(isolated).labels.count == 3)
    #expect(SignedPartition.optimum(isolated).labels == [0, 0, 0])
  }
}
