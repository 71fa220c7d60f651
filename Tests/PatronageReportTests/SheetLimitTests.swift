import PatronageAnalysis
import PatronageCore
import Testing

@testable import PatronageReport

@Suite("Report: the sheet of all years on large graphs")
struct SheetLimitTests {
  private func report(limit: Int) throws -> [ReportFile] {
    let analysis = try #require(YearlyAnalysis(try ReportFixture.small()))
    return try HTMLReport(analysis: analysis, sheetLimit: limit).files()
  }

  private func index(_ files: [ReportFile]) throws -> String {
    let file = try #require(files.first { $0.path == ReportPaths.index })
    return String(decoding: file.bytes, as: UTF8.self)
  }

  @Test func aSheetOverTheLimitIsNotDrawnAndNotLinked() throws {
    let files = try report(limit: 1)
    #expect(!files.contains { $0.path.hasPrefix(ReportPaths.sheet) })
    let page = try index(files)
    #expect(!page.contains(ReportPaths.sheet + ".svg"))
    #expect(page.contains("not drawn, too large for one page"))
  }

  @Test func aSheetWithinTheLimitIsDrawnAndLinked() throws {
    let files = try report(limit: HTMLReport.defaultSheetLimit)
    #expect(files.contains { $0.path == ReportPaths.sheet + ".svg" })
    #expect(files.contains { $0.path == ReportPaths.sheet + ".pdf" })
    #expect(try index(files).contains(ReportPaths.sheet + ".svg"))
  }
}
