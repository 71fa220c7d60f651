extension TextNormalizer.Writer {
  /// The end of a Markdown emphasis marker (`*`, `**`, `_`, `__`, up to three) starting at `i`, or `i` if the
  /// run is not one: a marker must open (space or punctuation before, a non-space after) or close (a non-space
  /// before, space or punctuation after), so `snake_case` and `2 * 3` are left alone.
  func emphasisMarkerEnd(at i: Int, line: Range<Int>) -> Int {
    let marker = source[i]
    var end = i
    while end < line.upperBound, source[end] == marker { end += 1 }
    guard end - i <= 3 else { return i }
    let before: UInt8 = i > line.lowerBound ? source[i - 1] : 0x20
    let after: UInt8 = end < line.upperBound ? source[end] : 0x20
    let opens = !isBlankOrPunctuation(after) && isBlankOrPunctuation(before)
    let closes = !isBlankOrPunctuation(before) && isBlankOrPunctuation(after)
    let bothBlank = before <= 0x20 && after <= 0x20
    return (opens || closes) && !bothBlank ? end : i
  }

  private func isBlankOrPunctuation(_ byte: UInt8) -> Bool {
    byte <= 0x20 || (byte < 0x80 && !TextNormalizer.isLetter(byte) && !TextNormalizer.isDigit(byte))
  }

  /// A Markdown link `[text](target)` starting at `i` on this line: the offsets of its `]` and one past its `)`.
  func link(at i: Int, line: Range<Int>) -> (close: Int, end: Int)? {
    var close = i + 1
    while close < line.upperBound, source[close] != UInt8(ascii: "]") {
      if source[close] == UInt8(ascii: "[") { return nil }
      close += 1
    }
    guard close > i + 1, close + 1 < line.upperBound, source[close + 1] == UInt8(ascii: "(") else { return nil }
    var end = close + 2
    while end < line.upperBound, source[end] != UInt8(ascii: ")") {
      if source[end] == 0x20 { return nil }
      end += 1
    }
    return end < line.upperBound ? (close, end + 1) : nil
  }

  /// A bracketed reference `[12]`, or `(49)` after the end of a sentence, starting at `i`: one past its end.
  func bracketedFootnoteEnd(at i: Int, line: Range<Int>, run: Int) -> Int? {
    let open = source[i]
    let closeByte = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
    var end = i + 1
    while end < line.upperBound, TextNormalizer.isDigit(source[end]) { end += 1 }
    guard (1...3).contains(end - i - 1), end < line.upperBound, source[end] == closeByte else { return nil }
    end += 1
    guard end == line.upperBound || source[end] <= 0x20 || source[end] == UInt8(ascii: ".") else { return nil }
    if open == UInt8(ascii: "[") { return end }
    // `(49)` only after a sentence end: the last visible byte written (or pending in the run) ends a sentence.
    var last = i
    while last > line.lowerBound, source[last - 1] <= 0x20 { last -= 1 }
    let visible = last > line.lowerBound ? source[last - 1] : output.last ?? 0x20
    return ".!?\"'".utf8.contains(visible) || visible == 0x9D || visible == 0x99 ? end : nil
  }

  /// Whether the digits at `digits` are a footnote number glued to what precedes them: 1–3 digits, followed by
  /// whitespace, the line's end or final punctuation, and preceded (without space) by punctuation after a word or
  /// closing quote (`accepted.47`, `rights."46`, `(1921)1`) or by a lowercase word of 3+ letters (`Tocqueville2`).
  /// `No.4`, `p.47` and decimals are kept.
  func isGluedFootnote(digits: Range<Int>, line: Range<Int>) -> Bool {
    guard (1...3).contains(digits.count), pendingSpace == nil else { return false }
    let end = digits.upperBound
    if end < line.upperBound {
      let next = source[end]
      let followedByBreak =
        next <= 0x20
        || (",;:.".utf8.contains(next) && (end + 1 == line.upperBound || source[end + 1] <= 0x20))
      guard followedByBreak else { return false }
    }
    let count = output.count
    guard count - paragraphStart >= 3 else { return false }
    let last = output[count - 1]
    let beforeLast = output[count - 2]
    if ".,;:!?".utf8.contains(last) {
      guard TextNormalizer.isLetter(beforeLast) || "\")]'".utf8.contains(beforeLast) else { return false }
      return !isReferenceAbbreviation(endingAt: count - 1)
    }
    if "\"')]".utf8.contains(last) {
      // `rights."46`, or `system.' "58` with a detached closing quote.
      return beforeLast > 0x20 || (count - paragraphStart >= 4 && ".!?'\"".utf8.contains(output[count - 3]))
    }
    let lower = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
    return lower(last) && lower(beforeLast) && TextNormalizer.isLetter(output[count - 3])
  }

  /// Whether the word before output offset `dot` is `No`, `p`, `pp`, `vol`, … (a number follows them).
  private func isReferenceAbbreviation(endingAt dot: Int) -> Bool {
    var start = dot
    while start > paragraphStart, start > dot - 5, TextNormalizer.isLetter(output[start - 1]) { start -= 1 }
    let word = String(decoding: output[start..<dot], as: UTF8.self).lowercased()
    return ["no", "nos", "p", "pp", "vol", "vols", "art", "ch", "fig", "para", "sec", "op"].contains(word)
  }
}

extension TextNormalizer {
  /// Words that form hyphenated compounds as a first part (`self-`, `well-`, `like-`, `non-`, numbers, …).
  static let compoundingWords: Set<String> = [
    "self", "well", "like", "non", "anti", "pro", "ex", "co", "counter", "semi", "quasi", "pseudo", "neo", "post",
    "pre", "so", "half", "all", "long", "short", "far", "full", "high", "low", "old", "new", "ill", "wide", "cross",
    "multi", "ultra", "mid", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "hard", "left",
    "right", "party", "state", "vice", "deputy", "arch", "great", "near", "pan", "petty", "ever", "never", "much",
    "little", "best", "better", "worse", "worst", "world", "war", "civil",
  ]

  /// Whether a hyphen at the end of a line, between `left` (the word before it) and `right` (the word starting
  /// the next line), is a real hyphen to keep (`like-minded`) rather than a typesetter's break (`organi-sation`).
  ///
  /// The rule: keep it when the continuation starts with a capital (`Marxist-Leninist`, `anti-Soviet`), when the
  /// word before already holds a hyphen (`mother-in-law`), or when the word before is a common free-standing
  /// first part of compounds (``compoundingWords``: `self`, `well`, `like`, `non`, `anti`, numerals …).
  /// Otherwise the line break split one word, and the hyphen goes.
  static func keepsLineEndHyphen(left: some Collection<UInt8>, right: some Collection<UInt8>) -> Bool {
    guard let first = right.first, !left.isEmpty else { return true }
    if first >= 0x41 && first <= 0x5A || first >= 0x80 { return true }
    if left.contains(UInt8(ascii: "-")) { return true }
    return compoundingWords.contains(String(decoding: left, as: UTF8.self).lowercased())
  }
}
