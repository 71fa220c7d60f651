/// A sentence (or a heading) of a document, with its tokens.
public struct Sentence: Sendable {
  /// The sentence's normalised text.
  public let text: String
  /// The sentence's range in the document's ``SourceDocument/text``.
  public let range: Range<String.Index>
  /// The sentence's UTF-8 byte range in the document's ``SourceDocument/text``.
  public let utf8Range: Range<Int>
  /// The index of its paragraph in ``SourceDocument/paragraphs``.
  public let paragraph: Int
  /// The index of its section (the number of marked headings up to it; see ``SourceDocument/Paragraph/section``).
  public let section: Int
  /// Whether the sentence is a heading.
  public let isHeading: Bool
  /// Its index among the document's sentences.
  public let index: Int
  /// Its tokens, in order.
  public let tokens: [Token]

  /// Creates a sentence.
  public init(
    text: String, range: Range<String.Index>, utf8Range: Range<Int>, paragraph: Int, section: Int,
    isHeading: Bool, index: Int, tokens: [Token]
  ) {
    self.text = text
    self.range = range
    self.utf8Range = utf8Range
    self.paragraph = paragraph
    self.section = section
    self.isHeading = isHeading
    self.index = index
    self.tokens = tokens
  }

  /// The UTF-8 range of a token (or of a span of document offsets) relative to the start of ``text``.
  public func localUTF8Range(_ documentRange: Range<Int>) -> Range<Int> {
    (documentRange.lowerBound - utf8Range.lowerBound)..<(documentRange.upperBound - utf8Range.lowerBound)
  }

  /// The range in ``text`` of a range of document UTF-8 offsets inside the sentence.
  ///
  /// - Complexity: O(1).
  public func textRange(_ documentRange: Range<Int>) -> Range<String.Index> {
    let local = localUTF8Range(documentRange)
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: local.lowerBound)
    return start..<utf8.index(start, offsetBy: local.count)
  }

  /// The token as written.
  public func text(of token: Token) -> Substring { text[textRange(token.utf8Range)] }

  /// The text from the first to the last of `tokens` (a slice of this sentence's tokens), as written.
  public func text(of tokens: ArraySlice<Token>) -> Substring {
    guard let first = tokens.first, let last = tokens.last else { return "" }
    return text[textRange(first.utf8Range.lowerBound..<last.utf8Range.upperBound)]
  }

  /// The token folded (lowercased, diacritics removed) — the string whose ``WordKey`` is `token.key`.
  public func folded(of token: Token) -> String { Tokenizer.fold(text(of: token)) }
}
