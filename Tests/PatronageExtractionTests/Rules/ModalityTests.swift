import Testing

@testable import PatronageExtraction

/// Statements that must NOT yield an event.
@Suite("modality")
struct ModalityTests {
  @Test(arguments: [
    "In 1923 Lenin proposed removing Stalin from his post.",
    "In 1923 Zinoviev suggested expelling Trotsky from the party.",
    "In 1927 some delegates wanted Trotsky expelled from the party.",
    "In 1925 Kamenev planned to attack Stalin at the congress.",
    "In 1924 Zinoviev did not ally with Trotsky.",
    "In 1924 Zinoviev didn't ally with Trotsky.",
    "In 1924 Bukharin never attacked Rykov.",
    "If Lenin had lived, he would have removed Stalin in 1923.",
    "In 1923 several members were in favour of expelling Trotsky from the party.",
    "It is a myth that Lenin appointed Trotsky General Secretary in 1922.",
  ])
  func noEvent(_ sentence: String) throws {
    try expectRelations(sentence, [])
  }
}
