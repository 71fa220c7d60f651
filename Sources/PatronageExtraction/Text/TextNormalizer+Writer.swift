extension TextNormalizer {
  /// Writes normalised bytes and their offset map, one paragraph at a time.
  ///
  /// Spaces are written lazily: whitespace only records a pending space, written before the next visible
  /// byte of the same paragraph, so runs collapse and paragraphs never start or end with a space.
  struct Writer {
    let source: UnsafeBufferPointer<UInt8>
    var output: [UInt8] = []
    var map = OffsetMap()
    /// Source offset of the whitespace that should become a space before the next visible byte.
    var pendingSpace: Int?
    /// Output offset where the current paragraph starts.
    var paragraphStart = 0

    init(source: UnsafeBufferPointer<UInt8>) {
      self.source = source
      output.reserveCapacity(source.count)
    }

    /// Writes one paragraph: its lines joined by spaces, or rejoined where a word was hyphenated across lines.
    mutating func write(paragraph: PlannedParagraph) {
      paragraphStart = output.count
      pendingSpace = nil
      let lines = paragraph.lines
      for (index, line) in lines.enumerated() {
        var content = line.content
        var joinWithoutSpace = false
        if index + 1 < lines.count {
          let next = lines[index + 1].content
          if let hyphen = lineEndHyphen(content, next: next) {
            content = content.lowerBound..<hyphen.lowerBound
            joinWithoutSpace = true
            write(content)
            if keepsLineEndHyphen(left: word(endingAt: hyphen.lowerBound, in: content), right: word(startingAt: next)) {
              emit(TextNormalizer.hyphen, from: hyphen)
            }
          }
        }
        if !joinWithoutSpace {
          write(content)
          pendingSpace = pendingSpace ?? content.upperBound
        }
      }
      pendingSpace = nil
    }

    /// The hyphen (ASCII or soft) ending `line`, when a letter precedes it and the next line starts with a letter.
    func lineEndHyphen(_ line: Range<Int>, next: Range<Int>) -> Range<Int>? {
      guard line.count >= 2, let nextFirst = source[next].first, isLetter(nextFirst) else { return nil }
      let end = line.upperBound
      if source[end - 1] == UInt8(ascii: "-"), isLetter(source[end - 2]) { return (end - 1)..<end }
      if line.count >= 3, source[end - 2] == 0xC2, source[end - 1] == 0xAD { return (end - 2)..<end }
      return nil
    }

    func word(endingAt end: Int, in line: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> {
      var start = end
      while start > line.lowerBound, isLetter(source[start - 1]) || source[start - 1] == UInt8(ascii: "-") {
        start -= 1
      }
      return source[start..<end]
    }

    func word(startingAt line: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> {
      source[line.lowerBound..<(source[line].firstIndex { !isLetter($0) } ?? line.upperBound)]
    }

    /// Separates two paragraphs with `"\n"`, mapped to the line break at `offset`.
    mutating func separate(at offset: Int) {
      guard output.count > paragraphStart else { return }
      output.append(0x0A)
      map.append(normalLength: 1, from: offset..<Swift.min(offset + 1, source.count))
      paragraphStart = output.count
    }

    /// Removes a final paragraph separator (when the last planned paragraphs wrote nothing).
    mutating func trimTrailingSeparator() {
      while output.last == 0x0A { output.removeLast() }
    }

    /// Copies source bytes unchanged.
    mutating func copy(_ range: Range<Int>) {
      guard !range.isEmpty else { return }
      flushSpace()
      output.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
      map.append(normalLength: range.count, from: range)
    }

    /// Writes `bytes` in place of the source bytes `range`.
    mutating func emit(_ bytes: [UInt8], from range: Range<Int>) {
      flushSpace()
      output.append(contentsOf: bytes)
      map.append(normalLength: bytes.count, from: range)
    }

    /// Records whitespace at `offset`.
    mutating func space(at offset: Int) {
      if pendingSpace == nil { pendingSpace = offset }
    }

    private mutating func flushSpace() {
      guard let offset = pendingSpace else { return }
      pendingSpace = nil
      guard output.count > paragraphStart else { return }
      output.append(0x20)
      map.append(normalLength: 1, from: offset..<(offset + 1))
    }
  }

  /// An ASCII letter, or a byte of a non-ASCII character (taken as a letter).
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
