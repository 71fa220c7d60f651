/// Splits a sentence into words and punctuation with a hand-written scanner.
///
/// Letters, digits, inner apostrophes and inner hyphens form words; "’s" endings become a flag; every other
/// non-space character is its own token. The scanner reads UTF-8 bytes: ASCII bytes are classified by a table,
/// other scalars are decoded and asked their Unicode properties.
/// - Complexity: O(n) in the sentence's length.
public enum WordScanner {
  public static func words(in sentence: String) -> [Word] {
    var sentence = sentence
    return sentence.withUTF8 { bytes in
      var scanner = Scan(bytes: bytes, table: ASCIIClass.table)
      return scanner.run()
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool { isApostrophe(scalar) || scalar == "-" }

  /// One pass over a sentence's bytes.
  private struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: [ASCIIClass]
    var words: [Word] = []

    init(bytes: UnsafeBufferPointer<UInt8>, table: [ASCIIClass]) {
      self.bytes = bytes
      self.table = table
      words.reserveCapacity(bytes.count / 5 + 1)
    }

    mutating func run() -> [Word] {
      var index = 0
      while index < bytes.count {
        let (scalar, length) = decode(at: index)
        if isSpace(scalar, at: index) {
          index += length
          continue
        }
        guard isWordScalar(scalar, at: index) else {
          words.append(word(index, index + length, isASCII: length == 1))
          index += length
          continue
        }
        var end = index + length
        while end < bytes.count {
          if let length = wordScalarLength(at: end) {
            end += length
            continue
          }
          let (next, nextLength) = decode(at: end)
          guard WordScanner.isJoiner(next), end + nextLength < bytes.count,
            let after = wordScalarLength(at: end + nextLength)
          else { break }
          end += nextLength + after
        }
        index = appendWord(index, end)
      }
      return words
    }

    /// Appends the word at `start..<end` with its possessive ending handled; returns where scanning goes on.
    private mutating func appendWord(_ start: Int, _ end: Int) -> Int {
      let isASCII = UnsafeBufferPointer(rebasing: bytes[start..<end]).allSatisfy { $0 < 0x80 }
      var item = word(start, end, isASCII: isASCII)
      if end < bytes.count, WordScanner.isApostrophe(decode(at: end).scalar), endsWithS(item, isASCII: isASCII) {
        let after = end + decode(at: end).length
        item.isPossessive = true
        item.end = after
        words.append(item)
        return after
      }
      if endsWithApostropheS(item, isASCII: isASCII) {
        var text = String(item.text.dropLast(2))
        let isPossessive = !text.isEmpty && text.first?.isUppercase == true
        if !isPossessive { text += "’s" }
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        item = Word(
          text: text, lower: text.lowercased(), start: item.start, end: item.end, isPossessive: isPossessive,
          isASCII: isASCII)
      }
      words.append(item)
      return end
    }

    /// `item.lower.hasSuffix("s")`, by the last byte when the word is ASCII.
    private func endsWithS(_ item: Word, isASCII: Bool) -> Bool {
      isASCII ? bytes[item.end - 1] | 0x20 == UInt8(ascii: "s") : item.lower.hasSuffix("s")
    }

    /// `item.lower` ends with "'s" or "’s", by the last bytes when the word is ASCII.
    private func endsWithApostropheS(_ item: Word, isASCII: Bool) -> Bool {
      guard isASCII else { return item.lower.hasSuffix("'s") || item.lower.hasSuffix("’s") }
      return item.end - item.start >= 2 && bytes[item.end - 1] | 0x20 == UInt8(ascii: "s")
        && bytes[item.end - 2] == UInt8(ascii: "'")
    }

    /// The word or mark at `start..<end`. ASCII text is lowercased, keyed and shaped in one pass over its bytes.
    private func word(_ start: Int, _ end: Int, isASCII: Bool) -> Word {
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
      let text = String(decoding: slice, as: UTF8.self)
      guard isASCII else {
        return Word(text: text, lower: text.lowercased(), start: start, end: end, isPossessive: false, isASCII: false)
      }
      var lowerKey = WordKey.offsetBasis
      var textKey = WordKey.offsetBasis
      var hasUppercase = false
      for byte in slice {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        hasUppercase = hasUppercase || lower != byte
        lowerKey = (lowerKey ^ UInt64(lower)) &* WordKey.prime
        textKey = (textKey ^ UInt64(byte)) &* WordKey.prime
      }
      let lower =
        hasUppercase
        ? String(unsafeUninitializedCapacity: slice.count) { buffer in
          for (offset, byte) in slice.enumerated() {
            buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return slice.count
        } : text
      return Word(
        text: text, lower: lower, start: start, end: end, lowerKey: WordKey(rawValue: lowerKey),
        textKey: WordKey(rawValue: textKey), shape: Word.asciiShape(slice, table: table))
    }

    /// The length of the scalar at `index` if it belongs in a word, else nil.
    @inline(__always) private func wordScalarLength(at index: Int) -> Int? {
      let byte = bytes[index]
      if byte < 0x80 { return table[Int(byte)].contains(.wordScalar) ? 1 : nil }
      let (scalar, length) = decode(at: index)
      return WordScanner.isWordScalar(scalar) ? length : nil
    }

    private func isSpace(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
      bytes[index] < 0x80 ? table[Int(bytes[index])].contains(.space) : WordScanner.isSpace(scalar)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
      bytes[index] < 0x80 ? table[Int(bytes[index])].contains(.wordScalar) : WordScanner.isWordScalar(scalar)
    }

    /// The scalar starting at `index` (the bytes are valid UTF-8) and its length in bytes.
    private func decode(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
      let lead = bytes[index]
      if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
  }
}
