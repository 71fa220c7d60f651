import Testing

@testable import PatronageExtraction

@Suite("appointed")
struct AppointedRuleTests {
  @Test func activeVoice() throws {
    try expectRelations(
      "In April 1922 1️⃣Lenin appointed 2️⃣Stalin General Secretary.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func passiveVoiceWithAgent() throws {
    try expectRelations(
      "In 1924 2️⃣Rykov was appointed chairman of Sovnarkom by the 1️⃣Politburo.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "sovnarkom-chair", year: 1924)])
  }

  @Test func passiveVoiceWithoutAgent() throws {
    try expectRelations(
      "In 1925 1️⃣Frunze was appointed Commissar of War.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func coordinationExpandsToEveryAppointee() throws {
    try expectRelations(
      "In 1926 the 1️⃣Plenum elected 2️⃣Rudzutak and 3️⃣Kuibyshev to the Politburo.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "politburo", year: 1926),
      ])
  }

  @Test func becameTakesThePostWithoutPatron() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin became General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func personnelVerbWithoutOfficeIsReported() throws {
    try expectRelations(
      "In 1923 1️⃣Zinoviev appointed 2️⃣Kamenev.", [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test(arguments: ["In 1923 Zinoviev chose Kamenev.", "In 1923 Zinoviev made Kamenev happy."])
  func vagueCueWithoutOfficeIsNothing(_ sentence: String) throws {
    try expectRelations(sentence, [])
  }

  @Test func headlineParticipleWithoutAuxiliary() throws {
    try expectRelations(
      "1925: 1️⃣Voroshilov appointed War Commissar.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func headlineNamedWithoutAuxiliary() throws {
    try expectRelations(
      "1923: 1️⃣Kuibyshev named chairman of Rabkrin.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1923)])
  }

  @Test func headlineNeedsAnOffice() throws {
    try expectRelations("In 1923 Kuibyshev named the date of the meeting.", [])
  }

  @Test func namedWithObjectIsActive() throws {
    try expectRelations(
      "In 1923 1️⃣Lenin named 2️⃣Kuibyshev chairman of Rabkrin.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "rabkrin", year: 1923)])
  }

  @Test func succeededPredecessorAsPost() throws {
    try expectRelations(
      "In February 1924 1️⃣Rykov succeeded Lenin as chairman of Sovnarkom.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "sovnarkom-chair", year: 1924)])
  }

  @Test func replacedPronounAtTheHeadOf() throws {
    try expectRelations(
      "In 1926 1️⃣Menzhinsky replaced him at the head of the OGPU.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "cheka", year: 1926)])
  }

  @Test func passiveReplacedByTheSuccessor() throws {
    try expectRelations(
      "In 1925 2️⃣Trotsky was replaced as War Commissar by 1️⃣Frunze.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "war-commissar", year: 1925),
      ])
  }

  @Test func succeededInIsNotASuccession() throws {
    try expectRelations("In 1922 Stalin succeeded in winning over the Politburo.", [])
  }

  @Test func successorAcrossACommaIsNotThePredecessor() throws {
    try expectRelations("In 1926, after the death of Dzerzhinsky, the new man succeeded him as head of the OGPU.", [])
  }

  @Test func proposedSuccessionIsNotAsserted() throws {
    try expectRelations("In 1924 Zinoviev wanted Kamenev to replace Lenin as chairman of Sovnarkom.", [])
  }

  @Test func takesChargeOfABody() throws {
    try expectRelations(
      "In 1920 1️⃣Stalin takes charge of Rabkrin.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1920)])
  }

  @Test func putAtTheHeadOf() throws {
    try expectRelations(
      "In 1929 1️⃣Kuibyshev was put at the head of Rabkrin.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1929)])
  }

  @Test func headlineWithPossessiveAfterTheOffice() throws {
    try expectRelations(
      "1925: 1️⃣Voroshilov appointed War Commissar after Frunze's death.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func headlineWithAPersonLaterIsNotPassive() throws {
    try expectRelations("In 1922 Stalin appointed the head of Rabkrin, Kuibyshev, to the commission.", [])
  }

  @Test func appositiveParticiple() throws {
    try expectRelations(
      "In 1923 1️⃣Kuibyshev, named chairman of Rabkrin, set to work.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1923)])
  }

  @Test func bodyElectedBeforeAColonList() throws {
    try expectRelations(
      "1919: the new Politburo elected: 1️⃣Kamenev and 2️⃣Stalin.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo", year: 1919),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "politburo", year: 1919),
      ])
  }

  @Test func successionAtTheHeadOfABody() throws {
    try expectRelations(
      "In 1928 1️⃣Molotov replaced 2️⃣Uglanov at the head of the Moscow party organisation.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "moscow-party", year: 1928),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "moscow-party", year: 1928),
      ])
  }

  @Test func replacingRemovesThePredecessor() throws {
    try expectRelations(
      "In 1930 1️⃣Molotov replaced 2️⃣Rykov as chairman of Sovnarkom.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "sovnarkom-chair", year: 1930),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "sovnarkom-chair", year: 1930),
      ])
  }

  @Test func succeedingDoesNotRemoveThePredecessor() throws {
    try expectRelations(
      "In 1924 1️⃣Rykov succeeded Lenin as chairman of Sovnarkom.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "sovnarkom-chair", year: 1924)])
  }

  @Test func madeChairmanOfABody() throws {
    try expectRelations(
      "In 1923 the 1️⃣Congress made 2️⃣Kuibyshev chairman of the Central Control Commission.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "central-control-commission", year: 1923)])
  }

  @Test func deniedAppointmentToABody() throws {
    try expectRelations("In 1923 the Congress did not make Kuibyshev chairman of the Central Control Commission.", [])
  }

  @Test func commissionHeadedBy() throws {
    try expectRelations(
      "In 1922 Lenin handed the question to a commission headed by 1️⃣Stalin.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "commission", year: 1922)])
  }

  @Test func bodyInAppositionHeadedByIsNotAnAppointment() throws {
    try expectRelations("In 1922 the Politburo, headed by Lenin, met every week.", [])
  }

  @Test func appositiveWithPostInsideTheCue() throws {
    try expectRelations(
      "In 1924 1️⃣Krasin, placed in charge of the funeral arrangements, worked quickly.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "funeral-arrangements", year: 1924)])
  }

  @Test func relativeWhomClauseIsActive() throws {
    try expectRelations(
      "In 1922 2️⃣Kaganovich, whom 1️⃣Stalin placed at the head of Rabkrin, worked hard.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "rabkrin", year: 1922)])
  }

  @Test func relativeWhoClauseIsNotAHeadline() throws {
    try expectRelations("In 1922 the official who Stalin appointed chairman of Rabkrin was unknown.", [])
  }

  @Test func coordinatedPostsGiveOneLineEach() throws {
    try expectRelations(
      "In 1926 1️⃣Ordzhonikidze took over the Central Control Commission and Rabkrin.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "central-control-commission", year: 1926),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "rabkrin", year: 1926),
      ])
  }

  @Test func bodyStartingANewClauseIsNotASecondPost() throws {
    try expectRelations(
      // The body still serves as the patron of last resort; it is not a second post.
      "In 1920 1️⃣Stalin was appointed chairman of Rabkrin and the 2️⃣Politburo approved.",
      [RelationSpec(.appointed, from: "2️⃣", to: "1️⃣", office: "rabkrin", year: 1920)])
  }
}

@Suite("posts taken rather than given")
struct PostsTakenTests {
  @Test func assumedThePostOf() throws {
    try expectRelations(
      "In April 1922 1️⃣Stalin assumed the post of General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func assumedAnAttitudeIsNoPost() throws {
    try expectRelations("In 1923 Trotsky assumed toward the Party a hostile attitude.", [])
  }

  @Test func aPostAssumedBySomeone() throws {
    try expectRelations(
      "In 1922 the chairmanship of the Politburo was assumed by 1️⃣Kamenev.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo-chair", year: 1922)])
  }

  @Test func takenOverBy() throws {
    try expectRelations(
      "In 1923 the Orgburo was taken over by 1️⃣Molotov.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1923)])
  }

  @Test func thePostOfATitleIsNoPerson() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin took over the post of General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  /// A verb coordinated after ", and" and a time shares the first clause's subject.
  @Test(arguments: [
    "During the war 1️⃣Shlyapnikov had led the union, and in October 1917 took over the Commissariat of Labor.",
    "During the war 1️⃣Shlyapnikov had led the union, and took over the Commissariat of Labor in 1917.",
  ])
  func aCoordinatedVerbSharesTheSubject(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "labor-commissar", year: 1917)])
  }

  @Test func aCoordinatedClauseWithItsOwnSubjectKeepsIt() throws {
    try expectRelations(
      "In 1928 Uglanov lost the vote, and in November 1️⃣Molotov took over the Moscow party organisation.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "moscow-party", year: 1928)])
  }
}

/// A post that goes to someone: "the War Commissariat went to Frunze".
@Suite("appointed: posts handed on")
struct PostHandedOnTests {
  @Test(arguments: [
    "In January 1925 the War Commissariat went to 1️⃣Frunze.",
    "In January 1925 the War Commissariat went instead to 1️⃣Frunze.",
    "In January 1925 the War Commissariat passed to 1️⃣Frunze.",
  ])
  func thePostGoesToThePerson(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  @Test func aPersonGoingSomewhereTakesNoPost() throws {
    try expectRelations("In 1925 Frunze went to Moscow, and the Politburo went to Kamenev's dacha.", [])
  }
}

/// A successor named without the post takes the one the sentence named before.
@Suite("appointed: successors of a post named before")
struct SuccessorOfAnEarlierPostTests {
  @Test(arguments: [
    "In January 1925 2️⃣Trotsky was removed as War Commissar; 1️⃣Frunze replaced him.",
    "In January 1925 2️⃣Trotsky was removed as War Commissar, and 1️⃣Frunze replaced him.",
  ])
  func thePostNamedBefore(_ sentence: String) throws {
    try expectRelations(
      sentence,
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1925),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "war-commissar", year: 1925),
      ])
  }

  @Test func aBodyNamedAsAPlaceIsNoPost() throws {
    try expectRelations("At the plenum of 1925 Zinoviev spoke, and Kamenev replaced him.", [])
  }
}

/// A post held since a year was taken that year.
@Suite("appointed: held since")
struct HeldSinceTests {
  @Test(arguments: [
    "1️⃣Dzerzhinsky had headed the Cheka since 1917.",
    "In 1926 the Cheka, which 1️⃣Dzerzhinsky had headed since 1917, was renamed.",
  ])
  func heldSince(_ sentence: String) throws {
    try expectRelations(sentence, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "cheka", year: 1917)])
  }

  @Test func heldForAWhileNamesNoStart() throws {
    try expectRelations("Dzerzhinsky had headed the Cheka for years.", [])
  }
}
