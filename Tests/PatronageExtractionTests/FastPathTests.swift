import Foundation
import PatronageCore
import Testing

@testable import PatronageExtraction

/// The byte-level fast paths of the extractor give the same answers as the general code they stand in for,
/// and the output does not depend on the number of workers.
@Suite("fast paths")
struct FastPathTests {
  static let devTexts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/dev-texts")

  /// Every word of the bundled lexicon's names, and spellings that exercise each folding rule.
  static func names() throws -> [String] {
    let lexicon = try Lexicon.bundled()
    var names: [String] = lexicon.offices.flatMap(\.names) + lexicon.groups.flatMap(\.names)
    for person in lexicon.persons {
      names += person.surnames + person.variants + person.nicknames
      names += person.aliases + [person.name]
    }
    let words = names.flatMap { $0.split(separator: " ").map(String.init) }
    return words + [
      "Shchedrin", "Schmidt", "Tchaikovsky", "Dzhugashvili", "Zhdanov", "Djilas", "Tzar", "Khrushchev", "Yagoda",
      "Jakir", "Yudenich", "Juri", "Yeltsin", "Yoffe", "Walecki", "Alexandrov", "Phillips", "Brockdorff",
      "Dzerzhinskiy", "Dzerzhinskij", "Dzerzhinskii", "Dzerzhinskyi", "Dzerzhinski", "Trotskiy", "Zinovyev",
      "Sokolnikoviy", "Kollontaii", "Ordzhonikidze", "Il'ich", "O'Brien", "Jean-Paul", "A.", "1922", "--", "",
      "SHCHSHCH", "sss", "Lavrentiy", "Yuriy",
    ]
  }

  @Test func asciiFoldingMatchesTheGeneralFolding() throws {
    let names = try Self.names().filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    #expect(names.count > 50)
    for name in names {
      #expect(NameFolding.foldASCII(name) == NameFolding.foldAny(name), "\(name)")
    }
  }

  @Test(arguments: [
    "Stalin", "stalin", "A", "a", "Il'ich", "O'Brien", "Jean-Paul", "NEP", "1922", "23rd", ".", ",", "-", "x-ray",
    "McKinley", "TsIK", "I",
  ])
  func asciiWordShapeMatchesTheGeneralShape(_ text: String) {
    let fast = Word(text: text, lower: text.lowercased(), start: 0, end: 1, isPossessive: false, isASCII: true)
    let general = Word(text: text, lower: text.lowercased(), start: 0, end: 1, isPossessive: false, isASCII: false)
    #expect(fast == general)
  }

  @Test func scannedWordsEqualWordsMadeByTheGeneralCode() {
    let sentence =
      "Comrade Ivanov’s and Lev Kamenev's allies met STALIN’s men -- in 1922, Łukasz's friends' (x-ray) A. B."
    let words = WordScanner.words(in: sentence)
    #expect(words.map(\.text).contains("Kamenev"))
    for word in words {
      let general = Word(
        text: word.text, lower: word.text.lowercased(), start: word.start, end: word.end,
        isPossessive: word.isPossessive, isASCII: false)
      #expect(word == general, "\(word.text)")
    }
  }

  @Test func oneWorkerAndTwoWorkersGiveTheSameOutput() throws {
    let lexicon = try Lexicon.bundled()
    let paths = [Self.devTexts.path]
    let one = try Extractor(lexicon: lexicon, options: ExtractionOptions(workers: 1)).extract(paths: paths)
    let two = try Extractor(lexicon: lexicon, options: ExtractionOptions(workers: 2)).extract(paths: paths)
    #expect(!one.claims.isEmpty)
    #expect(one.claims == two.claims)
    #expect(one.graph.jsonData() == two.graph.jsonData())
  }
}
