import PatronageCore
import Testing

@Suite struct HistoricalDateTests {
  @Test(arguments: [
    ("1922", 1922, nil, nil), ("1922-04", 1922, 4, nil), ("1922-04-03", 1922, 4, 3), ("-44-03-15", -44, 3, 15),
  ])
  func parses(text: String, year: Int, month: Int?, day: Int?) throws {
    let date = try HistoricalDate(parsing: text)
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.description == text)
  }

  @Test(arguments: ["", "19x2", "1922-13", "1922-02-30", "1922-4-", "abc", "1922-04-03-01", "１９２２"])
  func rejectsMalformedDates(text: String) {
    #expect(throws: ModelError.self) { try HistoricalDate(parsing: text) }
  }

  @Test(arguments: [0, -5000, 99999, 3001])
  func rejectsYearsOutOfRange(year: Int) {
    #expect(throws: ModelError.yearOutOfRange(year)) { try HistoricalDate(year: year) }
  }

  @Test func leapDays() throws {
    #expect(try HistoricalDate(parsing: "1924-02-29").day == 29)
    #expect(throws: ModelError.self) { try HistoricalDate(parsing: "1923-02-29") }
  }

  @Test func ordersByYearThenMonthThenDay() throws {
    let dates = try ["1922-04-03", "1921", "1922", "1922-04"].map { try HistoricalDate(parsing: $0) }
    #expect(dates.sorted().map(\.description) == ["1921", "1922", "1922-04", "1922-04-03"])
  }

  @Test func spansCoverTheirYearsAndUnite() throws {
    let a = try TimeSpan(years: 1922, 1924)
    let b = try TimeSpan(years: 1926)
    #expect(a.covers(year: 1923))
    #expect(!a.covers(year: 1925))
    #expect(a.union(b).years == 1922...1926)
    #expect(!a.overlaps(b))
    #expect(throws: ModelError.self) { try TimeSpan(years: 1925, 1921) }
  }
}
