import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("objects of an unknown name, contrived removals, consecutive years")
struct ContrivedRemovalAndYearsTests {
  @Test func anActiveMadeIsNoHeadline() throws {
    try expectRelations(
      "1️⃣Stalin made 2️⃣Yezhov head of the NKVD in 1936.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "nkvd", year: 1936)])
  }

  @Test func anUnknownObjectIsNotTakenForTheSubject() throws {
    // "Ivanov" is in no lexicon: the sentence appoints him, not Stalin, so nothing is reported.
    try expectRelations("Stalin made Ivanov head of the NKVD in 1936.", [])
  }

  @Test func aHeadlineBeforeAPossessiveTitle() throws {
    try expectRelations(
      "1918, Mar. - 1️⃣Trotsky appointed People's Commissar for Military and Naval Affairs.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1918)])
  }

  @Test func theContriversOfARemovalRemove() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin and 2️⃣Molotov engineered 3️⃣Zinoviev's removal from the Leningrad organisation.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.expelled, from: "2️⃣", to: "3️⃣", office: "petrograd-party", year: 1926),
      ])
  }

  @Test func aDemandedRemovalIsNoRemoval() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin demanded 2️⃣Zinoviev's removal from the Leningrad organisation.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test(arguments: [("in 1925 and 1926", 1925...1926), ("in 1925 and 1928", 1925...1925)])
  func twoYearsJoinedByAnd(phrase: String, years: ClosedRange<Int>) throws {
    let document = try SourceDocument(name: "test.txt", bytes: Array("Bukharin defended Stalin \(phrase).".utf8))
    var extractor = DocumentExtractor(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon), options: ExtractionOptions())
    let claims = extractor.claims(in: document)
    let span = try #require(claims.first?.span)
    #expect(claims.count == 1 && claims[0].kind == .allied)
    #expect(span.start.year...span.end.year == years)
  }
}
