import Testing

@testable import PatronageExtraction

@Suite("opposed cues")
struct OpposedCueTests {
  @Test func possessiveDifferencesWith() throws {
    try expectRelations(
      "In 1922 1️⃣Shlyapnikov's differences with 2️⃣Lenin grew sharper.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func didNotAgreeWithIsDisagreement() throws {
    try expectRelations(
      "In 1926 1️⃣Bukharin did not agree with 2️⃣Zinoviev on the peasant question.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func sworeAt() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin swore at 2️⃣Krupskaya on the telephone.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func defeated() throws {
    try expectRelations(
      "In 1921 1️⃣Lenin defeated 2️⃣Shlyapnikov at the congress.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test func disparaged() throws {
    try expectRelations(
      "In 1921 1️⃣Mikoyan disparaged 2️⃣Trotsky.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test(arguments: ["broke with", "split with", "parted company with"])
  func aBreakIsOpposition(verb: String) throws {
    try expectRelations(
      "In 1928 1️⃣Bukharin \(verb) 2️⃣Stalin over the grain crisis.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928)])
  }

  @Test func hypotheticalDefeatIsNoEvent() throws {
    try expectRelations("In 1923 Kamenev might have defeated Trotsky at the plenum.", [])
  }
}

/// Sentences that open with a participial phrase, and cues of anger and complaint.
@Suite("opposed: opening phrases")
struct OpposedOpeningPhraseTests {
  @Test func subjectAfterAnOpeningParticipialPhrase() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin was ill. Building a case against 2️⃣Stalin and 3️⃣Dzerzhinsky, he followed the news.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1922),
      ])
  }

  @Test func furiousAtSomeone() throws {
    try expectRelations(
      "In 1921 1️⃣Lenin was furious at 2️⃣Kollontai.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test func togetherWithNeedsASubject() throws {
    try expectRelations("In 1922 he was elected a secretary, together with Stalin and Molotov.", [])
  }

  @Test func togetherWithPairsTheSubject() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin, together with 2️⃣Kamenev, took precautions.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}

/// "turned on" someone is an attack; on a thing it is nothing.
@Suite("opposed: turned on")
struct TurnedOnTests {
  @Test func turningOnAPerson() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin turned on 2️⃣Bukharin.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928)])
  }

  @Test func turningOnAThing() throws {
    try expectRelations("In 1928 Stalin turned on the lights.", [])
  }
}

/// An adverb of scorn on a verb of speech: "X disparagingly referred to Y as…".
@Suite("opposed: adverbs")
struct OpposedAdverbTests {
  @Test func aScornfulAdverbOpposesTheOneSpokenOf() throws {
    try expectRelations(
      "In 1922 1️⃣Mikoyan disparagingly referred to 2️⃣Trotsky as a military man.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}

/// Complaints: the one complained about is opposed, not whoever hears it.
@Suite("opposed: complaints")
struct ComplaintTests {
  @Test(arguments: [
    "In 1922 1️⃣Mdivani complained bitterly about 2️⃣Ordzhonikidze.",
    "In 1922 1️⃣Mdivani complained to Moscow of 2️⃣Ordzhonikidze's behaviour.",
    "In 1922 1️⃣Mdivani complained to Stalin about 2️⃣Ordzhonikidze.",
  ])
  func theOneComplainedAbout(_ sentence: String) throws {
    try expectRelations(sentence, [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func aSubjectSetOffByAnAppositionSharesCoordinatedVerbs() throws {
    try expectRelations(
      "In 1922 the Georgians, led by 1️⃣Mdivani and 2️⃣Makharadze, resisted and complained of 3️⃣Ordzhonikidze.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1922),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1922),
      ])
  }

  @Test func aGroupIsNotItsOwnOtherSide() throws {
    try expectRelations(
      "In 1922 1️⃣Mdivani and 2️⃣Makharadze complained about both men.",
      [])
  }
}
