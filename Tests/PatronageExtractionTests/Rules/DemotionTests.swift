import Testing

@testable import PatronageExtraction

@Suite("demotions and promotions to membership")
struct DemotionTests {
  @Test func demotedToCandidateLosesFullMembership() throws {
    try expectRelations(
      "On 1 January 1926 1️⃣Kamenev was demoted to a candidate member of the Politburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926)])
  }

  @Test func demotedFromABodyLosesIt() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin demoted 2️⃣Kamenev from the Politburo.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926)])
  }

  @Test func demotedToAnotherPostNamesNothingLost() throws {
    try expectRelations("In 1926 Kamenev was demoted to Commissar of Trade.", [])
  }

  @Test func promotedToFullMembershipIsOfTheBodyNamedLast() throws {
    try expectRelations(
      """
      On 1 January 1926 1️⃣Kamenev was demoted to a candidate member of the Politburo, while 2️⃣Molotov and \
      3️⃣Kalinin were promoted to full membership.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: nil, to: "3️⃣", office: "politburo", year: 1926),
      ])
  }
}

@Suite("expelled: a second removal with the verb left out")
struct GappedRemovalTests {
  @Test func aTimeAndFromAfterAndRepeatTheRemoval() throws {
    try expectRelations(
      """
      On 23 October 1927 1️⃣Trotsky and 2️⃣Zinoviev were expelled from the Central Committee, and on 14 November \
      from the party itself.
      """,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "central-committee", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "central-committee", year: 1927),
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "party", year: 1927),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "party", year: 1927),
      ])
  }

  @Test func aNewClauseAfterAndIsNoRemoval() throws {
    try expectRelations(
      "In 1927 1️⃣Trotsky was expelled from the Central Committee, and from 1928 Stalin ruled alone.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "central-committee", year: 1927)])
  }
}

@Suite("expelled: a further removal of other people with the verb left out")
struct GappedSubjectRemovalTests {
  @Test(arguments: [
    "In 1926 1️⃣Zinoviev was removed from the Politburo, 2️⃣Kamenev from the Orgburo.",
    "In 1926 1️⃣Zinoviev was removed from the Politburo and 2️⃣Kamenev from the Orgburo.",
    "1926, Oct. - 1️⃣Zinoviev dropped from the Politburo, 2️⃣Kamenev from the Orgburo.",
  ])
  func passiveAndHeadlineRemovals(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "orgburo", year: 1926),
      ])
  }

  @Test func theExpellerRemovesBoth() throws {
    try expectRelations(
      "In October 1926 the 1️⃣plenum removed 2️⃣Trotsky from the Politburo and 3️⃣Kamenev from the Orgburo.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926),
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "orgburo", year: 1926),
      ])
  }

  @Test func aNewVerbIsNoGap() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev was removed from the Politburo, and Kamenev spoke from the floor of the Orgburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1926)])
  }
}

@Suite("expelled: a seat on a body")
struct SeatOnABodyTests {
  @Test(arguments: [
    "In 1927 1️⃣Trotsky was deprived of his seat on the Central Committee.",
    "In 1927 1️⃣Trotsky was stripped of his place in the Central Committee.",
  ])
  func theBodyOfTheSeat(text: String) throws {
    try expectRelations(text, [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "central-committee", year: 1927)])
  }
}
