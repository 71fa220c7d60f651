import Testing

@testable import PatronageExtraction

@Suite("she: the woman named last")
struct PronounGenderTests {
  @Test func sheAfterAPossessiveManIsTheWomanHeNames() throws {
    try expectRelations(
      """
      In 1921 its deputy leader was Lenin's wife 1️⃣Nadezhda Krupskaya. \
      Resenting 2️⃣Stalin's interference, she appealed to Lenin.
      """,
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1921)])
  }

  @Test func sheWithNoWomanNamedIsNobody() throws {
    try expectRelations("In 1921 Lenin was ill. Resenting Stalin's interference, she appealed to Trotsky.", [])
  }
}
