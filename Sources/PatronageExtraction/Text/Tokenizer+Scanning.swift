extension Tokenizer.Scanner {
  /// Scans a word at `start` (and its initial, abbreviation or possessive forms); returns where it ends.
  mutating func scanWord(from start: Int, end: Int) -> Int {
    var i = start
    // The folded key is hashed on the way for ASCII words: `| 0x20` lowercases letters and leaves digits,
    // apostrophes and hyphens as they are.
    var key = WordKey.offsetBasis
    var ascii = true
    while i < end {
      let byte = bytes[i]
      if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
        key = (key ^ UInt64(byte | 0x20)) &* WordKey.prime
        i += 1
      } else if byte >= 0x80 {
        guard isLetter(at: i) else { break }
        ascii = false
        i += scalarLength(byte)
      } else if (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && i + 1 < end && isASCIILetter(bytes[i + 1])
        || (byte == UInt8(ascii: "-") && i + 1 < end && bytes[i + 1] >= 0xC3)
      {
        if byte == UInt8(ascii: "'"), isPossessiveS(at: i, end: end) { break }
        key = (key ^ UInt64(byte)) &* WordKey.prime
        i += 1
      } else {
        break
      }
    }
    let first = bytes[start]
    let capital = isUpperASCII(first) || (first >= 0x80 && scalar(at: start).properties.isUppercase)
    if i < end, bytes[i] == UInt8(ascii: ".") {
      if let dotted = dottedEnd(start: start, wordEnd: i, end: end, capital: capital) { return dotted }
    }
    let last = bytes[i - 1]
    tokens.append(
      Token(
        kind: capital ? .capitalisedWord : .word, utf8Range: start..<i,
        key: ascii ? WordKey(rawValue: key) : self.key(start, i), payload: last < 0x80 ? Int(last | 0x20) : 0))
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
      if capital, k == wordEnd + 1 || isUpperASCII(bytes[k - 2]) {
        append(.initial, start, k)
        return k
      }
      let known = SentenceSplitter.abbreviationClasses[key(start, k - 1)]
      if k > wordEnd + 1 || known != nil {
        append(.abbreviation, start, k, payload: known == .endsBeforeCapital ? 2 : 1)  // lowercase: no capital bit
        return k
      }
      return nil
    }
    guard length <= 6, let known = SentenceSplitter.abbreviationClasses[key(start, wordEnd)] else { return nil }
    append(.abbreviation, start, wordEnd + 1, payload: (known == .endsBeforeCapital ? 2 : 1) | (capital ? 4 : 0))
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
    switch letters - i {
    case 0: break
    case 1 where bytes[i] | 0x20 == UInt8(ascii: "s"): kind = .decade
    case 1 where bytes[i] | 0x20 == UInt8(ascii: "d"): kind = .ordinal
    case 2:
      let suffix = (bytes[i] | 0x20, bytes[i + 1] | 0x20)
      let ordinal = suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
      kind = ordinal ? .ordinal : .word
    default: kind = .word
    }
    var value = 0
    var digits = 0
    for k in start..<i where isDigit(bytes[k]) {
      value = value &* 10 &+ Int(bytes[k] &- 0x30)
      digits += 1
    }
    if bytes[start..<i].contains(UInt8(ascii: ".")) || digits > 9 { value = -1 }
    append(kind, start, letters, payload: kind == .word ? 0 : value)
    return letters
  }

  /// Scans a punctuation mark, quote or dash at `start`; returns where it ends.
  mutating func scanMark(from start: Int, end: Int) -> Int {
    let byte = bytes[start]
    switch byte {
    case UInt8(ascii: "."):
      var k = start
      while k < end, bytes[k] == UInt8(ascii: ".") { k += 1 }
      append(.punctuation, start, k, payload: Int(byte))
      return k
    case UInt8(ascii: "-"):
      var k = start
      while k < end, bytes[k] == UInt8(ascii: "-") { k += 1 }
      append(.dash, start, k, payload: Int(byte))
      return k
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      append(.quote, start, start + 1, payload: Int(byte))
      return start + 1
    default:
      let length = Swift.min(scalarLength(byte), end - start)
      append(.punctuation, start, start + length, payload: Int(byte))
      return start + length
    }
  }
}
