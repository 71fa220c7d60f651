import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("possessors past two modifiers, reciprocal verbs with an adverb, objects of another verb")
struct PossessorAndReciprocalTests {
  @Test func stalinsMostLoyalLieutenant() throws {
    try expectRelations(
      "In 1925 1️⃣Molotov was 2️⃣Stalin's most loyal lieutenant.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func cooperatedClosely() throws {
    try expectRelations(
      "1️⃣Lenin and 2️⃣Trotsky cooperated closely in 1917.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1917)])
  }

  @Test func theObjectOfAnotherVerbIsNoAlly() throws {
    try expectRelations("In 1925 Stalin's policy of support for the peasants angered Zinoviev.", [])
  }

  @Test func anAdverbCueKeepsItsVerbsObject() throws {
    try expectRelations(
      "In 1922 1️⃣Mikoyan disparagingly referred to 2️⃣Trotsky as a hero.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}

@Suite("cues of betrayal and friendship; charges are the accusers' claims")
struct BetrayalAndChargeTests {
  @Test(arguments: [
    ("betrayed", RelationKind.opposed), ("undermined", .opposed), ("befriended", .allied), ("won over", .allied),
  ])
  func verbOfATie(verb: String, kind: RelationKind) throws {
    try expectRelations(
      "In 1925 1️⃣Stalin \(verb) 2️⃣Zinoviev.", [RelationSpec(kind, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test(arguments: [
    "In 1926 1️⃣Zinoviev accused 2️⃣Stalin of betraying Lenin.",
    "In 1926 2️⃣Stalin was accused of plotting against Trotsky by 1️⃣Zinoviev.",
  ])
  func onlyTheAccusationIsAsserted(text: String) throws {
    try expectRelations(text, [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }
}
