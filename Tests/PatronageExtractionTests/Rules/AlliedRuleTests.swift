import Testing

@testable import PatronageExtraction

@Suite("allied")
struct AlliedRuleTests {
  @Test func possessiveAlliesExpandToEachMember() throws {
    try expectRelations(
      "In 1926 1️⃣Trotsky's allies 2️⃣Radek and 3️⃣Pyatakov stood by him.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        // Standing by him together, they are on one side.
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func sidedWith() throws {
    try expectRelations(
      "In 1925 1️⃣Bukharin sided with 2️⃣Stalin.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func passiveVoice() throws {
    try expectRelations(
      "In 1928 1️⃣Rykov was supported by 2️⃣Tomsky.", [RelationSpec(.allied, from: "2️⃣", to: "1️⃣", year: 1928)])
  }

  @Test func appositionBeforePossessor() throws {
    try expectRelations(
      "In 1922 2️⃣Ordzhonikidze, 1️⃣Stalin's old friend, arrived in Tiflis.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func coordinatedSubjectFormingABloc() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev and 2️⃣Kamenev formed a bloc.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func subjectOfAPossessiveNoun() throws {
    try expectRelations(
      "In 1923 2️⃣Rykov was 1️⃣Lenin's closest ally.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func possessedNounNamesOnlyThePeopleRightAfterIt() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin and his associates placed 2️⃣Lenin under house arrest.", [])
  }

  @Test func possessedNounWithIncluding() throws {
    try expectRelations(
      "In 1921 1️⃣Lenin had the support of his associates, including 2️⃣Trotsky and 3️⃣Bukharin.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1921),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1921),
      ])
  }
}

/// A verb coordinated after ", and" and a time shares the first clause's subject.
@Suite("allied: coordinated verbs")
struct AlliedCoordinatedVerbTests {
  @Test func theSecondVerbSharesTheSubject() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev attacked 2️⃣Stalin at the congress, and in 1926 joined 3️⃣Trotsky.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1925),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
      ])
  }
}

/// Reconciliation, and partnerships owned by ", whose".
@Suite("allied: peace and partnerships")
struct AlliedPeaceTests {
  @Test func makingPeaceIsAnAlliance() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev made peace with 2️⃣Trotsky.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func anOpeningTimeDatesAClauseAfterAColon() throws {
    try expectRelations(
      "In the spring of 1926 1️⃣Zinoviev did what had seemed unthinkable a year earlier: he made peace with 2️⃣Trotsky.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func whosePartnershipIsTheirs() throws {
    try expectRelations(
      "In 1925 the delegates voted for 1️⃣Stalin and 2️⃣Bukharin, whose partnership formed the core of the majority.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func whoseSupportersAreNotTheOwner() throws {
    let found = try MarkedProse.relations(
      "In 1927 Trotsky, whose supporters were expelled from the party, wrote to Stalin.", minimumConfidence: 0.5)
    #expect(!found.contains { $0.kind == .expelled })
  }
}

/// People named together as the leaders of one thing.
@Suite("allied: joint leaders")
struct JointLeaderTests {
  @Test(arguments: [
    "In 1928 1️⃣Bukharin, 2️⃣Rykov and 3️⃣Tomsky, the leaders of the Right, resisted.",
    "In 1928 1️⃣Bukharin, 2️⃣Rykov and 3️⃣Tomsky were the leaders of the Right.",
  ])
  func leadersTogether(_ sentence: String) throws {
    try expectRelations(
      sentence,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1928),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1928),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1928),
      ])
  }

  @Test func anEventQualifyingANounDoesNotDateTheSentence() throws {
    try expectRelations(
      "In the winter of 1927-28 1️⃣Bukharin and 2️⃣Rykov, the leaders of the Right, saw a return to the methods of "
        + "the civil war.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1927)])
  }
}

/// Joining forces: with someone, together, or against a third.
@Suite("allied: joining forces")
struct JoiningForcesTests {
  @Test func togetherWithoutAnObject() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin and 2️⃣Trotsky join forces to defend the monopoly of foreign trade.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func theOneTheyJoinAgainstIsNoAlly() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin and 2️⃣Trotsky joined forces against 3️⃣Stalin.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1922),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1922),
      ])
  }
}

/// Standing with someone, as the whole predicate, is taking their side.
@Suite("allied: standing with")
struct StandingWithTests {
  @Test(arguments: ["In 1922 1️⃣Sokolnikov was with 2️⃣Lenin.", "In 1922 1️⃣Sokolnikov stood with 2️⃣Lenin."])
  func standingWith(_ sentence: String) throws {
    try expectRelations(sentence, [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func beingWithSomeoneSomewhereIsNoSide() throws {
    try expectRelations("In 1922 Sokolnikov was with Lenin in Moscow.", [])
  }
}
