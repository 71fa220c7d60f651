import Testing

@testable import PatronageExtraction

@Suite("Tokens")
struct TokenizerTests {
  /// The tokens of `text` as (text, kind) pairs.
  func tokens(_ text: String) -> [(String, Token.Kind)] {
    let tokens = Tokenizer.tokens(in: text, utf8Range: 0..<text.utf8.count)
    return tokens.map { token in
      let bytes = Array(text.utf8)[token.utf8Range]
      return (String(decoding: bytes, as: UTF8.self), token.kind)
    }
  }

  @Test(arguments: [
    ("Stalin's allies", [("Stalin", Token.Kind.capitalisedWord), ("'s", .possessive), ("allies", .word)]),
    (
      "the Bolsheviks' rescue",
      [("the", .word), ("Bolsheviks", .capitalisedWord), ("'", .possessive), ("rescue", .word)]
    ),
    ("M.P. Tomsky", [("M.P.", .initial), ("Tomsky", .capitalisedWord)]),
    ("A. I. Rykov", [("A.", .initial), ("I.", .initial), ("Rykov", .capitalisedWord)]),
    ("e.g. Oct. St.", [("e.g.", .abbreviation), ("Oct.", .abbreviation), ("St.", .abbreviation)]),
    ("like-minded don't", [("like-minded", .word), ("don't", .word)]),
    ("10,000 3.5 23rd 1920s", [("10,000", .number), ("3.5", .number), ("23rd", .ordinal), ("1920s", .decade)]),
    ("1921-22 -- ...", [("1921", .number), ("-", .dash), ("22", .number), ("--", .dash), ("...", .punctuation)]),
    ("(\"yes\")", [("(", .punctuation), ("\"", .quote), ("yes", .word), ("\"", .quote), (")", .punctuation)]),
    ("Lénine Троцкий", [("Lénine", .capitalisedWord), ("Троцкий", .capitalisedWord)]),
  ])
  func kinds(text: String, expected: [(String, Token.Kind)]) {
    let found = tokens(text)
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }

  @Test func numbersCarryTheirValue() {
    let text = "10,000 23rd 1920s 1922 3.5"
    let values = Tokenizer.tokens(in: text, utf8Range: 0..<text.utf8.count).map(\.number)
    #expect(values == [10000, 23, 1920, 1922, nil])
  }

  @Test func keysFoldCaseAndDiacritics() throws {
    let text = "TROTSKII Lénine appointed"
    let keys = Tokenizer.tokens(in: text, utf8Range: 0..<text.utf8.count).map(\.key)
    #expect(keys == [WordKey("trotskii"), WordKey("lenine"), WordKey(literal: "appointed")])
    #expect(WordKey("Trotsky") != WordKey("Trotskii"))
  }

  @Test func sentencesGiveTokenText() throws {
    let document = try TextTestSupport.document("Comrade Zinoviev\u{2019}s speech was long.")
    let sentence = try #require(SentenceSplitter.sentences(in: document).first)
    #expect(
      sentence.tokens.map { String(sentence.text(of: $0)) } == [
        "Comrade", "Zinoviev", "'s", "speech", "was", "long", ".",
      ])
    #expect(sentence.folded(of: sentence.tokens[0]) == "comrade")
    #expect(sentence.tokens[0].is(WordKey("comrade")))
  }

  @Test func keySetFindsExactlyItsKeys() {
    let words = ["the", "between", "march", "fifteenth", "oct."]
    let set = KeySet(words.map { WordKey($0) })
    #expect(words.allSatisfy { set.contains(WordKey($0)) })
    #expect(!set.contains(WordKey("stalin")))
    #expect(!set.contains(WordKey("")))
  }
}

@Suite("Token layout")
struct TokenLayoutTests {
  @Test func tokensAreSmallPlainValues() {
    #expect(MemoryLayout<Token>.stride <= 32)
    #expect(_isPOD(Token.self))
  }

  @Test func hugeNumbersHaveNoValue() {
    let text = "12345678901 7"
    #expect(Tokenizer.tokens(in: text, utf8Range: 0..<text.utf8.count).map(\.number) == [nil, 7])
  }
}
