import PatronageCore

extension AnalysisGraph {
  /// What one relation gives a network of some kind, packed so that building a network reads one array.
  struct Tie: Sendable {
    /// The source person's index, or -1 when the source is not a person.
    var source: Int32
    /// The target person's index (-1 when unknown).
    var target: Int32
    /// The arc's weight (sign × tie weight).
    var weight: Double
    /// Whether the relation gives the network an arc (the kind counts, both ends are distinct persons).
    var isArc: Bool
  }

  /// Every relation's ``Tie`` in a network of `kind`, in graph order.
  ///
  /// - Complexity: O(r).
  func ties(_ kind: NetworkKind) -> [Tie] {
    let signs = RelationKind.allCases.map { kind.sign(of: $0) ?? 0 }
    return relationKind.indices.map { index in
      let source = sourceIndex[index]
      let target = targetIndex[index]
      let sign = signs[relationKind[index].ordinal]
      return Tie(
        source: source, target: target, weight: sign * relationWeight[index],
        isArc: source >= 0 && target >= 0 && source != target && sign != 0)
    }
  }

  /// Builds ``SnapshotNetwork``s straight into compressed sparse row form, reusing its buffers from one
  /// network to the next (one builder per thread).
  ///
  /// The result equals `CSRGraph(nodeCount:edges:directed:)` on the network's edges taken in relation order:
  /// arcs sorted by (tail, head), and a pair's weights summed in relation order, so the figures do not change
  /// by a bit.
  struct NetworkBuilder {
    /// Graph person index → local node index; -1 outside a build.
    private var local: [Int32]
    /// One bit per graph person: touched by a relation of the network being built; all clear outside a build.
    private var touched: [UInt64]
    /// Arcs per graph person (tail or, undirected, head); all zero outside a build.
    private var arcCount: [Int32]
    /// Each local tail's next free arc slot.
    private var cursor: [Int] = []

    init(personCount: Int) {
      local = [Int32](repeating: -1, count: personCount)
      arcCount = [Int32](repeating: 0, count: personCount)
      touched = [UInt64](repeating: 0, count: (personCount + 63) / 64)
    }

    /// The network of `kind` from the ties of some relations of `graph` (from ``AnalysisGraph/ties(_:)``).
    ///
    /// Nodes are every person those relations touch, in id order; arcs come from the ties that are arcs.
    ///
    /// - Complexity: O(p/64 + r + m log d) for p persons in the graph, r relations, m arcs and largest degree d
    ///   (O(m·d) when degrees are small).
    mutating func network(
      _ kind: NetworkKind, ties: ArraySlice<Tie>, year: Int?, in graph: AnalysisGraph
    ) -> SnapshotNetwork {
      let directed = kind.isDirected
      let members = collectMembers(ties, directed: directed)
      var csr = arcs(ties, members: members, directed: directed)
      for global in members { local[Int(global)] = -1 }
      if kind == .signed { csr = csr.droppingZeroWeights() }
      return SnapshotNetwork(
        kind: kind, year: year, persons: members.map { graph.persons[Int($0)] }, graphIndices: members, csr: csr)
    }

    /// The persons the ties touch, ascending, each given its local index in ``local``; counts each one's arcs
    /// (by graph index) in ``arcCount``.
    private mutating func collectMembers(_ ties: ArraySlice<Tie>, directed: Bool) -> [Int32] {
      for tie in ties {
        let target = Int(tie.target)
        guard target >= 0 else { continue }
        touched[target >> 6] |= 1 << UInt64(target & 63)
        let source = Int(tie.source)
        if source >= 0 { touched[source >> 6] |= 1 << UInt64(source & 63) }
        if tie.isArc {
          arcCount[source] += 1
          if !directed { arcCount[target] += 1 }
        }
      }
      var members: [Int32] = []
      for word in touched.indices where touched[word] != 0 {
        var bits = touched[word]
        touched[word] = 0
        while bits != 0 {
          let global = word << 6 + bits.trailingZeroBitCount
          local[global] = Int32(members.count)
          members.append(Int32(global))
          bits &= bits - 1
        }
      }
      return members
    }

    /// The arcs among the members, sorted by (tail, head) with repeated pairs summed; clears ``arcCount``.
    private mutating func arcs(_ ties: ArraySlice<Tie>, members: [Int32], directed: Bool) -> CSRGraph {
      cursor.removeAll(keepingCapacity: true)
      cursor.append(0)
      for global in members {
        cursor.append(cursor[cursor.count - 1] + Int(arcCount[Int(global)]))
        arcCount[Int(global)] = 0
      }
      let arcTotal = cursor[members.count]
      var offsets = cursor
      var heads = [Int32](repeating: 0, count: arcTotal)
      var weights = [Double](repeating: 0, count: arcTotal)
      for tie in ties where tie.isArc {
        let tail = Int(local[Int(tie.source)])
        let head = local[Int(tie.target)]
        heads[cursor[tail]] = head
        weights[cursor[tail]] = tie.weight
        cursor[tail] += 1
        if !directed {
          heads[cursor[Int(head)]] = Int32(tail)
          weights[cursor[Int(head)]] = tie.weight
          cursor[Int(head)] += 1
        }
      }
      Self.sortAndMerge(offsets: &offsets, heads: &heads, weights: &weights)
      return CSRGraph(nodeCount: members.count, directed: directed, offsets: offsets, targets: heads, weights: weights)
    }

    /// Sorts each node's arcs by head (stably) and sums the weights of arcs to the same head in their order,
    /// compacting the arrays and updating `offsets`.
    ///
    /// - Complexity: O(m·d) for m arcs and largest degree d up to 32, O(m log d) above.
    static func sortAndMerge(offsets: inout [Int], heads: inout [Int32], weights: inout [Double]) {
      var written = 0
      var start = offsets[0]
      var order: [Int] = []
      for node in 0..<(offsets.count - 1) {
        let end = offsets[node + 1]
        if end - start > 32 {
          order.removeAll(keepingCapacity: true)
          order.append(contentsOf: start..<end)
          order.sort { (heads[$0], $0) < (heads[$1], $1) }
          let sortedHeads = order.map { heads[$0] }
          let sortedWeights = order.map { weights[$0] }
          heads.replaceSubrange(start..<end, with: sortedHeads)
          weights.replaceSubrange(start..<end, with: sortedWeights)
        } else if end - start > 1 {
          for arc in (start + 1)..<end {
            let head = heads[arc]
            let weight = weights[arc]
            var slot = arc
            while slot > start, heads[slot - 1] > head {
              heads[slot] = heads[slot - 1]
              weights[slot] = weights[slot - 1]
              slot -= 1
            }
            heads[slot] = head
            weights[slot] = weight
          }
        }
        offsets[node] = written
        for arc in start..<end {
          if written > offsets[node], heads[written - 1] == heads[arc] {
            weights[written - 1] += weights[arc]
          } else {
            heads[written] = heads[arc]
            weights[written] = weights[arc]
            written += 1
          }
        }
        start = end
      }
      offsets[offsets.count - 1] = written
      heads.removeLast(heads.count - written)
      weights.removeLast(weights.count - written)
    }
  }
}
