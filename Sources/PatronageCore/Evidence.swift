/// Where a relation was read: a sentence of a document, with its position.
///
/// `start` and `end` are **UTF-8 byte offsets** into the original file as it
/// lies on disk (before any normalisation), `end` exclusive, so that
/// `file.bytes[start..<end]` is the evidence text however the extractor
/// cleaned it up for reading.
public struct Evidence: Hashable, Codable, Sendable, Comparable {
  /// The document's name (its file name, or path relative to the input folder).
  public var document: String
  /// UTF-8 byte offset of the first byte of the evidence in the original file.
  public var start: Int
  /// UTF-8 byte offset one past the last byte.
  public var end: Int
  /// The sentence (normalised: line breaks and hyphenation undone).
  public var sentence: String
  /// How sure the extractor is of this reading, 0...1.
  public var confidence: Double
  /// The time this sentence itself supports, if any (kept to show disagreements).
  public var span: TimeSpan?
  /// Who this sentence names as the patron or expeller, if anyone (kept to show disagreements).
  public var agent: Agent?

  public init(
    document: String, start: Int, end: Int, sentence: String, confidence: Double,
    span: TimeSpan? = nil, agent: Agent? = nil
  ) {
    self.document = document
    self.start = start
    self.end = end
    self.sentence = sentence
    self.confidence = confidence
    self.span = span
    self.agent = agent
  }

  /// A total order (position first, then every other field), so merged evidence lists never depend on the order
  /// in which claims arrived.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    if (lhs.document, lhs.start, lhs.end, lhs.sentence) != (rhs.document, rhs.start, rhs.end, rhs.sentence) {
      return (lhs.document, lhs.start, lhs.end, lhs.sentence) < (rhs.document, rhs.start, rhs.end, rhs.sentence)
    }
    let left = (lhs.agent?.description ?? "", lhs.span?.description ?? "", lhs.confidence)
    let right = (rhs.agent?.description ?? "", rhs.span?.description ?? "", rhs.confidence)
    return left < right
  }

  /// Checks offsets and confidence.
  public func validate() throws(ModelError) {
    guard (0...1).contains(confidence) else { throw .confidenceOutOfRange(confidence) }
    guard start >= 0, end >= start else {
      throw .invalidRelation("evidence in \(document) has byte range \(start)..<\(end)")
    }
  }
}
