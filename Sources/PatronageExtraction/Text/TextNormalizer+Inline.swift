extension TextNormalizer.Writer {
  /// Writes one line's content, applying the inline rules of ``TextNormalizer``.
  ///
  /// Plain bytes are copied in runs; only the bytes that can start a rule stop the run.
  ///
  /// - Complexity: O(k) for a line of k bytes (a link looks ahead within its line once).
  mutating func write(_ line: Range<Int>) {
    var i = line.lowerBound
    var run = i
    var linkClose = -1
    var linkEnd = -1
    while i < line.upperBound {
      let byte = source[i]
      if (byte | 0x20) &- 0x61 < 26 {  // a letter: by far the most common byte, never special
        i += 1
        continue
      }
      if byte >= 0x80 {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        if let replacement = replacement(at: i, length: length, line: line) {
          copy(run..<i)
          if replacement.count == 1, replacement[0] == 0x20 {
            space(at: i)
          } else if !replacement.isEmpty {
            emit(replacement, from: i..<(i + length))
          }
          run = i + length
        }
        i += length
        continue
      }
      switch byte {
      case 0x20
      where i > run && source[i - 1] > 0x20 && i + 1 < line.upperBound
        && ((source[i + 1] | 0x20) &- 0x61 < 26 || source[i + 1] &- 0x30 < 10):
        break  // a single plain space before a letter or digit stays in the run
      case 0x00...0x20:
        copy(run..<i)
        space(at: i)
        i += 1
        while i < line.upperBound, source[i] <= 0x20 { i += 1 }
        run = i
        continue
      case UInt8(ascii: "*"), UInt8(ascii: "_"):
        let end = emphasisMarkerEnd(at: i, line: line)
        if end > i {
          copy(run..<i)
          run = end
          i = end
          continue
        }
      case UInt8(ascii: "`"):
        copy(run..<i)
        run = i + 1
      case UInt8(ascii: "!") where i + 1 < line.upperBound && source[i + 1] == UInt8(ascii: "["):
        if let link = link(at: i + 1, line: line) {
          copy(run..<i)
          (linkClose, linkEnd) = link
          run = i + 2
          i += 2
          continue
        }
      case UInt8(ascii: "["), UInt8(ascii: "("):
        if byte == UInt8(ascii: "["), let link = link(at: i, line: line) {
          copy(run..<i)
          (linkClose, linkEnd) = link
          run = i + 1
        } else if let end = bracketedFootnoteEnd(at: i, line: line, run: run) {
          copy(run..<i)
          run = end
          i = end
          continue
        }
      case UInt8(ascii: "]") where i == linkClose:
        copy(run..<i)
        run = linkEnd
        i = linkEnd
        continue
      case 0x30...0x39:
        if i > line.lowerBound, !TextNormalizer.isDigit(source[i - 1]), source[i - 1] > 0x20 {
          copy(run..<i)
          run = i
          let end = digitRunEnd(from: i, line: line)
          if isGluedFootnote(digits: i..<end, line: line) {
            run = end
          }
          i = end
          continue
        }
      default: break
      }
      i += 1
    }
    copy(run..<line.upperBound)
  }

  /// The replacement for the non-ASCII character at `i`, or nil to keep it (empty: delete; a space: whitespace).
  private func replacement(at i: Int, length: Int, line: Range<Int>) -> [UInt8]? {
    let lead = source[i]
    guard lead == 0xE2 || lead == 0xC2 || lead == 0xEF, i + length <= line.upperBound else { return nil }
    let second = source[i + 1]
    if lead == 0xC2 {
      switch second {
      case 0xA0: return TextNormalizer.space
      case 0xAD: return TextNormalizer.nothing
      case 0xAB, 0xBB: return TextNormalizer.quote
      default: return nil
      }
    }
    if lead == 0xEF { return second == 0xBB && source[i + 2] == 0xBF ? TextNormalizer.nothing : nil }
    let third = source[i + 2]
    if second == 0x80 {
      switch third {
      case 0x98, 0x99, 0x9A, 0x9B, 0xB2: return TextNormalizer.apostrophe
      case 0x9C, 0x9D, 0x9E, 0x9F, 0xB3: return TextNormalizer.quote
      case 0x90, 0x91, 0x92: return TextNormalizer.hyphen
      case 0x93:
        let between =
          i > line.lowerBound && TextNormalizer.isDigit(source[i - 1]) && i + 3 < line.upperBound
          && TextNormalizer.isDigit(source[i + 3])
        return between ? TextNormalizer.hyphen : TextNormalizer.dash
      case 0x94, 0x95: return TextNormalizer.dash
      case 0xA6: return TextNormalizer.ellipsis
      case 0x82...0x8A, 0xAF: return TextNormalizer.space
      case 0x8B, 0x8C, 0x8D: return TextNormalizer.nothing
      default: return nil
      }
    }
    if second == 0x81, third == 0x9F { return TextNormalizer.space }
    if second == 0x81, third == 0xA0 { return TextNormalizer.nothing }
    if second == 0x88, third == 0x92 { return TextNormalizer.hyphen }
    if second == 0xB8, third == 0xBA { return TextNormalizer.dash }
    return nil
  }

  private func digitRunEnd(from start: Int, line: Range<Int>) -> Int {
    var end = start
    while end < line.upperBound, TextNormalizer.isDigit(source[end]) { end += 1 }
    return end
  }
}
