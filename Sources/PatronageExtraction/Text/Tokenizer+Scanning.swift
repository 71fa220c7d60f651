extension Tokenizer.Scanner {
  /// Scans a word at `start` (and its initial, abbreviation or possessive forms); returns where it ends.
  mutating func scanWord(from start: Int, end: Int) -> Int {
    var i = start
    while i < end {
      let byte = bytes[i]
      if isASCIILetter(byte) || isDigit(byte) {
        i += 1
      } else if byte >= 0x80 {
        guard isLetter(at: i) else { break }
        i += scalarLength(byte)
      } else if (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && i + 1 < end && isASCIILetter(bytes[i + 1])
        || (byte == UInt8(ascii: "-") && i + 1 < end && bytes[i + 1] >= 0xC3)
      {
        if byte == UInt8(ascii: "'"), isPossessiveS(at: i, end: end) { break }
        i += 2
      } else {
        break
      }
    }
    let first = bytes[start]
    let capital = isUpperASCII(first) || (first >= 0x80 && scalar(at: start).properties.isUppercase)
    if i < end, bytes[i] == UInt8(ascii: ".") {
      if let dotted = dottedEnd(start: start, wordEnd: i, end: end, capital: capital) { return dotted }
    }
    append(capital ? .capitalisedWord : .word, start, i)
    if i < end, bytes[i] == UInt8(ascii: "'") {
      if isPossessiveS(at: i, end: end) {
        append(.possessive, i, i + 2)
        return i + 2
      }
      let plural = bytes[i - 1] == UInt8(ascii: "s")
      let next = i + 2 < end && bytes[i + 1] == 0x20 && (isASCIILetter(bytes[i + 2]) || bytes[i + 2] >= 0x80)
      if plural && next {
        append(.possessive, i, i + 1)
        return i + 1
      }
    }
    return i
  }

  /// `'s` followed by a non-letter.
  func isPossessiveS(at i: Int, end: Int) -> Bool {
    i + 1 < end && bytes[i + 1] == UInt8(ascii: "s") && (i + 2 == end || !isASCIILetter(bytes[i + 2]))
  }

  /// Appends an initial or abbreviation ending in a period after the word `start..<wordEnd`, if it is one.
  mutating func dottedEnd(start: Int, wordEnd: Int, end: Int, capital: Bool) -> Int? {
    let length = wordEnd - start
    if length == 1 {
      // A single letter: an initial (`A.`, `M.P.`) or a dotted abbreviation (`e.g.`, `i.e.`, `U.S.S.R.`).
      var k = wordEnd + 1
      while k + 1 < end, isASCIILetter(bytes[k]), bytes[k + 1] == UInt8(ascii: "."),
        k + 2 == end || !isASCIILetter(bytes[k + 2])
      {
        k += 2
      }
      if capital {
        append(.initial, start, k)
        return k
      }
      if k > wordEnd + 1 || SentenceSplitter.abbreviations[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self)] != nil {
        append(.abbreviation, start, k)
        return k
      }
      return nil
    }
    guard length <= 6 else { return nil }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self)
    guard SentenceSplitter.abbreviations[word] != nil || SentenceSplitter.abbreviations[word.lowercased()] != nil
    else { return nil }
    append(.abbreviation, start, wordEnd + 1)
    return wordEnd + 1
  }

  /// Scans a number, ordinal or decade at `start`; returns where it ends.
  mutating func scanNumber(from start: Int, end: Int) -> Int {
    var i = start
    while i < end, isDigit(bytes[i]) { i += 1 }
    // Thousands groups (`10,000`) and decimals (`3.5`).
    while i + 3 < end, bytes[i] == UInt8(ascii: ","), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]),
      isDigit(bytes[i + 3]), i + 4 == end || !isDigit(bytes[i + 4])
    {
      i += 4
    }
    if i + 1 < end, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
      i += 1
      while i < end, isDigit(bytes[i]) { i += 1 }
    }
    var kind = Token.Kind.number
    var letters = i
    while letters < end, isASCIILetter(bytes[letters]) { letters += 1 }
    if letters > i {
      let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<letters]), as: UTF8.self).lowercased()
      switch suffix {
      case "st", "nd", "rd", "th", "d": kind = .ordinal
      case "s": kind = .decade
      default: kind = .word
      }
      i = letters
    }
    append(kind, start, i)
    return i
  }

  /// Scans a punctuation mark, quote or dash at `start`; returns where it ends.
  mutating func scanMark(from start: Int, end: Int) -> Int {
    let byte = bytes[start]
    switch byte {
    case UInt8(ascii: "."):
      var k = start
      while k < end, bytes[k] == UInt8(ascii: ".") { k += 1 }
      append(.punctuation, start, k)
      return k
    case UInt8(ascii: "-"):
      var k = start
      while k < end, bytes[k] == UInt8(ascii: "-") { k += 1 }
      append(.dash, start, k)
      return k
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      append(.quote, start, start + 1)
      return start + 1
    default:
      let length = Swift.min(scalarLength(byte), end - start)
      append(.punctuation, start, start + length)
      return start + length
    }
  }
}
