import Testing

@testable import PatronageExtraction

@Suite("key map")
struct KeyMapTests {
  @Test func holdsEveryKeyThroughGrowth() {
    var map = KeyMap<Int>()
    let keys = (0..<5_000).map { WordKey("word\($0)") } + [WordKey(rawValue: 0)]
    for (index, key) in keys.enumerated() { map[key] = index }
    #expect(map.count == keys.count)
    for (index, key) in keys.enumerated() { #expect(map[key] == index) }
    #expect(map[WordKey("absent")] == nil)
  }

  @Test func replacesTheValueOfAKnownKey() {
    var map = KeyMap([WordKey("stalin"): "a", WordKey("lenin"): "b"])
    map[WordKey("stalin")] = "c"
    #expect(map.count == 2)
    #expect(map[WordKey("stalin")] == "c")
    #expect(map[WordKey("lenin")] == "b")
  }
}
