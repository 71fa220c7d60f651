import Testing

@testable import PatronageExtraction

@Suite("Offset map")
struct OffsetMapTests {
  @Test func linearPiecesMergeAndMapByteForByte() {
    var map = OffsetMap()
    map.append(normalLength: 5, from: 0..<5)
    map.append(normalLength: 1, from: 5..<6)  // a newline turned into a space
    map.append(normalLength: 4, from: 9..<13)  // after three deleted bytes
    #expect(map.pieceCount == 2)
    #expect(map.originalRange(0..<5) == 0..<5)
    #expect(map.originalRange(2..<7) == 2..<10)
    #expect(map.originalRange(6..<10) == 9..<13)
  }

  @Test func atomicPiecesMapToTheirWholeSource() {
    var map = OffsetMap()
    map.append(normalLength: 3, from: 0..<3)
    map.append(normalLength: 1, from: 3..<6)  // a curly quote straightened
    map.append(normalLength: 3, from: 6..<9)
    #expect(map.originalRange(3..<4) == 3..<6)
    #expect(map.originalRange(0..<4) == 0..<6)
    #expect(map.originalRange(3..<5) == 3..<7)
    #expect(map.originalRange(3..<7) == 3..<9)
    #expect(map.originalRange(4..<4) == 6..<6)
  }

  @Test func anEmptyMapGivesEmptyRanges() {
    #expect(OffsetMap().originalRange(0..<3) == 0..<0)
  }
}
