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
  /// The index of its section (the number of headings up to it; see ``SourceDocument/Paragraph/section``).
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

  /// The UTF-8 range of a token relative to the start of ``text`` (for slicing `text.utf8`).
  public func localUTF8Range(of token: Token) -> Range<Int> {
    (token.utf8Range.lowerBound - utf8Range.lowerBound)..<(token.utf8Range.upperBound - utf8Range.lowerBound)
  }
}
