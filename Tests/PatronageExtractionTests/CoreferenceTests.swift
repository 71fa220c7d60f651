import Testing

@testable import PatronageExtraction

@Suite("coreference")
struct CoreferenceTests {
  @Test func pronounToThePreviousSubject() throws {
    try expectRelations(
      "In 1924 1️⃣Zinoviev spoke first. Then he attacked 2️⃣Trotsky.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func possessivePronounToTheSentenceSubject() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev and his ally 2️⃣Kamenev lost their posts.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func objectPronounSkipsItsOwnClause() throws {
    try expectRelations(
      "In 1924 1️⃣Trotsky published an essay. 2️⃣Zinoviev and 3️⃣Kamenev attacked him.",
      [
        RelationSpec(.opposed, from: "2️⃣", to: "1️⃣", year: 1924),
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1924),
      ])
  }

  @Test func femalePronounSkipsMen() throws {
    try expectRelations(
      "In 1921 1️⃣Kollontai argued with Lenin at length. Later she attacked 2️⃣Bukharin.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test func titleToTheHolderInThatYear() throws {
    try expectRelations(
      "In 1925 the General Secretary denounced 2️⃣Zinoviev.",
      [RelationSpec(.opposed, from: "[stalin]", to: "2️⃣", year: 1925)])
  }

  @Test func groupPhraseToTheSetTheDocumentTiedToIt() throws {
    try expectRelations(
      """
      In 1923 a triumvirate of 1️⃣Stalin, 2️⃣Zinoviev and 3️⃣Kamenev ran the Politburo.

      In 1924 the triumvirate attacked 4️⃣Trotsky.
      """,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1924),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1924),
        RelationSpec(.opposed, from: "3️⃣", to: "4️⃣", year: 1924),
      ])
  }

  @Test func allThreeForACollectiveExpulsion() throws {
    try expectRelations(
      """
      In 1927 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev led the opposition; all three were expelled from the party.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func theyToThePreviousPluralSubject() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev and 2️⃣Kamenev changed course. They now joined 3️⃣Trotsky.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1925),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1925),
      ])
  }

  @Test func theyAfterASingleSubjectIsUnresolved() throws {
    try expectRelations("In 1925 Zinoviev changed course. They now joined Trotsky.", [])
  }

  @Test func peopleAfterUnlikeAreNotTheSubjectPronounsLaterStandFor() throws {
    try expectRelations(
      "In 1921 3️⃣Trotsky had no post. Unlike 1️⃣Zinoviev and 2️⃣Kamenev, his rivals, he had no cadres. "
        + "At the next congress a young delegate, 4️⃣Mikoyan, attacked him.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1921),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1921),
        RelationSpec(.opposed, from: "4️⃣", to: "3️⃣", year: 1922),
      ])
  }

  @Test func heWhoAgreesIsTheOneAsked() throws {
    try expectRelations(
      "In 1923 Lenin asked 1️⃣Trotsky to take up the Georgian case. He agreed and attacked 2️⃣Stalin.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func themAfterAOnePersonSubjectIsThePreviousSentencesPeople() throws {
    try expectRelations(
      "In 1922 1️⃣Mdivani and 2️⃣Makharadze protested. 3️⃣Lenin rebuffed them.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1922),
        RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1922),
      ])
  }

  @Test func theirLeavesOutTheOnePersonSubject() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin and 2️⃣Zinoviev met. 3️⃣Kamenev too turned against 4️⃣Trotsky, their rival.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "4️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "4️⃣", year: 1922),
        RelationSpec(.opposed, from: "2️⃣", to: "4️⃣", year: 1922),
      ])
  }

  @Test func allThreeAfterAListOfThree() throws {
    try expectRelations(
      "In 1926 the opposition of 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev spoke. In 1927 all three were expelled from "
        + "the party.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "3️⃣", office: "party", year: 1927),
      ])
  }

  @Test func allThreeAfterThreePeopleInDifferentLists() throws {
    try expectRelations(
      "1️⃣Frunze spoke first in 1924; then 2️⃣Bubnov and 3️⃣Lashevich spoke. All three were removed from the "
        + "Politburo in 1925.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1925),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "politburo", year: 1925),
        RelationSpec(.expelled, from: nil, to: "3️⃣", office: "politburo", year: 1925),
      ])
  }

  @Test func bothMenAfterTwoPeopleNamedApart() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin sent 2️⃣Ordzhonikidze to Tiflis. 3️⃣Mdivani complained about both men.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1922),
        RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1922),
      ])
  }

  @Test func theTwoMenAreCountedNotFollowers() throws {
    try expectRelations(
      "In 1926 1️⃣Trotsky and 2️⃣Zinoviev spoke. In 1927 the two men attacked 3️⃣Stalin.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1927),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1927),
      ])
  }

  @Test func capitalisedGroupNameWithMembersInParentheses() throws {
    try expectRelations(
      "In 1926 the United Opposition (of 1️⃣Trotsky, 2️⃣Zinoviev and 3️⃣Kamenev) held back.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func joinedForcesAgainstIsNoAllianceWithTheTarget() throws {
    try expectRelations(
      "In 1922 1️⃣Kamenev joined forces against 2️⃣Trotsky.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func coordinatedVerbSharesTheSubjectAndItsObjectPronounTheObject() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin called 2️⃣Trotsky wrong and accused him of haste.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func objectPronounIsNotTheSubjectOfItsOwnClause() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin praised 2️⃣Trotsky; later 3️⃣Zinoviev attacked him.",
      [RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func possessiveGoesToTheNearestPersonOfItsClause() throws {
    try expectRelations(
      "In 1923 1️⃣Trotsky wrote a note. Once he had read it, 2️⃣Lenin gave his support to 3️⃣Mdivani.",
      [RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1923)])
  }

  @Test func possessiveInAppositionIsSomeoneElse() throws {
    try expectRelations(
      "In 1922 1️⃣Trotsky spoke. Unlike 2️⃣Zinoviev and 3️⃣Kamenev, his rivals, he held no post.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1922),
      ])
  }

  @Test func aLargeGroupStandsForItsLeaders() throws {
    try expectRelations(
      "In 1922 1️⃣Lenin took the side of the Georgian opposition.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "[makharadze]", year: 1922),
        RelationSpec(.allied, from: "1️⃣", to: "[mdivani]", year: 1922),
      ])
  }

  @Test func theGeorgiansAreTheGeorgianCommunistLeaders() throws {
    try expectRelations(
      "In October 1922 1️⃣Lenin rebuffed the Georgians.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "[makharadze]", year: 1922),
        RelationSpec(.opposed, from: "1️⃣", to: "[mdivani]", year: 1922),
      ])
  }

  @Test func aCommanderSharingASurnameIsReadOnlyNearHisFullName() throws {
    let text =
      "In 1920 1️⃣General S. S. Kamenev led the army. Kamenev planned the march. In 1922 Trotsky spoke. "
      + "Stalin and Zinoviev listened. Bukharin and Rykov agreed. Tomsky waited. Then 2️⃣Kamenev attacked "
      + "3️⃣Trotsky."
    let found = try MarkedProse.relations(text)
    #expect(found.contains { $0.kind == .opposed && $0.from == "2️⃣" && $0.to == "3️⃣" })
    #expect(!found.contains { $0.from == "1️⃣" || $0.to == "1️⃣" })
  }

  @Test func objectPronounLooksBeyondAnEarlierClause() throws {
    try expectRelations(
      "In July 1921 2️⃣Mdivani was in favour; it was 1️⃣Stalin who had arranged for him to become chairman of the "
        + "Georgian Revolutionary Committee.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "georgian-revkom", year: 1921)])
  }
}

@Suite("coreference: the former and the latter")
struct FormerLatterTests {
  @Test func theLatterIsThePersonNamedLast() throws {
    let found = try MarkedProse.relations(
      "In 1923 Zinoviev and 1️⃣Stalin met at Kislovodsk. The latter attacked 2️⃣Trotsky soon afterwards.",
      minimumConfidence: 0.3)
    #expect(found == [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func theFormerIsTheOneBeforeThem() throws {
    try expectRelations(
      "In 1924 1️⃣Trotsky and 2️⃣Stalin quarrelled; the former had the support of 3️⃣Radek.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1924),
      ])
  }

  @Test func theLattersPossession() throws {
    try expectRelations(
      "In 1924 1️⃣Zinoviev met 2️⃣Stalin; the latter's allies attacked 3️⃣Trotsky.",
      [RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1924)])
  }

  @Test func anAdjectiveFormerIsNoPerson() {
    let words = WordScanner.words(in: "the former triumvirs met; the former General Secretary spoke; the latter.")
    #expect(!Coreference.standsAlone(after: 1, in: words))
    #expect(!Coreference.standsAlone(after: 6, in: words))
    #expect(Coreference.standsAlone(after: 12, in: words))
  }
}
