import Foundation
import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("bad input")
struct BadInputTests {
  @Test func badDocumentsAreReportedAndTheOthersStillProcessed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patronage-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("In 1926 Stalin attacked Zinoviev.\n".utf8).write(to: folder.appendingPathComponent("a-good.txt"))
    try Data([0x49, 0x6E, 0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("b-binary.txt"))
    try Data([0x49, 0x6E, 0x20, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("c-latin.txt"))
    try Data().write(to: folder.appendingPathComponent("d-empty.txt"))
    let result = try Extractor(lexicon: MarkedProse.lexicon).extract(paths: [folder.path])
    let problems = result.diagnostics.map(\.description)
    #expect(problems.count == 3)
    #expect(problems.contains { $0.contains("b-binary.txt") && $0.contains("binary") })
    #expect(problems.contains { $0.contains("c-latin.txt") && $0.contains("UTF-8") })
    #expect(problems.contains { $0.contains("d-empty.txt") && $0.contains("empty") })
    #expect(result.graph.relations.map(\.kind) == [.opposed])
  }

  @Test func outputIsDeterministicAcrossRuns() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patronage-det-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for index in 0..<6 {
      try Data("In 192\(index) Stalin attacked Zinoviev and sided with Bukharin.\n".utf8)
        .write(to: folder.appendingPathComponent("doc\(index).txt"))
    }
    let extractor = Extractor(lexicon: MarkedProse.lexicon)
    let first = try extractor.extract(paths: [folder.path]).graph.jsonData()
    let second = try extractor.extract(paths: [folder.path]).graph.jsonData()
    #expect(first == second)
  }
}
