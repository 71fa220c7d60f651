import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("Time context")
struct TimeContextTests {
  /// The time of each sentence of `text`, as (span, source) descriptions.
  func times(_ text: String) throws -> [(String?, SentenceTime.Source?, Double)] {
    let document = try TextTestSupport.document(text, name: "a.md")
    var context = TimeContext()
    let finder = TimeFinder(events: [])
    return SentenceSplitter.sentences(in: document).map {
      let time = context.resolve($0, using: finder)
      return (time.span?.description, time.source, time.confidence)
    }
  }

  @Test func aParagraphCarriesItsDateWithLowerConfidence() throws {
    let found = try times("In 1923 Trotsky fell ill. He recovered slowly.")
    #expect(found.map(\.0) == ["1923", "1923"])
    #expect(found.map(\.1) == [.sentence, .paragraph])
    #expect(found[1].2 < found[0].2)
  }

  @Test func relativeExpressionsUseThePrecedingDate() throws {
    let found = try times("In 1924 he was elected. The following year he resigned. He left.")
    #expect(found.map(\.0) == ["1924", "1925", "1925"])
  }

  @Test func laterParagraphsOfTheSectionInheritWithEvenLowerConfidence() throws {
    let found = try times("In 1926 the bloc formed.\n\nThe bloc did not last.")
    #expect(found.map(\.0) == ["1926", "1926"])
    #expect(found.map(\.1) == [.sentence, .section])
    #expect(found[1].2 < TimeContext.paragraphConfidence)
  }

  @Test func aHeadingDatesItsSection() throws {
    let found = try times("# The crisis of 1923\n\nThe opposition wrote a letter.")
    #expect(found.map(\.0) == ["1923", "1923"])
    #expect(found.map(\.1) == [.sentence, .section])
  }

  @Test func citationYearsAreNotTheSentencesTime() throws {
    let found = try times("In 1921 the opposition grew. It was described in a memoir (Berlin, 1964), 12.")
    #expect(found.map(\.0) == ["1921", "1921"])
    #expect(found.map(\.1) == [.sentence, .paragraph])
  }

  @Test func aLookBackDatesOnlyItsOwnSentence() throws {
    let found = try times("In 1922 Stalin took the post. He did as Sverdlov had done in 1918. Then he hired staff.")
    #expect(found.map(\.0) == ["1922", "1918", "1922"])
  }

  @Test func theOpeningSentencesOfAParagraphTakeItsFirstDateWhenNothingEarlierDatesThem() throws {
    let document = try TextTestSupport.document("The dispute was over. In November 1920 the unions were attacked.")
    let sentences = SentenceSplitter.sentences(in: document)
    var context = TimeContext()
    let found = context.resolve(sentences, using: TimeFinder(events: []))
    #expect(found.map { $0.span?.description } == ["1920-11", "1920-11"])
    #expect(found[0].confidence == TimeContext.lookAheadConfidence)
    #expect(found[1].confidence > found[0].confidence)
  }

  @Test func theExtractorDatesAParagraphsOpeningClaimByTheParagraphsFirstDate() throws {
    try expectRelations(
      "The quarrel between 1️⃣Lenin and 2️⃣Trotsky was bitter. At the end of 1920 the unions were attacked.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1920)])
  }

  @Test(arguments: [
    ("It was Stalin who had arranged his post in July 1921.", "1921-07", "1922"),
    ("He had previously been chairman in 1921.", "1921", "1922"),
    ("He had to resign in 1921.", "1921", "1921"),
    ("He had a majority in 1921.", "1921", "1921"),
  ])
  func aDateToldInThePluperfectIsALookBack(_ middle: String, own: String, after: String) throws {
    let found = try times("In 1922 the quarrel grew. \(middle) Then Lenin turned on him.")
    #expect(found.map(\.0) == ["1922", own, after])
  }

  @Test func journalIssueYearsAreCitations() throws {
    let found = try times("In 1923 the letter was sent. It was printed in Izvestiia, no. 12 (1989), 193.")
    #expect(found.map(\.0) == ["1923", "1923"])
  }

  @Test func namedEventsDateTheirSentenceButDoNotCompleteLaterDates() throws {
    let document = try TextTestSupport.document(
      "In 1922 the quarrel grew. Many recalled the Tenth Congress. On December 18 the plenum met.")
    var context = TimeContext()
    let finder = TimeFinder(events: TimeFinderTests.events)
    let found = context.resolve(SentenceSplitter.sentences(in: document), using: finder)
    #expect(found.map { $0.span?.description } == ["1922", "1921-03-08–1921-03-16", "1922-12-18"])
  }

  @Test func aLookBackAfterACarriedDateDatesOnlyItsSentence() throws {
    let found = try times(
      "In 1921 the dispute ended.\n\nStalin organised the faction. So had Sverdlov in 1918. It won.")
    #expect(found.map(\.0) == ["1921", "1921", "1918", "1921"])
  }

  @Test func aParagraphMayOpenEarlierThanTheLastOne() throws {
    let found = try times("In 1924 Lenin died.\n\nIn 1917 Stalin had been a commissar. He was busy.")
    #expect(found.map(\.0) == ["1924", "1917", "1917"])
  }

  @Test func theLatestDateOfASentenceCompletesLaterOnes() throws {
    let found = try times("On 25 May 1922, a wound from August 1918 reopened. He wrote again on 30 May.")
    #expect(found.map(\.0) == ["1922-05-25", "1922-05-30"])
  }

  @Test func noYearWhenNothingSupportsOne() throws {
    let found = try times(
      "# One\n\nIn 1923 it began.\n\n# Two\n\nThe opposition wrote a letter. A month later it was over.")
    #expect(found.map(\.0) == [nil, "1923", nil, nil, nil])
    #expect(found.last?.2 == 0)
  }
}

@Suite("lifetimes")
struct LifetimeTests {
  @Test func aYearAfterADeathDoesNotDateTheRelation() throws {
    try expectRelations(
      "The memoir (1959) says 1️⃣Zinoviev attacked 2️⃣Trotsky in 1959.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: nil)])
  }

  @Test func aYearSetOffByACommaYieldsToOneInTheCuesPhrase() throws {
    try expectRelations(
      "The purge, begun in 1921, saw 1️⃣Zinoviev attack 2️⃣Trotsky at a long plenum in the spring of 1923.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func theNearestYearInTheirLivesIsChosen() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev attacked 2️⃣Trotsky, as a memoir of 1959 tells.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func carriedRangesAreCutToTheirLives() {
    let span = try? TimeSpan(years: 1920, 2003)
    let clipped = span.flatMap { DocumentExtractor.clip($0, to: 1883...1936) }
    #expect(clipped?.years == 1920...1936)
    #expect(span.flatMap { DocumentExtractor.clip($0, to: 1870...1900) } == nil)
  }

  @Test(arguments: ["Prior to 1927 1️⃣Stalin sided with 2️⃣Bukharin.", "Before 1927 1️⃣Stalin sided with 2️⃣Bukharin."])
  func anUpperBoundDatesTheYearBefore(_ sentence: String) throws {
    try expectRelations(sentence, [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }
}
