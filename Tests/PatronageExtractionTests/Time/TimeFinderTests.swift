import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("Time expressions")
struct TimeFinderTests {
  static let events: [NamedEvent] = {
    func event(_ id: String, _ names: [String], _ from: String, _ to: String? = nil) -> NamedEvent? {
      guard let start = try? HistoricalDate(parsing: from), let end = try? HistoricalDate(parsing: to ?? from),
        let span = try? TimeSpan(start, end)
      else { return nil }
      return NamedEvent(id: id, names: names, span: span)
    }
    return [
      event("congress-10", ["Tenth Congress", "Tenth Party Congress"], "1921-03-08", "1921-03-16"),
      event("congress-15", ["Fifteenth Congress", "Fifteenth Party Congress"], "1927-12-02", "1927-12-19"),
      event("conference-13", ["Thirteenth Party Conference"], "1924-01-16", "1924-01-18"),
      event("plenum-1926-10", ["October plenum"], "1926-10"),
      event("plenum-1927-10", ["October plenum"], "1927-10"),
    ].compactMap { $0 }
  }()

  /// The expressions of the first sentence of `text`.
  func expressions(_ text: String, reference: String? = nil) throws -> [TimeExpression] {
    let document = try TextTestSupport.document(text)
    let sentence = try #require(SentenceSplitter.sentences(in: document).first)
    let date = try reference.map { try HistoricalDate(parsing: $0) }
    return TimeFinder(events: Self.events).expressions(in: sentence, reference: date)
  }

  @Test(arguments: [
    ("On 31 August 1922 he was appointed.", "1922-08-31", "31 August 1922"),
    ("He was promoted in 1921.", "1921", "1921"),
    ("The famine of 1921\u{2013}1922 was severe.", "1921–1922", "1921-1922"),
    ("In 1921-22 it spread.", "1921–1922", "1921-22"),
    ("The winter of 1920\u{2013}1 was long.", "1920-01–1921", "The winter of 1920-1"),
    ("In early 1922 he rose.", "1922-01–1922-04", "early 1922"),
    ("By the end of 1925 it was over.", "1925-10–1925-12", "the end of 1925"),
    ("In late 1927 they were expelled.", "1927-09–1927-12", "late 1927"),
    ("In the spring and summer of 1925 they quarrelled.", "1925-03–1925-08", "the spring and summer of 1925"),
    (
      "Between April 23rd and 29th, 1929 the plenum met.", "1929-04-23–1929-04-29",
      "Between April 23rd and 29th, 1929"
    ),
    ("In the 1920s the party changed.", "1920–1929", "the 1920s"),
    ("In the early 1920s the party changed.", "1920–1923", "the early 1920s"),
    ("In March 1921 the congress met.", "1921-03", "March 1921"),
    ("By 1928 he had won.", "1928", "1928"),
    ("From 1924 to 1926 he led it.", "1924–1926", "From 1924 to 1926"),
    ("In mid-1926 they allied.", "1926-05–1926-08", "mid-1926"),
    ("He was elected on April 3, 1922.", "1922-04-03", "April 3, 1922"),
    ("It met on the 23rd of April 1929.", "1929-04-23", "the 23rd of April 1929"),
    ("The first half of 1923 was quiet.", "1923-01–1923-06", "The first half of 1923"),
    ("In Oct. 1923 the letter came.", "1923-10", "Oct. 1923"),
    ("He was expelled at the Fifteenth Congress.", "1927-12-02–1927-12-19", "the Fifteenth Congress"),
    ("The Thirteenth Party Conference condemned him.", "1924-01-16–1924-01-18", "The Thirteenth Party Conference"),
    ("At the October plenum of 1926 he spoke.", "1926-10", "the October plenum of 1926"),
  ])
  func absolute(text: String, span: String, written: String) throws {
    let found = try expressions(text)
    let first = try #require(found.first, "no expression in \(text)")
    #expect(first.span.description == span)
    let document = try TextTestSupport.document(text)
    let sentence = try #require(SentenceSplitter.sentences(in: document).first)
    #expect(String(sentence.text[first.range]) == written)
    #expect(found.count == 1)
  }

  @Test(arguments: [
    ("A month later he fell ill.", "1922-04-03", "1922-05"),
    ("Three years earlier he had joined.", "1925", "1922"),
    ("The following year he resigned.", "1925", "1926"),
    ("The next year he returned.", "1925-06", "1926"),
    ("That year he was expelled.", "1925", "1925"),
    ("In the same year he died.", "1925", "1925"),
    ("Two days later he resigned.", "1922-04-03", "1922-04-05"),
    ("Two days later he resigned.", "1922-12-31", "1923-01-02"),
    ("Later that year he was expelled.", "1927", "1927"),
    ("At the October plenum he spoke.", "1927-05", "1927-10"),
    ("In March the decision came.", "1923", "1923-03"),
    ("The letter of December 15 was read.", "1922", "1922-12-15"),
    ("Between December 23 and 26 he dictated notes.", "1922", "1922-12-23–1922-12-26"),
  ])
  func relativeToTheReference(text: String, reference: String, span: String) throws {
    let found = try expressions(text, reference: reference)
    #expect(found.map(\.span.description) == [span])
  }

