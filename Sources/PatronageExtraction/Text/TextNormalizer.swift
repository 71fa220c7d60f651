/// Turns the bytes of a plain-text or Markdown file into a ``SourceDocument``: validated, normalised for
/// reading, with every normalised byte mapped back to the original.
///
/// What it does, in order:
/// 1. **Validation**: a NUL byte means a binary file; the bytes must be UTF-8 (the first bad byte's offset is
///    reported); a UTF-16 byte-order mark is refused; a UTF-8 one is skipped; no text at all is an error.
/// 2. **Lines and paragraphs** (``TextNormalizer/paragraphs(of:in:)``): blank lines separate paragraphs. A file whose
///    lines are mostly short (hard-wrapped, 90th percentile ≤ 160 bytes) joins its lines into paragraphs, and
///    a line well short of the wrap width ending a sentence ends its paragraph; a file of long lines takes
///    each line as a paragraph. Page debris — form feeds, lone page numbers (1–3 digits, or lowercase Roman
///    numerals), running headers (short standalone lines repeated three times or more in a paginated file) —
///    is dropped, and a paragraph continues across a page break unless the text before it ends a sentence.
///    Markdown headings (`#`), setext underlines, bullets, block quotes and rules are recognised.
/// 3. **Inline** (``TextNormalizer/Writer``): runs of spaces collapse to one; a line break inside a paragraph becomes a
///    space; a word hyphenated across a line break is rejoined (``TextNormalizer/keepsLineEndHyphen(left:right:)``);
///    footnote numbers glued to a word or after punctuation (`accepted.47`, `rights.”46`, `Tocqueville2`,
///    `." (49)`) are dropped; curly quotes become `'` and `"`; an en dash between digits becomes `-`, other
///    en and em dashes `--`; `…` becomes `...`; no-break and thin spaces become spaces; soft hyphens and
///    zero-width characters disappear; Markdown emphasis markers (`*x*`, `_x_`, `**x**`) and backticks are
///    removed and links `[text](url)` keep their text.
///
/// - Complexity: O(n) in the size of the file.
public enum TextNormalizer {
  /// Normalises the bytes of one file.
  public static func normalize(_ bytes: [UInt8], name: String) throws(DocumentError) -> SourceDocument {
    let start = try validate(bytes, name: name)
    let lines = Line.split(bytes, from: start)
    let plan = paragraphs(of: lines, in: bytes)
    let (output, map, paragraphs) = bytes.withUnsafeBufferPointer { buffer in write(plan, from: buffer) }
    guard !paragraphs.isEmpty else { throw .empty(path: name) }
    return SourceDocument(
      name: name, text: String(decoding: output, as: UTF8.self), paragraphs: paragraphs, offsets: map,
      originalByteCount: bytes.count)
  }

  /// Writes the planned paragraphs, separated by `"\n"`.
  static func write(
    _ plan: [PlannedParagraph], from source: UnsafeBufferPointer<UInt8>
  ) -> ([UInt8], OffsetMap, [SourceDocument.Paragraph]) {
    var writer = Writer(source: source)
    var paragraphs: [SourceDocument.Paragraph] = []
    var section = 0
    for (index, paragraph) in plan.enumerated() {
      let begin = writer.output.count
      writer.write(paragraph: paragraph)
      guard writer.output.count > begin else { continue }
      if paragraph.isMarkedHeading { section += 1 }
      paragraphs.append(
        .init(
          utf8Range: begin..<writer.output.count, isHeading: paragraph.isHeading,
          isMarkedHeading: paragraph.isMarkedHeading, section: section))
      if index + 1 < plan.count, let last = paragraph.lines.last {
        writer.separate(at: last.end)
      }
    }
    writer.trimTrailingSeparator()
    return (writer.output, writer.map, paragraphs)
  }

  static let hyphen: [UInt8] = [UInt8(ascii: "-")]
  static let apostrophe: [UInt8] = [UInt8(ascii: "'")]
  static let quote: [UInt8] = [UInt8(ascii: "\"")]
  static let dash: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "-")]
  static let ellipsis: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")]
  static let space: [UInt8] = [0x20]
  static let nothing: [UInt8] = []

  /// Checks the bytes are UTF-8 text; returns where the text starts (after a UTF-8 byte-order mark).
  static func validate(_ bytes: [UInt8], name: String) throws(DocumentError) -> Int {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      throw .utf16(path: name)
    }
    if let bad = firstInvalidUTF8(bytes) {
      if let nul = bytes.firstIndex(of: 0) { throw .binary(path: name, offset: nul) }
      throw .invalidUTF8(path: name, offset: bad)
    }
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[bom...].contains(where: { !isSpace($0) }) else { throw .empty(path: name) }
    return bom
  }

  /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF)
  /// or is NUL (which UTF-8 allows but text does not have).
  ///
  /// Runs of ASCII are skipped eight bytes at a time (a word with no high bit and no zero byte).
  ///
  /// - Complexity: O(n).
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var i = 0
      let n = buffer.count
      let raw = UnsafeRawBufferPointer(buffer)
      while i < n {
        while i + 8 <= n {
          let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
          guard word & 0x8080_8080_8080_8080 == 0, hasZero == 0 else { break }
          i += 8
        }
        guard i < n else { break }
        let lead = buffer[i]
        if lead == 0 { return i }
        if lead < 0x80 {
          i += 1
          continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          high = 0x9F
        case 0xF0:
          length = 4
          low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          high = 0x8F
        default: return i
        }
        guard i + length <= n else { return i }
        let second = buffer[i + 1]
        guard second >= low, second <= high else { return i }
        for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
        i += length
      }
      return nil
    }
  }

  /// Space, tab, CR, LF, vertical tab or form feed.
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
