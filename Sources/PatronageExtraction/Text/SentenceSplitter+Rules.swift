extension SentenceSplitter {
  /// A mark that may end a sentence: `.`, `!`, `?`, `...` (and runs such as `?!`), or an abbreviation.
  static func isTerminal(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuation:
      return token.payload == Int(UInt8(ascii: ".")) || token.payload == Int(UInt8(ascii: "!"))
        || token.payload == Int(UInt8(ascii: "?"))
    case .abbreviation: return true
    default: return false
    }
  }

  /// A closing bracket.
  static func isClosingBracket(_ token: Token) -> Bool {
    token.isPunctuation(UInt8(ascii: ")")) || token.isPunctuation(UInt8(ascii: "]"))
  }

  /// A closing quote or bracket, or a further `!`/`?`/`.` mark.
  static func isClosing(_ token: Token) -> Bool {
    token.kind == .quote || isClosingBracket(token) || token.isPunctuation(UInt8(ascii: "!"))
      || token.isPunctuation(UInt8(ascii: "?")) || token.isPunctuation(UInt8(ascii: "."))
  }

  /// Whether a closing bracket follows the mark at `k` directly (`.)`), ending the parenthesis with the sentence.
  static func isClosedAfter(_ tokens: [Token], _ k: Int) -> Bool {
    k + 1 < tokens.count && isClosingBracket(tokens[k + 1])
      && tokens[k + 1].utf8Range.lowerBound == tokens[k].utf8Range.upperBound
  }

  /// Whether the mark at `k` ends the sentence begun at `start`, given the next sentence would begin at `next`.
  static func endsSentence(_ tokens: [Token], at k: Int, next: Int, start: Int) -> Bool {
    let mark = tokens[k]
    if mark.kind == .abbreviation {
      return mark.payload & 3 == 2 && tokens[next].kind == .capitalisedWord
    }
    // A lone leading number ("17. With Lenin") is a list or chapter number, not a sentence.
    if k == start + 1, tokens[start].kind == .number || tokens[start].kind == .initial { return false }
    return startsSentence(tokens, at: next)
  }

  /// Whether a sentence can start at token `i`: a capitalised word, an initial, a number, or an opening quote
  /// or bracket before one of those.
  static func startsSentence(_ tokens: [Token], at i: Int) -> Bool {
    var i = i
    var hops = 0
    while i < tokens.count, hops < 2,
      tokens[i].kind == .quote || tokens[i].isPunctuation(UInt8(ascii: "("))
        || tokens[i].isPunctuation(UInt8(ascii: "["))
    {
      i += 1
      hops += 1
    }
    guard i < tokens.count else { return false }
    switch tokens[i].kind {
    case .capitalisedWord, .initial, .number, .ordinal, .decade: return true
    case .abbreviation: return tokens[i].isCapitalised
    default: return false
    }
  }
}
