extension TextNormalizer {
  /// The wrap width of a file: the 90th percentile of its text lines' lengths in bytes (with fewer than
  /// three lines, the longest).
  ///
  /// - Complexity: O(l) for l lines (a histogram of lengths up to 256; longer lines count as 256).
  static func wrapWidth(_ lines: [Line], kinds: [LineKind]) -> Int {
    var histogram = [Int](repeating: 0, count: 257)
    var total = 0
    var longest = 0
    for (line, kind) in zip(lines, kinds) where kind == .text {
      histogram[Swift.min(line.content.count, 256)] += 1
      total += 1
      longest = Swift.max(longest, line.content.count)
    }
    guard total >= 3 else { return longest }
    var seen = 0
    for (length, count) in histogram.enumerated() {
      seen += count
      if seen > total * 9 / 10 { return length == 256 ? longest : length }
    }
    return longest
  }

  /// Groups lines into paragraphs (see ``TextNormalizer`` for the rules).
  ///
  /// - Complexity: O(l) for l lines.
  static func paragraphs(of input: [Line], in bytes: [UInt8]) -> [PlannedParagraph] {
    var lines = input
    var kinds: [LineKind] = []
    kinds.reserveCapacity(lines.count)
    for index in lines.indices {
      kinds.append(classify(&lines[index], in: bytes, previousIsText: kinds.last == .text))
    }
    markRunningHeaders(lines, &kinds, in: bytes)
    let width = wrapWidth(lines, kinds: kinds)
    let wrapped = width <= 160
    var result: [PlannedParagraph] = []
    var current = PlannedParagraph()
    var sawBlank = false
    var sawPage = false
    func flush() {
      if !current.lines.isEmpty { result.append(current) }
      current = PlannedParagraph()
    }
    for (line, kind) in zip(lines, kinds) {
      if line.afterFormFeed { sawPage = true }
      switch kind {
      case .blank:
        sawBlank = true
        continue
      case .pageNumber, .runningHeader:
        sawPage = true
        continue
      case .rule: flush()
      case .setextUnderline:
        current.isHeading = true
        current.isMarkedHeading = true
        flush()
      case .heading:
        flush()
        result.append(PlannedParagraph(lines: [line], isHeading: true, isMarkedHeading: true))
      case .bullet:
        flush()
        current.lines = [line]
        current.isListItem = true
      case .text:
        if let previous = current.lines.last {
          let ends = endsSentence(bytes, previous.content)
          // A blank gap inside a sentence of a wrapped file (a page break without a number) does not end it.
          let brokenWord = wrapped && endsWithHyphen(bytes, previous.content)
          let midSentence = startsLowercase(bytes, line.content) && !endsSentence(bytes, previous.content, colon: false)
          let breaks =
            if sawPage || brokenWord || midSentence {
              ends && startsSentence(bytes, line.content)
            } else if sawBlank || !wrapped {
              true
            } else {
              previous.content.count * 2 < width || (ends && previous.content.count * 5 < width * 4)
            }
          if breaks { flush() }
        }
        current.lines.append(line)
      }
      sawBlank = false
      sawPage = false
    }
    flush()
    for index in result.indices where !result[index].isHeading && !result[index].isListItem {
      result[index].isHeading = looksLikeHeading(result[index], in: bytes)
    }
    return result
  }

  /// Whether the line starts with a lowercase ASCII letter.
  static func startsLowercase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard let first = bytes[range].first else { return false }
    return first >= 0x61 && first <= 0x7A
  }

  /// Whether the line ends with a letter and a hyphen (a word broken across lines).
  static func endsWithHyphen(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    range.count >= 2 && bytes[range.upperBound - 1] == UInt8(ascii: "-") && isLetter(bytes[range.upperBound - 2])
  }

  /// A one-line paragraph, short, with a letter and without final punctuation.
  static func looksLikeHeading(_ paragraph: PlannedParagraph, in bytes: [UInt8]) -> Bool {
    guard paragraph.lines.count == 1, let content = paragraph.lines.first?.content, content.count < 90,
      let last = bytes[content].last
    else { return false }
    let punctuation = ".,;:!?\"'-)".utf8
    return !punctuation.contains(last) && !(last == 0x9D || last == 0x99)
      && bytes[content].contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
  }

  /// Marks short standalone lines that repeat at least three times in a paginated file as running headers.
  ///
  /// A file is paginated when it has a form feed or at least two lone page numbers; digits are ignored when
  /// comparing lines, since headers often carry the page number.
  static func markRunningHeaders(_ lines: [Line], _ kinds: inout [LineKind], in bytes: [UInt8]) {
    let pages = kinds.count { $0 == .pageNumber } + lines.count { $0.afterFormFeed }
    guard pages >= 2 else { return }
    var counts: [[UInt8]: Int] = [:]
    var keys: [Int: [UInt8]] = [:]
    for index in lines.indices where kinds[index] == .text && lines[index].content.count <= 80 {
      let before = index == 0 || kinds[index - 1] != .text || lines[index].afterFormFeed
      let after = index + 1 == lines.count || kinds[index + 1] != .text || lines[index + 1].afterFormFeed
      guard before || after else { continue }
      let key = bytes[lines[index].content].filter { !($0 >= 0x30 && $0 <= 0x39) && !isSpace($0) }
      guard key.count >= 4 else { continue }
      keys[index] = key
      counts[key, default: 0] += 1
    }
    for (index, key) in keys where counts[key, default: 0] >= 3 { kinds[index] = .runningHeader }
  }
}
