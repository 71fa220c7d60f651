import Testing

@testable import PatronageExtraction

@Suite("expelled")
struct ExpelledRuleTests {
  @Test func activeVoiceFromBody() throws {
    try expectRelations(
      "In November 1927 the 1️⃣Central Committee expelled 2️⃣Trotsky from the party.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "party", year: 1927)])
  }

  @Test func passiveVoiceCoordinated() throws {
    try expectRelations(
      "In 1927 1️⃣Zinoviev and 2️⃣Kamenev were expelled from the Politburo.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "politburo", year: 1927),
      ])
  }

  @Test func removedAsPost() throws {
    try expectRelations(
      "In January 1925 1️⃣Trotsky was removed as Commissar of War.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func verbFormAfterPossessiveIsNotTheTarget() throws {
    try expectRelations("In 1922 Lenin asked for Stalin's help in sacking the cooks.", [])
  }

  @Test func droppedListFromBody() throws {
    try expectRelations(
      "In 1921 the 1️⃣Congress dropped 2️⃣Krestinsky and 3️⃣Serebryakov from the Central Committee.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "central-committee", year: 1921),
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "central-committee", year: 1921),
      ])
  }

  @Test func droppedWithoutBodyIsNothing() throws {
    try expectRelations("In 1921 Lenin dropped Krestinsky a note.", [])
  }

  @Test func lostSeatOnBody() throws {
    try expectRelations(
      "In 1929 1️⃣Bukharin lost his seat on the Politburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1929)])
  }

  @Test func losesPostAsEditor() throws {
    try expectRelations(
      "1929: 1️⃣Bukharin loses his post as editor of Pravda.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "pravda", year: 1929)])
  }

  @Test func lostVoteIsNotARemoval() throws {
    try expectRelations("In 1927 Trotsky lost the vote in the Politburo.", [])
  }

  @Test func mightLoseSeatIsNotAsserted() throws {
    try expectRelations("In 1928 Bukharin feared he might lose his seat on the Politburo.", [])
  }

  @Test func headlineRemovedAsPost() throws {
    try expectRelations(
      "1925: 1️⃣Trotsky removed as War Commissar.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }
}

/// Expulsion without a named body is from the party; the possessor of a noun must be named.
@Suite("expelled: implicit party")
struct ExpelledImplicitPartyTests {
  @Test func congressExpelsFromTheParty() throws {
    try expectRelations(
      "In December 1927 the Fifteenth Congress expelled 2️⃣Kamenev and 3️⃣Radek.",
      [
        RelationSpec(.expelled, from: "[party-congress]", to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: "[party-congress]", to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func possessorOfARemovalFromABody() throws {
    try expectRelations(
      "In 1921 1️⃣Tomsky's expulsion from the Central Committee followed.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "central-committee", year: 1921)])
  }

  @Test func dismissalWithoutABodyIsNotFromTheParty() throws {
    let found = try MarkedProse.relations("In 1928 1️⃣Uglanov was dismissed.", minimumConfidence: 0)
    #expect(found.allSatisfy { $0.office != "party" })
  }

  @Test func enemiesOfAnUnnamedOwnerHaveNoSides() throws {
    try expectRelations("In 1926 Trotsky joined the bloc, which its enemies called the United Opposition.", [])
  }

  @Test func objectPronounAfterACoordinatedClause() throws {
    try expectRelations(
      "In 1928 1️⃣Uglanov was dismissed and 2️⃣Molotov replaced him as Moscow secretary.",
      [
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "moscow-party", year: 1928),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "moscow-party", year: 1928),
      ])
  }
}

@Suite("expelled: relieved of")
struct ExpelledRelievedTests {
  @Test func bodyRelievesSomeoneOfAPost() throws {
    try expectRelations(
      "In January 1925 the 1️⃣Central Committee relieved 2️⃣Trotsky of the War Commissariat.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "war-commissar", year: 1925)])
  }
}

@Suite("the body that met as agent")
struct AssemblyAgentTests {
  @Test func aPassiveExpulsionAtACongressIsTheCongresss() throws {
    try expectRelations(
      "In 1927 1️⃣Trotsky was expelled from the party at the Fifteenth Congress.",
      [RelationSpec(.expelled, from: "[party-congress]", to: "1️⃣", office: "party", year: 1927)])
  }

  @Test func anElectionAtACongressIsTheCongresss() throws {
    try expectRelations(
      "At the Tenth Congress 1️⃣Molotov was elected to the Central Committee.",
      [RelationSpec(.appointed, from: "[party-congress]", to: "1️⃣", office: "central-committee", year: 1921)])
  }

  @Test func aNamedAgentIsKept() throws {
    try expectRelations(
      "At the Fifteenth Congress 1️⃣Stalin expelled 2️⃣Trotsky from the party.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "party", year: 1927)])
  }

  @Test func aCongressNamedOnlyAsATimeIsNoAgent() throws {
    try expectRelations(
      "After the Fifteenth Congress 1️⃣Trotsky was expelled from the party.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927)])
  }
}

@Suite("the body that met, in another clause")
struct AssemblyClauseTests {
  @Test func aCongressInAnotherClauseIsNoAgent() throws {
    try expectRelations(
      "2️⃣Tomsky lost his Politburo seat at the Sixteenth Congress, and in 1930 1️⃣Molotov was appointed to the Orgburo.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1930),
        RelationSpec(.expelled, from: "[party-congress]", to: "2️⃣", office: "politburo", year: 1930),
      ])
  }
}

@Suite("removals in coordination")
struct CoordinatedRemovalTests {
  @Test func aParticipleCoordinatedWithAPassiveIsPassive() throws {
    try expectRelations(
      "In 1927 1️⃣Zinoviev and 2️⃣Kamenev were humiliated and expelled from the party.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
      ])
  }

  @Test func theyAfterAOnePersonSubjectIsThePluralObject() throws {
    try expectRelations(
      """
      In 1921 1️⃣Lenin condemned the Workers' Opposition of 2️⃣Shlyapnikov and 3️⃣Kollontai. \
      Even so, they were harassed and removed, under one pretext or another, from party posts.
      """,
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1921),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1921),
        RelationSpec(.expelled, from: nil, to: "2️⃣", year: 1921),
        RelationSpec(.expelled, from: nil, to: "3️⃣", year: 1921),
      ])
  }
}

/// The subject of a passive set off from it by an apposition or a relative clause.
@Suite("passive subjects before an apposition")
struct PassiveAppositionTests {
  @Test(arguments: [
    "In 1926 1️⃣Kamenev, an old Bolshevik, was expelled from the Politburo.",
    "In 1926 1️⃣Kamenev, who had led Moscow, was expelled from the Politburo.",
    "In 1926 1️⃣Kamenev, whom Stalin distrusted, was expelled from the Politburo.",
  ])
  func removal(_ sentence: String) throws {
    try expectRelations(sentence, [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926)])
  }

  @Test func aPossessorInTheAppositionDescribesTheSubject() throws {
    try expectRelations(
      "In 1926 1️⃣Kamenev, 2️⃣Zinoviev's ally, was expelled from the Politburo.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926),
      ])
  }

  @Test func appointment() throws {
    try expectRelations(
      "In 1926 1️⃣Kamenev, an old Bolshevik, was appointed Commissar of Trade.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "trade", year: 1926)])
  }
}

/// A seat lost, with the body before the noun for the post.
@Suite("expelled: seats lost")
struct LostSeatTests {
  @Test func theBodyBeforeTheSeat() throws {
    try expectRelations(
      "In 1930 1️⃣Tomsky lost his Politburo seat.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1930)])
  }

  @Test func anEditorshipNamedAsAPost() throws {
    try expectRelations(
      "In 1929 1️⃣Bukharin lost the editorship of Pravda.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "pravda", year: 1929)])
  }
}

/// "There followed expulsion…": a removal without an owner that tells what came next.
@Suite("expelled: what followed")
struct WhatFollowedTests {
  @Test func theRemovalHappensToThePreviousSubjectLater() throws {
    try expectRelations(
      "In January 1925 1️⃣Trotsky was forced to resign as Commissar of War. There followed expulsion from the Party.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: nil),
      ])
  }

  @Test func aPluralSubjectOwnsItTogether() throws {
    try expectRelations(
      "In 1927 1️⃣Zinoviev and 2️⃣Kamenev were defeated. There followed expulsion from the Party.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: nil),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: nil),
      ])
  }

  @Test func aRemovalWithItsOwnOwnerKeepsIt() throws {
    try expectRelations(
      "In 1927 Zinoviev was defeated. There followed the expulsion of 1️⃣Radek from the Party.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: nil)])
  }
}
