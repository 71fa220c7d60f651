/// Splits a document into sentences.
///
/// Each paragraph is tokenised (``Tokenizer``) and cut after a sentence-final mark (`.`, `!`, `?`, `...`) that is
/// followed by what can start a sentence: a capitalised word, an initial, a number, or an opening quote or
/// bracket. Closing quotes and brackets written right after the mark stay with their sentence (`."`, `.)`).
/// Initials (`A. I. Rykov`, `M.P. Tomsky`) never end a sentence; abbreviations either never do (`St.`, `Dr.`,
/// `e.g.`, `No.`, `p.`) or only before a capitalised word (`etc.`, `Oct.`). A mark inside parentheses does not
/// end the sentence; a paragraph's lone leading number (`17.`) does not make a sentence. Headings are one unit
/// each. As a safety net a sentence is cut at `;` or `:` past 150 tokens and anywhere past 400.
///
/// - Complexity: O(n) in the length of the text.
public enum SentenceSplitter {
  /// How an abbreviation's period behaves.
  public enum AbbreviationClass: Sendable {
    /// Never ends a sentence (titles, `e.g.`, `p.`, `No.`).
    case neverEnds
    /// Ends a sentence when a capitalised word follows (`etc.`, `Oct.`, `Jr.`).
    case endsBeforeCapital
  }

  /// Known abbreviations (without their final period).
  public static let abbreviations: [String: AbbreviationClass] = {
    var table: [String: AbbreviationClass] = [:]
    let never = [
      "Mr", "Mrs", "Ms", "Dr", "St", "Ste", "Prof", "Gen", "Col", "Capt", "Lt", "Sgt", "Maj", "Adm", "Rev", "Fr",
      "Gov", "Sen", "Rep", "Pres", "Mt", "Hon", "Comr", "Cde", "e.g", "i.e", "eg", "ie", "viz", "vs", "cf", "ca",
      "c", "approx", "no", "No", "nos", "Nos", "vol", "Vol", "vols", "p", "pp", "ch", "Ch", "fig", "Fig", "art",
      "Art", "para", "sec", "op", "ed", "eds", "trans", "tr", "esp", "incl", "b", "d", "r",
    ]
    let beforeCapital = [
      "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jr", "Sr", "Inc",
      "Ltd", "Co", "Bros", "ibid", "Ibid", "al",
    ]
    for word in never { table[word] = .neverEnds }
    for word in beforeCapital { table[word] = .endsBeforeCapital }
    return table
  }()

  /// ``abbreviations`` by folded key.
  static let abbreviationClasses: [WordKey: AbbreviationClass] = {
    var table: [WordKey: AbbreviationClass] = [:]
    for (word, kind) in abbreviations.sorted(by: { $0.key < $1.key }) where table[WordKey(word)] != .endsBeforeCapital {
      table[WordKey(word)] = kind
    }
    return table
  }()

  /// The sentences of `document`, in order.
  public static func sentences(in document: SourceDocument) -> [Sentence] {
    var result: [Sentence] = []
    for (index, paragraph) in document.paragraphs.enumerated() {
      let tokens = Tokenizer.tokens(in: document.text, utf8Range: paragraph.utf8Range)
      guard !tokens.isEmpty else { continue }
      let cuts = paragraph.isHeading ? [tokens.count] : boundaries(tokens)
      var start = 0
      for cut in cuts where cut > start {
        let slice = Array(tokens[start..<cut])
        let utf8Range = slice[0].utf8Range.lowerBound..<slice[slice.count - 1].utf8Range.upperBound
        let range = document.range(utf8: utf8Range)
        result.append(
          Sentence(
            text: String(document.text[range]), range: range, utf8Range: utf8Range, paragraph: index,
            section: paragraph.section, isHeading: paragraph.isHeading, index: result.count, tokens: slice))
        start = cut
      }
    }
    return result
  }

  /// The token indices after which sentences end (the last is `tokens.count`).
  static func boundaries(_ tokens: [Token]) -> [Int] {
    var cuts: [Int] = []
    var start = 0
    var depth = 0
    var depthSince = 0
    var k = 0
    let n = tokens.count
    while k < n {
      let token = tokens[k]
      if token.isPunctuation(UInt8(ascii: "(")) || token.isPunctuation(UInt8(ascii: "[")) {
        if depth == 0 { depthSince = k }
        depth += 1
      } else if depth > 0, token.isPunctuation(UInt8(ascii: ")")) || token.isPunctuation(UInt8(ascii: "]")) {
        depth -= 1
      }
      if depth > 0, k - depthSince > 80 { depth = 0 }
      let length = k - start
      if isTerminal(token), depth == 0 || isClosedAfter(tokens, k) {
        var end = k + 1
        while end < n, isClosing(tokens[end]), tokens[end].utf8Range.lowerBound == tokens[end - 1].utf8Range.upperBound
        {
          if tokens[end].isPunctuation(UInt8(ascii: ")")) || tokens[end].isPunctuation(UInt8(ascii: "]")) {
            depth = Swift.max(0, depth - 1)
          }
          end += 1
        }
        if end < n, depth == 0, endsSentence(tokens, at: k, next: end, start: start) {
          cuts.append(end)
          start = end
          k = end
          continue
        }
      } else if (length > 150 && (token.isPunctuation(UInt8(ascii: ";")) || token.isPunctuation(UInt8(ascii: ":"))))
        || length > 400
      {
        cuts.append(k + 1)
        start = k + 1
        depth = 0
      }
      k += 1
    }
    cuts.append(n)
    return cuts
  }
}
