extension SentenceSplitter {
  /// A mark that may end a sentence: `.`, `!`, `?`, `...` (and runs such as `?!`), or an abbreviation.
  static func isTerminal(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuation:
      guard let first = token.text.utf8.first else { return false }
      return first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
    case .abbreviation: return true
    default: return false
    }
  }

  /// A closing quote or bracket, or a further `!`/`?`/`.` mark.
  static func isClosing(_ token: Token) -> Bool {
    token.kind == .quote || token.isPunctuation(")") || token.isPunctuation("]") || token.isPunctuation("!")
      || token.isPunctuation("?") || token.isPunctuation(".")
  }

  /// Whether a closing bracket follows the mark at `k` directly (`.)`), ending the parenthesis with the sentence.
  static func isClosedAfter(_ tokens: [Token], _ k: Int) -> Bool {
    k + 1 < tokens.count && (tokens[k + 1].isPunctuation(")") || tokens[k + 1].isPunctuation("]"))
      && tokens[k + 1].utf8Range.lowerBound == tokens[k].utf8Range.upperBound
  }

  /// Whether the mark at `k` ends the sentence begun at `start`, given the next sentence would begin at `next`.
  static func endsSentence(_ tokens: [Token], at k: Int, next: Int, start: Int) -> Bool {
    let mark = tokens[k]
    let following = tokens[next]
    if mark.kind == .abbreviation {
      let word = String(mark.text.dropLast())
      let kind = abbreviations[word] ?? abbreviations[word.lowercased()] ?? .neverEnds
      return kind == .endsBeforeCapital && following.kind == .capitalisedWord
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
    while i < tokens.count, hops < 2, tokens[i].kind == .quote || tokens[i].isPunctuation("(")
      || tokens[i].isPunctuation("[")
    {
      i += 1
      hops += 1
    }
    guard i < tokens.count else { return false }
    switch tokens[i].kind {
    case .capitalisedWord, .initial, .number, .ordinal, .decade: return true
    case .abbreviation: return tokens[i].text.utf8.first.map(isUpperASCII) ?? false
    default: return false
    }
  }
}
