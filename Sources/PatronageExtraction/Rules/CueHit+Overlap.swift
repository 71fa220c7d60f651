extension CueHit {
  /// The hits without a relation cue that lies inside a longer cue of another relation starting before it: in "did
  /// not agree with", the opposed cue "not agree with" holds the allied cue "agree with", which it denies.
  ///
  /// - Complexity: O(hits²) over one sentence's few hits.
  static func withoutNested(_ hits: [CueHit]) -> [CueHit] {
    hits.filter { hit in
      guard case .relation(let kind) = hit.kind else { return true }
      return !hits.contains { other in
        guard case .relation(let outer) = other.kind, outer != kind else { return false }
        return other.words.lowerBound < hit.words.lowerBound && hit.words.upperBound <= other.words.upperBound
      }
    }
  }
}
