import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("more readings: a possessor's noun before the object, fronted instigators, delayed negation")
struct ObjectAndInstigatorTests {
  @Test func aPossessorsNounNamesTheObject() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin installed his supporter 2️⃣Uglanov at the head of the Moscow organisation.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "moscow-party", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924),
      ])
  }

  @Test func anotherPersonsFriend() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin promoted 2️⃣Kirov's friend 3️⃣Molotov to the Politburo.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "politburo", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test(arguments: [
    "In 1922, on 1️⃣Lenin's recommendation, 2️⃣Stalin was made General Secretary.",
    "In 1922 2️⃣Stalin was made General Secretary on 1️⃣Lenin's recommendation.",
  ])
  func theInstigatorIsThePatron(text: String) throws {
    try expectRelations(
      text, [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func despiteSomeonesRecommendationIsNoInstigation() throws {
    try expectRelations(
      "In 1922, despite Lenin's recommendation, 1️⃣Stalin was made General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func theOneReplacedLosesThePost() throws {
    try expectRelations(
      "1️⃣Tomsky was replaced as head of the trade unions by 2️⃣Shvernik in 1929.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "trade-unions", year: 1929),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "trade-unions", year: 1929),
      ])
  }

  @Test func thePassiveSubjectOfAnOppositionPastItsApposition() throws {
    try expectRelations(
      "1️⃣Bukharin and 2️⃣Rykov, the leaders of the Right, were defeated by 3️⃣Stalin in 1929.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1929),
        RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1929),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1929),
      ])
  }

  @Test(arguments: [
    "1️⃣Zinoviev was not removed from the Comintern until 1926.",
    "It was not until 1926 that 1️⃣Zinoviev was removed from the Comintern.",
  ])
  func notUntilAssertsTheEventAtThatTime(text: String) throws {
    try expectRelations(text, [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "comintern", year: 1926)])
  }

  @Test func aPlainNegationStillDenies() throws {
    try expectRelations("In 1925 Zinoviev was not removed from the Comintern.", [])
  }
}

@Suite("instigation is no modality; proposals with passive content; possessive expulsions")
struct InstigationAndProposalTests {
  @Test func atSomeonesUrgingTheActHappened() throws {
    try expectRelations(
      "The 1️⃣Central Committee, at Stalin's urging, expelled 2️⃣Zinoviev from the Politburo in July 1926.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926)])
  }

  @Test func aProposalThatSomeoneBeExpelledIsNoExpulsion() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin's proposal that 2️⃣Zinoviev be expelled was ignored.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func aProposalVetoedIsStillVetoed() throws {
    try expectRelations(
      "In 1922 1️⃣Zinoviev's proposal, vetoed by 2️⃣Stalin, came to nothing.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func thePossessorExpelsTheOneAfterOf() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin's expulsion of 2️⃣Zinoviev surprised many.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "party", year: 1926)])
  }

  @Test func expellingSomeonesFriend() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin expelled 2️⃣Zinoviev's friend 3️⃣Lashevich from the Central Committee.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "central-committee", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }
}
