import Testing

@testable import PatronageExtraction

/// Agreeing with someone, even on one matter, is taking their side: the shared gold annotates "Lenin had agreed with
/// Stalin in the matter of Georgia" as an alliance for that year (an earlier reading treated it as none).
@Suite("allied: agreeing with someone")
struct AlliedAgreementTests {
  @Test func agreeingWithSomeoneIsTakingTheirSide() throws {
    try expectRelations(
      "Up to this point in 1922 1️⃣Lenin had agreed with 2️⃣Stalin in the matter of Georgia.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func notAgreeingIsOppositionOnly() throws {
    try expectRelations(
      "In 1923 1️⃣Stalin did not agree with 2️⃣Zinoviev.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func aBodyAgreeingTiesNobodyTogether() throws {
    try expectRelations("In 1921 the Party Congress agreed with Lenin and the Workers' Opposition was dissolved.", [])
  }

  @Test func peopleOnOneSideTogetherAreAllies() throws {
    try expectRelations(
      "In 1923 1️⃣Kamenev and 2️⃣Zinoviev were working hand in glove with 3️⃣Stalin.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923),
      ])
  }

  @Test func peopleDescribedAsSomeonesSupportersAreNotTiedToEachOther() throws {
    try expectRelations(
      "In 1921 1️⃣Krestinsky and 2️⃣Serebryakov were sympathisers of 3️⃣Trotsky.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1921),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1921),
      ])
  }

  @Test func opponentsOnOneSideAreNotThereforeAllies() throws {
    try expectRelations(
      "In 1923 1️⃣Kamenev and 2️⃣Zinoviev attacked 3️⃣Trotsky.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1923),
        RelationSpec(.opposed, from: "2️⃣", to: "3️⃣", year: 1923),
      ])
  }

  @Test func aCueInsideALongerCueOfAnotherRelationIsDropped() {
    let hits = [
      CueHit(kind: .relation(.opposed), words: 2..<5), CueHit(kind: .relation(.allied), words: 3..<5),
      CueHit(kind: .modality, words: 2..<3), CueHit(kind: .relation(.opposed), words: 3..<4),
    ]
    #expect(
      CueHit.withoutNested(hits) == [
        CueHit(kind: .relation(.opposed), words: 2..<5), CueHit(kind: .modality, words: 2..<3),
        CueHit(kind: .relation(.opposed), words: 3..<4),
      ])
  }
}