  @Test(arguments: [
    "A month later he fell ill.",
    "The following year he resigned.",
    "At the October plenum he spoke.",
    "In March the decision came.",
  ])
  func relativeWithoutReferenceGivesNothing(text: String) throws {
    #expect(try expressions(text).isEmpty)
  }

  @Test(arguments: [
    "See p. 1922 for the list of names.",
    "Some 10,000 placements were made.",
    "The Declaration of the 46 was signed.",
    "He had 1500 supporters in the city.",
    "The motion was accepted.46 Nobody objected.",
    "He read page 1924 of the report.",
    "He was two years older than his brother.",
  ])
  func numbersThatAreNotYears(text: String) throws {
    #expect(try expressions(text).isEmpty)
  }

  @Test func severalExpressionsResolveInOrder() throws {
    let found = try expressions("He joined in 1917 and two years later he was promoted.")
    #expect(found.map(\.span.description) == ["1917", "1919"])
    #expect(found.map(\.kind) == [.explicit, .relative])
  }

  @Test func aYearBeforeACommaInsideParenthesesIsNotACitationWhenWordsFollow() throws {
    let found = try expressions("The rivals (Stalin, 1922, and Trotsky) met.")
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.confidence >= TimeContext.minimumCarriedConfidence })
  }

  @Test func boundsAndCitationsAreLessSure() throws {
    let bound = try expressions("All had joined the party before 1905.")
    #expect(bound.map(\.confidence) == [0.5])
    let citation = try expressions("He said so in his memoirs (Moscow, 1964), 97.")
    #expect(citation.map(\.span.description) == ["1964"])
    #expect(citation.allSatisfy { $0.confidence < TimeContext.minimumOwnConfidence })
  }

  @Test(arguments: [
    "Deutscher, the author of a life of Stalin (1949), wrote about it.",
    "The publication in 1990 of the minutes changed the picture.",
    "Deutscher (The Prophet Unarmed, London, 1959, 35\u{2013}36) tells the story.",
    "Deutscher (The Prophet Unarmed, London, 1959, pp. 35, 38) tells the story.",
  ])
  func yearsOfWritingAreCitations(_ text: String) throws {
    let found = try expressions(text)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.confidence < TimeContext.minimumOwnConfidence })
  }

  @Test func congressYearInParenthesesIsNoCitation() throws {
    let found = try expressions("At the Tenth Party Congress (1921) he came tenth.")
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.span.years == 1921...1921 && $0.confidence >= TimeContext.minimumOwnConfidence })
  }

  @Test func kindsAndConfidence() throws {
    let found = try expressions("In 1921-22, early 1923 and the 1920s, at the Fifteenth Congress.")
    #expect(found.map(\.kind) == [.range, .part, .decade, .namedEvent("congress-15")])
    #expect(found.allSatisfy { (0...1).contains($0.confidence) })
  }
}

/// "The next congress", "the previous plenum": the meeting of that kind after or before one named or dated.
@Suite("Time: adjacent meetings")
struct AdjacentMeetingTests {
  static let finder: TimeFinder = {
    func event(_ id: String, _ name: String, _ from: String, body: String?) -> NamedEvent? {
      guard let date = try? HistoricalDate(parsing: from), let span = try? TimeSpan(date, date) else { return nil }
      return NamedEvent(id: id, names: [name], span: span, body: body.map(OfficeID.init(rawValue:)))
    }
    return TimeFinder(
      events: [
        event("congress-10", "Tenth Congress", "1921-03-08", body: "party-congress"),
        event("congress-11", "Eleventh Congress", "1922-03-27", body: "party-congress"),
        event("congress-12", "Twelfth Congress", "1923-04-17", body: "party-congress"),
        event("letter", "Letter to the Congress", "1922-12-23", body: nil),
        event("plenum-1922-04", "April plenum", "1922-04-03", body: "plenum"),
      ].compactMap { $0 })
  }()

  func spans(_ text: String, reference: String? = nil, lastEvent: String? = nil) throws -> [String] {
    let document = try TextTestSupport.document(text)
    let sentence = try #require(SentenceSplitter.sentences(in: document).first)
    let date = try reference.map { try HistoricalDate(parsing: $0) }
    return Self.finder.expressions(in: sentence, reference: date, lastEvent: lastEvent).map(\.span.description)
  }

  @Test func theNextCongressAfterTheOneNamedBeforeInTheSentence() throws {
    #expect(try spans("At the Tenth Congress he lost; at the next Congress he spoke.") == ["1921-03-08", "1922-03-27"])
  }

  @Test func theNextCongressAfterTheOneNamedLast() throws {
    #expect(try spans("At the next party congress he spoke.", lastEvent: "congress-11") == ["1923-04-17"])
    #expect(try spans("At the previous congress he spoke.", lastEvent: "congress-11") == ["1921-03-08"])
  }

  @Test func theNextCongressAfterTheReferenceDateWhenNoneWasNamed() throws {
    #expect(try spans("At the next congress he spoke.", reference: "1922-06") == ["1923-04-17"])
    #expect(try spans("At the next congress he spoke.", reference: "1921-03") == ["1922-03-27"])
  }

  @Test func onlyMeetingsOfABodyCount() throws {
    #expect(try spans("At the next congress he spoke.", reference: "1922-06-01").first == "1923-04-17")
  }

  @Test func withNothingToCountFromThereIsNoDate() throws {
    #expect(try spans("At the next congress he spoke.") == [])
  }
}
