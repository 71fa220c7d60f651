import PatronageCore

/// Precision, recall and F1 of predicted relations against gold, matched like `shared/eval/score.py`.
///
/// A prediction matches a gold line of the same document when the kinds agree; allied and opposed compare the
/// unordered pair (a gold line without a source accepts either side); appointed and expelled compare the target
/// and, when the gold line has one, the office; the years must overlap (a gold line without years accepts any).
/// Each line matches at most once: a maximum bipartite matching that, among the largest, agrees best on patrons,
/// years and offices (Hungarian algorithm).
/// - Complexity: O(n² · m) per document and kind, for n ≤ m lines on the two sides.
public struct Scorer: Sendable {
  public struct Counts: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
  }

  public private(set) var byKind: [RelationKind: Counts] = [:]
  /// Matched appointments whose gold line names a patron, and how many of them the prediction got right.
  public private(set) var patronsChecked = 0
  public private(set) var patronsRight = 0

  public var micro: Counts {
    byKind.values.reduce(into: Counts()) {
      $0.truePositives += $1.truePositives
      $0.falsePositives += $1.falsePositives
      $0.falseNegatives += $1.falseNegatives
    }
  }

  public var patronAccuracy: Double? { patronsChecked == 0 ? nil : Double(patronsRight) / Double(patronsChecked) }

  /// Scores `predicted` against `gold`; only documents present in the gold are scored.
  public init(gold: [ScoredRelation], predicted: [ScoredRelation]) {
    let documents = Set(gold.map(\.document))
    for kind in RelationKind.allCases { byKind[kind] = Counts() }
    for document in documents.sorted() {
      for kind in RelationKind.allCases {
        let goldLines = gold.filter { $0.document == document && $0.kind == kind }
        let predictedLines = predicted.filter { $0.document == document && $0.kind == kind }
        let pairs = Self.matching(gold: goldLines, predicted: predictedLines)
        byKind[kind]?.truePositives += pairs.count
        byKind[kind]?.falsePositives += predictedLines.count - pairs.count
        byKind[kind]?.falseNegatives += goldLines.count - pairs.count
        guard kind == .appointed else { continue }
        for (goldIndex, predictedIndex) in pairs where goldLines[goldIndex].source != nil {
          patronsChecked += 1
          if goldLines[goldIndex].source == predictedLines[predictedIndex].source { patronsRight += 1 }
        }
      }
    }
  }

  static func matches(_ gold: ScoredRelation, _ predicted: ScoredRelation) -> Bool {
    if gold.kind.isSymmetric {
      let pair = [predicted.source, predicted.target]
      if let source = gold.source {
        guard Set([source, gold.target]) == Set(pair.compactMap { $0 }) else { return false }
      } else if !pair.contains(gold.target) {
        return false
      }
    } else {
      guard gold.target == predicted.target else { return false }
      if let office = gold.office, office != predicted.office { return false }
    }
    guard let from = gold.from else { return true }
    guard let predictedFrom = predicted.from else { return false }
    return predictedFrom <= (gold.to ?? from) && from <= (predicted.to ?? predictedFrom)
  }

  /// Maximum matching as (gold index, predicted index) pairs, sorted by gold index: the most pairs, and among
  /// those the largest total ``quality(_:_:)``, by a maximum-weight assignment with weights large enough that
  /// one more pair always outweighs any qualities.
  static func matching(gold: [ScoredRelation], predicted: [ScoredRelation]) -> [(Int, Int)] {
    guard !gold.isEmpty, !predicted.isEmpty else { return [] }
    let big = 8 * (min(gold.count, predicted.count) + 1)
    let weights = gold.map { line in
      predicted.map { candidate in matches(line, candidate) ? big + quality(line, candidate) : 0 }
    }
    var pairs: [(Int, Int)] = []
    if gold.count <= predicted.count {
      for (row, column) in assignment(weights).enumerated() where column >= 0 && weights[row][column] > 0 {
        pairs.append((row, column))
      }
    } else {
      let transposed = predicted.indices.map { column in gold.indices.map { weights[$0][column] } }
      for (column, row) in assignment(transposed).enumerated() where row >= 0 && weights[row][column] > 0 {
        pairs.append((row, column))
      }
    }
    return pairs.sorted { $0.0 < $1.0 }
  }
}
