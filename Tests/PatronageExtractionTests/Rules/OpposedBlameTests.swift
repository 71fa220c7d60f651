import Testing

@testable import PatronageExtraction

@Suite("opposed by blame")
struct OpposedBlameTests {
  @Test func attributingFailuresToSomeoneOpposesThem() throws {
    try expectRelations(
      "In 1926 1️⃣Trotsky and 2️⃣Zinoviev attributed the economic failures to 3️⃣Stalin's policy.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1926),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test func attributingSuccessIsNoBlame() throws {
    try expectRelations("In 1926 Trotsky attributed the early victories to Stalin's policy.", [])
  }

  @Test func sayingSomeoneWasResponsibleForAMisfortune() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin hinted that the friends of 2️⃣Rykov were responsible for the sabotage.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928)])
  }

  @Test func responsibleForAnOfficeIsNoBlame() throws {
    try expectRelations("In 1925 Zinoviev said that Bukharin was responsible for the newspaper.", [])
  }

  @Test func blamed() throws {
    try expectRelations(
      "In 1927 1️⃣Kamenev blamed 2️⃣Stalin for the defeat in China.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1927)])
  }

  @Test func aVerbIsNotPartedFromItsObjectByOneComma() throws {
    try expectRelations("In 1929 the year closed with Rykov broken, Bukharin discredited, Trotsky in exile.", [])
  }

  @Test func aParentheticalBetweenVerbAndObjectIsKept() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev attacked, in public, 2️⃣Bukharin.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func notUntilAssertsTheEvent() throws {
    try expectRelations(
      "It was not until 1927 that 1️⃣Kamenev attacked 2️⃣Stalin in the open.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1927)])
  }

  @Test func plainNegationStillDenies() throws {
    try expectRelations("In 1927 Kamenev did not attack Stalin in the open.", [])
  }
}

@Suite("reduced passives and rejected plans")
struct ReducedPassiveTests {
  @Test func aPlanRejectedBySomeone() throws {
    try expectRelations(
      "In 1923 1️⃣Trotsky's plan was rejected by 2️⃣Stalin.", [RelationSpec(.opposed, from: "2️⃣", to: "1️⃣", year: 1923)])
  }

  @Test func aReducedPassiveSetOffByCommas() throws {
    try expectRelations(
      "In 1923 1️⃣Trotsky, attacked by 2️⃣Zinoviev, fell ill.", [RelationSpec(.opposed, from: "2️⃣", to: "1️⃣", year: 1923)])
  }

  @Test func aPlanToAttackIsStillNoAttack() throws {
    try expectRelations("In 1923 Stalin planned to attack Trotsky.", [])
  }
}
