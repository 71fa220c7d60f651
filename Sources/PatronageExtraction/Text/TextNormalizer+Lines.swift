extension TextNormalizer {
  /// One line of the original file.
  struct Line {
    /// Offset of the line's first byte and of the byte that ends it (newline or form feed, or the file's end).
    var start: Int
    var end: Int
    /// The line without leading and trailing whitespace.
    var content: Range<Int>
    /// Whether a form feed came just before this line.
    var afterFormFeed: Bool

    /// Splits at `\n`, `\r\n`, `\r` and form feeds.
    ///
    /// - Complexity: O(n).
    static func split(_ bytes: [UInt8], from start: Int) -> [Line] {
      bytes.withUnsafeBufferPointer { buffer in
        var lines: [Line] = []
        lines.reserveCapacity(buffer.count / 64)
        var lineStart = start
        var formFeed = false
        var i = start
        let n = buffer.count
        while i <= n {
          while i < n, buffer[i] > 0x0D { i += 1 }
          let byte: UInt8 = i < n ? buffer[i] : 0x0A
          if byte == 0x0A || byte == 0x0C || byte == 0x0D {
            lines.append(
              Line(start: lineStart, end: i, content: trimmed(buffer, lineStart..<i), afterFormFeed: formFeed))
            formFeed = byte == 0x0C
            if byte == 0x0D, i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
            lineStart = i + 1
          }
          i += 1
        }
        return lines
      }
    }

    static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int>
    where Bytes.Index == Int {
      var low = range.lowerBound
      var high = range.upperBound
      while low < high, isSpace(bytes[low]) { low += 1 }
      while high > low, isSpace(bytes[high - 1]) { high -= 1 }
      return low..<high
    }
  }

  /// What a line is, for paragraph building.
  enum LineKind: Equatable {
    case blank, text, heading, bullet, rule, setextUnderline, pageNumber, runningHeader
  }

  /// A paragraph to write: the content ranges of its lines, in order.
  struct PlannedParagraph {
    var lines: [Line] = []
    var isHeading = false
    /// Marked up as a heading (Markdown `#` or an underline), not merely short.
    var isMarkedHeading = false
    var isListItem = false
  }

  /// Classifies one line and strips its Markdown markers (`#`, bullets, `>`).
  static func classify(_ line: inout Line, in bytes: [UInt8], previousIsText: Bool) -> LineKind {
    var content = line.content
    guard !content.isEmpty else { return .blank }
    while content.lowerBound < content.upperBound, bytes[content.lowerBound] == UInt8(ascii: ">") {
      content = Line.trimmed(bytes, (content.lowerBound + 1)..<content.upperBound)
    }
    line.content = content
    guard !content.isEmpty else { return .blank }
    let first = bytes[content.lowerBound]
    let slice = bytes[content]
    switch first {
    case UInt8(ascii: "#"):
      let hashes = slice.prefix { $0 == UInt8(ascii: "#") }.count
      let afterHashes = content.lowerBound + hashes
      if hashes <= 6, afterHashes == content.upperBound || isSpace(bytes[afterHashes]) {
        var end = content.upperBound
        while end > afterHashes, bytes[end - 1] == UInt8(ascii: "#") || isSpace(bytes[end - 1]) { end -= 1 }
        line.content = Line.trimmed(bytes, afterHashes..<end)
        return line.content.isEmpty ? .rule : .heading
      }
    case UInt8(ascii: "="):
      if slice.allSatisfy({ $0 == UInt8(ascii: "=") }) { return previousIsText ? .setextUnderline : .rule }
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "+"):
      let markers = slice.count { $0 == first }
      if first != UInt8(ascii: "+"), markers >= 3, slice.allSatisfy({ $0 == first || $0 == 0x20 }) {
        return previousIsText && first == UInt8(ascii: "-") && markers == slice.count ? .setextUnderline : .rule
      }
      if slice.count >= 2, first != UInt8(ascii: "_"), bytes[content.lowerBound + 1] == 0x20 {
        line.content = Line.trimmed(bytes, (content.lowerBound + 2)..<content.upperBound)
        return .bullet
      }
    case 0x30...0x39:
      if slice.count <= 3, slice.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .pageNumber }
    case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"):
      if slice.count <= 6, slice.allSatisfy({ "ivxlc".utf8.contains($0) }) { return .pageNumber }
    default: break
    }
    return .text
  }

  /// Whether `range` ends a sentence: its last character, past closing quotes and brackets, is `.`, `!`, `?` or
  /// (unless `colon` is false) `:`.
  static func endsSentence(_ bytes: [UInt8], _ range: Range<Int>, colon: Bool = true) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound {
      let byte = bytes[end - 1]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
        || byte == UInt8(ascii: "*")
      {
        end -= 1
      } else if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
        byte == 0x99 || byte == 0x9D
      {
        end -= 3
      } else if byte >= 0x30 && byte <= 0x39, end - 1 > range.lowerBound, !isSpace(bytes[end - 2]) {
        end -= 1  // a footnote number glued to the end
      } else {
        break
      }
    }
    guard end > range.lowerBound else { return false }
    let last = bytes[end - 1]
    return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      || (colon && last == UInt8(ascii: ":"))
  }

  /// Whether `range` starts with an uppercase letter, a digit or an opening quote (a plausible sentence start).
  static func startsSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard let first = bytes[range].first else { return false }
    return (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "\"")
      || first == 0xE2 || first >= 0xC3
  }
}
