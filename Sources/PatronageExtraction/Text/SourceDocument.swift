/// A document read from disk: its text normalised for reading, with a map back to the original bytes.
///
/// `text` is what the rules read: hard line wraps joined, words hyphenated across lines rejoined, page
/// debris and footnote numbers removed, curly quotes straightened, dashes and Markdown markup simplified
/// (see ``TextNormalizer``). Paragraphs are separated by a single `"\n"`; nothing else in `text` is a newline.
///
/// **Offsets.** Evidence offsets are UTF-8 byte offsets into the original file as it lies on disk (a UTF-8
/// byte-order mark, if any, counts), end exclusive: ``originalByteRange(_:)`` gives them for any range of
/// `text`, so that `bytes[range]` of the file is the evidence however it was cleaned up.
public struct SourceDocument: Sendable {
  /// A paragraph of `text`: a run of lines of the original separated from the next by a blank line (or, in
  /// a file of unwrapped lines, a line of its own), or a heading.
  public struct Paragraph: Sendable, Equatable {
    /// The paragraph's UTF-8 byte range in `text`.
    public let utf8Range: Range<Int>
    /// Whether the paragraph is a heading (Markdown `#`, or a short line standing alone without final punctuation).
    public let isHeading: Bool
    /// Whether the heading is marked up as one (Markdown `#` or a setext underline), not merely short.
    public let isMarkedHeading: Bool
    /// The index of the section it belongs to: the number of marked headings up to and including it (a marked
    /// heading opens its section; short unmarked lines, which may be captions or epigraphs, do not).
    public let section: Int
  }

  /// Display name: the path relative to the input folder, or the file name.
  public let name: String
  /// The normalised text.
  public let text: String
  /// The paragraphs of `text`, in order.
  public let paragraphs: [Paragraph]
  /// Size of the original file in bytes.
  public let originalByteCount: Int
  private let offsets: OffsetMap

  /// Creates a document from already normalised parts (``DocumentReader`` and ``TextNormalizer`` build these).
  public init(name: String, text: String, paragraphs: [Paragraph], offsets: OffsetMap, originalByteCount: Int) {
    self.name = name
    self.text = text
    self.paragraphs = paragraphs
    self.offsets = offsets
    self.originalByteCount = originalByteCount
  }

  /// Normalises `bytes` (UTF-8 text or Markdown) in memory; `name` is used in errors and evidence.
  public init(name: String, bytes: [UInt8]) throws(DocumentError) {
    self = try TextNormalizer.normalize(bytes, name: name)
  }

  /// The UTF-8 byte range in the ORIGINAL file of a range of ``text``.
  public func originalByteRange(_ range: Range<String.Index>) -> Range<Int> {
    offsets.originalRange(utf8Range(range))
  }

  /// The UTF-8 byte range in the ORIGINAL file of a UTF-8 byte range of ``text``.
  public func originalByteRange(utf8 range: Range<Int>) -> Range<Int> {
    offsets.originalRange(range)
  }

  /// The UTF-8 offsets of a range of ``text``.
  ///
  /// - Complexity: O(1) (native strings are UTF-8).
  public func utf8Range(_ range: Range<String.Index>) -> Range<Int> {
    let utf8 = text.utf8
    let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
    return start..<(start + utf8.distance(from: range.lowerBound, to: range.upperBound))
  }

  /// The range of ``text`` for UTF-8 offsets (which must fall on character boundaries).
  ///
  /// - Complexity: O(1).
  public func range(utf8 range: Range<Int>) -> Range<String.Index> {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return start..<utf8.index(start, offsetBy: range.count)
  }
}
