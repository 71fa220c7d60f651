import PatronageCore

extension DocumentExtractor {
  /// What a document's reading carries from sentence to sentence, and from one part of a document read in parts
  /// (``DocumentReader/Chunks``) to the next: the people last named, the time, the unknown people, and where the
  /// part lies in the whole document.
  struct ReadingState {
    var coreference: Coreference
    var context = TimeContext()
    var unknown = UnknownPeople()
    /// The current paragraph (its index in the whole document) and the years it has named.
    var paragraph: (index: Int, span: TimeSpan?) = (-1, nil)
    /// The post the current paragraph named last, before the current sentence.
    var lastPost: OfficeID?
    /// The institution (a plenum, a congress) the current paragraph named last, before the current sentence.
    var lastInstitution: OfficeID?
    /// The paragraphs of the parts before the current one.
    var paragraphBase = 0
    /// The section the parts before the current one ended in.
    var sectionBase = 0
    /// The byte offset in the file of the current part.
    var byteBase = 0

    init(gazetteer: Gazetteer) { coreference = Coreference(gazetteer: gazetteer) }

    /// A sentence of the current part, with its paragraph and section counted in the whole document (a part
    /// continues the section the previous part ended in until its first marked heading).
    func placed(_ sentence: Sentence) -> Sentence {
      guard paragraphBase != 0 || sectionBase != 0 else { return sentence }
      return Sentence(
        text: sentence.text, range: sentence.range, utf8Range: sentence.utf8Range,
        paragraph: paragraphBase + sentence.paragraph, section: sectionBase + sentence.section,
        isHeading: sentence.isHeading, index: sentence.index, tokens: sentence.tokens)
    }

    /// A byte range of the current part as a byte range of the file.
    func fileRange(_ range: Range<Int>) -> Range<Int> {
      (byteBase + range.lowerBound)..<(byteBase + range.upperBound)
    }

    /// Moves past a part that has been read.
    mutating func finish(_ part: SourceDocument) {
      paragraphBase += part.paragraphs.count
      sectionBase += part.paragraphs.last?.section ?? 0
    }
  }

  /// The claims of the file at `path`, read whole or, when larger than ``ExtractionOptions/chunkBytes``, in parts
  /// cut at paragraph boundaries, with evidence offsets into the file either way; `name` names it in evidence
  /// and errors.
  ///
  /// - Throws: the file's ``DocumentError`` (then no claims of it are kept).
  /// - Complexity: as ``claims(in:)``, with one part in memory at a time.
  public mutating func claims(inFile path: String, name: String) throws(DocumentError) -> [Relation] {
    var parts = try DocumentReader.Chunks(path: path, name: name, chunkBytes: options.chunkBytes)
    var state = ReadingState(gazetteer: gazetteer)
    var result: [Relation] = []
    while let part = try parts.next() {
      state.byteBase = part.byteBase
      result += claims(in: part.document, state: &state)
    }
    return result
  }
}
