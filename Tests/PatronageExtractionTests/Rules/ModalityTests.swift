import Testing

@testable import PatronageExtraction

/// Statements that must NOT yield an event.
@Suite("modality")
struct ModalityTests {
  @Test(arguments: [
    "In 1927 some delegates wanted Trotsky expelled from the party.",
    "In 1925 Kamenev planned to attack Stalin at the congress.",
    "In 1924 Zinoviev did not ally with Trotsky.",
    "In 1924 Zinoviev didn't ally with Trotsky.",
    "In 1924 Bukharin never attacked Rykov.",
    "If Lenin had lived, he would have removed Stalin in 1923.",
    "In 1923 several members were in favour of expelling Trotsky from the party.",
    "It is a myth that Lenin appointed Trotsky General Secretary in 1922.",
    "It is sometimes said that Kamenev nominated Stalin for the post of General Secretary in 1922.",
    "In 1924 Zinoviev is said to have denounced Bukharin.",
    "If Tomsky refused to obey in 1921, Lenin would expel him.",
    "In 1922 Stalin voiced his suspicion that Lenin and Trotsky were allies.",
    "In 1922 Stalin began to fear that Lenin would remove him from the Secretariat.",
    "In 1922 Zinoviev did not long remain allied with Trotsky.",
  ])
  func noEvent(_ sentence: String) throws {
    try expectRelations(sentence, [])
  }

  @Test(arguments: [
    ("In 1923 1️⃣Lenin proposed removing 2️⃣Stalin from his post.", 1923),
    ("In 1923 1️⃣Zinoviev suggested expelling 2️⃣Trotsky from the party.", 1923),
    ("In 1923 1️⃣Kamenev wanted 2️⃣Trotsky expelled from the party.", 1923),
    ("In 1921 1️⃣Lenin called for the expulsion of 2️⃣Tomsky from the Central Committee.", 1921),
    ("In 1922 1️⃣Zinoviev's proposal to remove 2️⃣Trotsky from the party came to nothing.", 1922),
    ("In 1921 1️⃣Lenin called for 2️⃣Tomsky's expulsion from the Central Committee.", 1921),
    ("When 2️⃣Tomsky refused to obey in 1921, 1️⃣Lenin called for his expulsion from the Central Committee.", 1921),
    ("When 1️⃣Lenin proposed in 1922 to expel 2️⃣Tomsky, the Central Committee refused.", 1922),
    ("In 1922 Lenin fell ill. Not long afterwards, 1️⃣Kamenev suggested expelling 2️⃣Trotsky.", 1922),
    ("In 1922 1️⃣Kamenev, in a letter to Lenin, suggested expelling 2️⃣Trotsky.", 1922),
    ("In 1922 1️⃣Kamenev, in a personal communication to Lenin suggested expelling 2️⃣Trotsky.", 1922),
  ])
  func proposedRemovalIsOppositionNotRemoval(_ sentence: String, year: Int) throws {
    try expectRelations(sentence, [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: year)])
  }

  @Test func proposalWithoutAPersonProposerIsNothing() throws {
    try expectRelations("In 1927 some delegates wanted Trotsky expelled from the party.", [])
  }

  @Test func attemptedAttackIsOpposition() throws {
    try expectRelations(
      "In 1925 1️⃣Zinoviev attempted to outflank 2️⃣Stalin from the left.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func attemptedAllianceIsNoAlliance() throws {
    try expectRelations("In 1925 Zinoviev tried to ally with Bukharin.", [])
  }

  @Test func aNegationDoesNotReachIntoARelativeClause() throws {
    try expectRelations(
      "In 1923 he had no following in the leadership, which clustered around 1️⃣Stalin and 2️⃣Zinoviev.",
      [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1923)])
  }

  @Test func wouldInADatedNarrativeIsAsserted() throws {
    try expectRelations(
      "In January 1925 1️⃣Trotsky would be forced to resign as War Commissar.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925)])
  }

  /// A clause of time set off by a comma keeps its own modality ("refused to") out of the main clause.
  @Test(arguments: [
    "When 2️⃣Tomsky refused to obey in 1921, 1️⃣Lenin expelled him from the Central Committee.",
    "In 1921, when 2️⃣Tomsky refused to obey, 1️⃣Lenin expelled him from the Central Committee.",
  ])
  func aClauseOfTimeKeepsItsModality(_ sentence: String) throws {
    try expectRelations(
      sentence, [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "central-committee", year: 1921)])
  }
}
