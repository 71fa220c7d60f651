import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("mentions")
struct MentionTests {
  func people(_ sentence: String) -> [String] {
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon))
    return finder.mentions(in: WordScanner.words(in: sentence), recent: [:]).flatMap(\.persons).map(\.rawValue)
  }

  @Test(arguments: [
    ("Trotski spoke.", "trotsky"), ("Trotskii spoke.", "trotsky"), ("Dzerzhinskii spoke.", "dzerzhinsky"),
    ("Kameneyv spoke.", "kamenev"), ("Kollantai spoke.", "kollontai"), ("Comrade Trotsky spoke.", "trotsky"),
    ("Stalin’s speech.", "stalin"), ("Koba spoke.", "stalin"),
  ])
  func transliterationTyposTitlesAndPossessives(_ sentence: String, _ id: String) {
    #expect(people(sentence) == [id])
  }

  @Test func twoPeopleWithOneSurnameStayApart() {
    #expect(
      people("S. S. Kamenev commanded the army while Lev Kamenev chaired the Moscow Soviet.")
        == ["sskamenev", "kamenev"])
    #expect(people("Kamenev chaired the Moscow Soviet.") == ["kamenev"])
  }

  @Test func aPostAfterAnUnknownNameIsNotPartOfIt() throws {
    let document = try SourceDocument(
      name: "tudor.txt", bytes: Array("In 1534 the king appointed Thomas Cromwell Principal Secretary.".utf8))
    let census = UnknownPeople.census(of: document, lexicon: MarkedProse.lexicon)
    #expect(census.map(\.0) == ["cromwell"])
  }

  @Test func aRulerIsKnownByNameAndNumber() throws {
    try expectRelations(
      "In 1515 1️⃣Henry VIII made 2️⃣Thomas Wolsey Lord Chancellor.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "lord-chancellor", year: 1515)])
    #expect(UnknownPeople.isRegnalNumber("VIII") && !UnknownPeople.isRegnalNumber("Vice"))
  }

  @Test func aSurnameIsUncontestedUntilItsOtherBearerIsNear() {
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon))
    let alone = finder.mentions(in: WordScanner.words(in: "Kamenev spoke."), recent: [:])
    #expect(alone.map(\.confidence) == [1])
    let near = finder.mentions(in: WordScanner.words(in: "Kamenev spoke."), recent: ["sskamenev": 10, "stalin": 9])
    #expect(near.first?.persons == ["sskamenev"])
    #expect(near.map(\.confidence) == [0.8])
  }

  @Test func foldingAgreesAcrossSpellings() {
    #expect(NameFolding.fold("Trotskiy") == NameFolding.fold("Trotsky"))
    #expect(NameFolding.fold("Zinovyev") == NameFolding.fold("Zinoviev"))
    #expect(NameFolding.fold("Il’ich") == NameFolding.fold("Ilich"))
    #expect(NameFolding.fold("Stalin") != NameFolding.fold("Lenin"))
  }

  @Test func abbreviationsKeepTheirDoubledLetters() {
    #expect(NameFolding.fold("TsKK") != NameFolding.fold("TsK"))
    #expect(NameFolding.fold("CCC") != NameFolding.fold("CC"))
    #expect(NameFolding.fold("TROTSKII") == NameFolding.fold("Trotsky"), "a name set in capitals still folds")
    #expect(!NameFolding.isAbbreviation("Kollontai") && NameFolding.isAbbreviation("VSNKh"))
  }

  @Test(arguments: [
    ("TsKK", "central-control-commission"), ("TsK", "central-committee"), ("CCC", "central-control-commission"),
    ("CC", "central-committee"),
  ])
  func abbreviatedBodiesAreTold(apart name: String, office: String) throws {
    try expectRelations(
      "In 1926 1️⃣Ordzhonikidze was appointed to the \(name).",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: office, year: 1926)])
  }

  @Test func editDistanceCountsTranspositionsOnce() {
    #expect(EditDistance.distance("kamenev", "kamneev", limit: 2) == 1)
    #expect(EditDistance.distance("stalin", "lenin", limit: 2) == 3, "beyond the limit: limit + 1")
  }

  @Test func unknownPeopleByNameShape() {
    var unknown = UnknownPeople()
    let words = WordScanner.words(in: "Comrade Ivanov met Budu Mdivani and Thomas Cromwell in the Kremlin.")
    let found = unknown.add(to: [], words: words).flatMap(\.persons).map(\.rawValue)
    #expect(found == ["ivanov", "mdivani", "cromwell"])
  }
}

/// Names with a possessive word inside them.
@Suite("mentions: possessive words inside names")
struct PossessiveNameTests {
  @Test(arguments: [
    ("In 1921 Lenin attacked the Workers' Opposition.", ["lenin", "kollontai", "shlyapnikov"]),
    ("In 1920 Stalin took charge of the Workers' and Peasants' Inspection.", ["stalin"]),
  ])
  func nameWithAnApostropheIsOneMention(_ sentence: String, _ people: [String]) {
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon))
    let mentions = finder.mentions(in: WordScanner.words(in: sentence), recent: [:])
    #expect(mentions.flatMap(\.persons).map(\.rawValue) == people)
    #expect(
      mentions.contains { if case .office("rabkrin", _) = $0.referent { true } else { false } }
        == sentence.contains("Peasants"))
  }

  @Test func aPossessivePersonStillEndsAName() {
    var finder = MentionFinder(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon))
    let mentions = finder.mentions(in: WordScanner.words(in: "Lenin's Opposition grew."), recent: [:])
    #expect(mentions.first?.persons == ["lenin"])
    #expect(mentions.first?.isPossessive == true)
  }

  @Test func aFactionTakesNoPost() throws {
    try expectRelations("In 1920 the Workers' Opposition took over the Samara gubkom.", [])
  }
}
