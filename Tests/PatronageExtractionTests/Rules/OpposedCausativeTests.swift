import Testing

@testable import PatronageExtraction

@Suite("opposed by having someone dealt with")
struct OpposedCausativeTests {
  @Test func hadSomeoneArrested() throws {
    try expectRelations(
      "In 1936 1️⃣Stalin had 2️⃣Zinoviev arrested.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1936)])
  }

  @Test func theObjectPutFirst() throws {
    try expectRelations(
      "In 1930 1️⃣Stalin ruled alone. 2️⃣Shlyapnikov he had shot in 1937.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1937)])
  }

  @Test func exiledSomeone() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin exiled 2️⃣Trotsky to Alma-Ata.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928)])
  }

  @Test func aStateIsNoAct() throws {
    try expectRelations("In 1929 Zinoviev was broken, Trotsky in exile abroad, and Stalin alone at the helm.", [])
  }

  @Test func anArrestWithoutAnAgentIsNoTie() throws {
    try expectRelations("In 1936 Zinoviev was arrested in Moscow.", [])
  }

  @Test func withTheHelpOf() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin ran Georgia with the help of a fellow Georgian, 2️⃣Sergo Ordzhonikidze.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func exonerated() throws {
    try expectRelations(
      "In 1922 1️⃣Dzerzhinsky exonerated 2️⃣Ordzhonikidze.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}

@Suite("the cue's own clause dates it")
struct ClauseTimeTests {
  @Test func aTimeInTheCuesClauseBeatsANearerOneAcrossASemicolon() throws {
    try expectRelations(
      "In February 1920 the inspectorate was created, with 1️⃣Stalin as chairman; two years later Lenin regretted it.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1920)])
  }
}

@Suite("subjects of adjuncts, followers, coordinate clauses")
struct AdjunctAndFollowerTests {
  @Test func aParticipleAfterTheMainClauseTakesItsSubject() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin telephoned Lenin's wife, 2️⃣Krupskaya, berating her crudely.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func aNameBeforeFollowersOnlyDescribesThem() throws {
    try expectRelations("In 1921 many Trotsky followers were removed from their posts.", [])
  }

  @Test func aModalityDoesNotReachPastCommaAnd() throws {
    try expectRelations(
      "In 1921 Tomsky refused to obey, and 1️⃣Lenin denounced 2️⃣Shlyapnikov.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }
}

@Suite("ordered someone dealt with; citations after a colon")
struct OrderedAndCitationTests {
  @Test func orderedSomeoneArrested() throws {
    try expectRelations(
      "In 1936 1️⃣Stalin ordered 2️⃣Zinoviev arrested.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1936)])
  }

  @Test func aNameAfterAColonIsNoObject() throws {
    try expectRelations("In 1936 Stalin attacked: see Bukharin's memoir of 1937.", [])
  }
}
