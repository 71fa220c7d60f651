/// Maps UTF-8 byte offsets of normalised text back to UTF-8 byte offsets of the original file.
///
/// The normalised text is a sequence of *pieces*, each produced from one contiguous run of original bytes.
/// A piece whose length equals its source length is *linear* (byte `i` of the piece comes from byte `i` of the
/// source; copied text, or a newline turned into a space); any other piece is *atomic* (a curly quote turned
/// into `'`, an ellipsis into `...`): all of its bytes map to the whole source run. Deleted bytes (Markdown
/// markers, footnote numbers, a soft hyphen and its line break) belong to no piece, so they simply fall
/// between two pieces. Adjacent linear pieces that continue each other are merged, so the map grows with
/// the number of edits, not with the length of the text.
///
/// - Complexity: appending is amortised O(1); a lookup is O(log p) for p pieces.
public struct OffsetMap: Sendable, Equatable {
  private var normalStarts: [Int] = []
  private var originalStarts: [Int] = []
  private var originalEnds: [Int] = []
  private var normalEnd = 0

  /// An empty map.
  public init() {}

  /// The number of pieces (for tests and diagnostics).
  public var pieceCount: Int { normalStarts.count }

  /// Records that the next `normalLength` normalised bytes come from `original`.
  public mutating func append(normalLength: Int, from original: Range<Int>) {
    guard normalLength > 0 else { return }
    let linear = normalLength == original.count
    if linear, let last = normalStarts.indices.last,
      originalEnds[last] == original.lowerBound,
      normalEnd - normalStarts[last] == originalEnds[last] - originalStarts[last]
    {
      originalEnds[last] = original.upperBound
    } else {
      normalStarts.append(normalEnd)
      originalStarts.append(original.lowerBound)
      originalEnds.append(original.upperBound)
    }
    normalEnd += normalLength
  }

  /// The original byte range of the normalised byte range `normal` (lower bound inclusive, upper exclusive).
  public func originalRange(_ normal: Range<Int>) -> Range<Int> {
    guard !normalStarts.isEmpty, normalEnd > 0 else { return 0..<0 }
    let low = Swift.min(Swift.max(normal.lowerBound, 0), normalEnd - 1)
    let start = originalOffset(of: low, end: false)
    guard normal.upperBound > normal.lowerBound else { return start..<start }
    let high = Swift.min(normal.upperBound, normalEnd) - 1
    let end = originalOffset(of: high, end: true)
    return start..<Swift.max(start, end)
  }

  /// The original offset of normalised byte `offset` (its first byte), or one past its last byte if `end`.
  private func originalOffset(of offset: Int, end: Bool) -> Int {
    let piece = pieceIndex(containing: offset)
    let pieceStart = normalStarts[piece]
    let pieceLength = (piece + 1 < normalStarts.count ? normalStarts[piece + 1] : normalEnd) - pieceStart
    let isLinear = pieceLength == originalEnds[piece] - originalStarts[piece]
    if isLinear { return originalStarts[piece] + offset - pieceStart + (end ? 1 : 0) }
    return end ? originalEnds[piece] : originalStarts[piece]
  }

  /// Binary search for the last piece starting at or before `offset`.
  private func pieceIndex(containing offset: Int) -> Int {
    var low = 0
    var high = normalStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if normalStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
