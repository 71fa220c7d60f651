import Testing

@testable import PatronageExtraction

@Suite("allied followers")
struct AlliedFollowerTests {
  @Test func oneOfSomeonesMen() throws {
    try expectRelations(
      "In 1924 2️⃣Kaganovich was one of 1️⃣Stalin's men.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func amongSomeonesPeople() throws {
    try expectRelations(
      "In 1922 2️⃣Makharadze was among 1️⃣Mdivani's people.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func oneOfSomeonesAllies() throws {
    try expectRelations(
      "In 1925 2️⃣Molotov was one of 1️⃣Stalin's allies.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func someonesMenActingOnOthersIsNoAlliance() throws {
    try expectRelations("In 1927 Stalin's men searched the flat of Trotsky.", [])
  }

  @Test func deniedMembershipIsNoEvent() throws {
    try expectRelations("In 1926 Bukharin was never one of Zinoviev's people.", [])
  }
}

/// A possessed noun ("X's allies") ties its possessor to the subject only through a copula or a phrase.
@Suite("allied: possessor and subject")
struct AlliedPossessorSubjectTests {
  @Test func copulaTiesTheSubject() throws {
    try expectRelations(
      "In 1925 2️⃣Molotov remained 1️⃣Stalin's ally.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func onSomeonesBehalf() throws {
    try expectRelations(
      "In 1920 2️⃣Zinoviev gave speeches on 1️⃣Lenin's behalf.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1920)])
  }

  @Test func aVerbBetweenSubjectAndPossessorIsNoTie() throws {
    try expectRelations("In 1922 Kamenev met Stalin's associates in Tiflis.", [])
  }
}
