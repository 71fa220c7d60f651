/// A date known to the year, and optionally to the month and day.
///
/// Written as `"1922"`, `"1922-04"` or `"1922-04-03"` in the graph JSON.
/// Years run from ``validYears``; there is no year zero.
public struct HistoricalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Years the model accepts. Year 0 does not exist (1 BC is -1).
  public static let validYears: ClosedRange<Int> = -3000...3000

  /// Whether `year` can be a date's year: within ``validYears`` and not 0 (1 BC is -1). Every file format and the
  /// lexicon check years with it.
  public static func isValid(year: Int) -> Bool { validYears.contains(year) && year != 0 }

  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Creates a date, checking the year, month and day.
  public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ModelError) {
    guard Self.isValid(year: year) else { throw .yearOutOfRange(year) }
    if let month, !(1...12).contains(month) { throw .invalidDate("\(year)-\(month)") }
    if let day {
      guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else {
        throw .invalidDate("\(year)-\(month.map(String.init) ?? "?")-\(day)")
      }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a leading `-` for years BC).
  public init(parsing text: String) throws(ModelError) {
    var body = Substring(text)
    var sign = 1
    if body.first == "-" {
      sign = -1
      body = body.dropFirst()
    }
    let parts = body.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts[0].count <= 5, let year = Int(parts[0])
    else { throw .invalidDate(text) }
    try self.init(
      year: sign * year,
      month: parts.count > 1 ? Int(parts[1]) : nil,
      day: parts.count > 2 ? Int(parts[2]) : nil)
  }

  public var description: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension HistoricalDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let year = try? container.decode(Int.self) {
      do { try self.init(year: year) } catch {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
      }
      return
    }
    let text = try container.decode(String.self)
    do { try self.init(parsing: text) } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// A closed span of time from `start` to `end`, both at least year-precise.
public struct TimeSpan: Hashable, Codable, Sendable, CustomStringConvertible {
  public let start: HistoricalDate
  public let end: HistoricalDate

  /// Creates a span; `end` defaults to `start` (a one-off event).
  public init(_ start: HistoricalDate, _ end: HistoricalDate? = nil) throws(ModelError) {
    let end = end ?? start
    guard !(end < start) else { throw .invalidSpan("\(start) after \(end)") }
    self.start = start
    self.end = end
  }

  /// A span covering whole years `from`...`to`.
  public init(years from: Int, _ to: Int? = nil) throws(ModelError) {
    try self.init(HistoricalDate(year: from), HistoricalDate(year: to ?? from))
  }

  /// The years the span touches.
  public var years: ClosedRange<Int> { start.year...end.year }

  /// Whether the span touches `year`.
  public func covers(year: Int) -> Bool { years.contains(year) }

  /// The smallest span containing both.
  public func union(_ other: TimeSpan) -> TimeSpan {
    TimeSpan(checkedStart: Swift.min(start, other.start), end: Swift.max(end, other.end))
  }

  /// Both bounds come from valid spans, so the hull needs no check.
  private init(checkedStart start: HistoricalDate, end: HistoricalDate) {
    self.start = start
    self.end = end
  }

  /// Whether the two spans share at least one year.
  public func overlaps(_ other: TimeSpan) -> Bool { years.overlaps(other.years) }

  public var description: String {
    start == end ? start.description : "\(start)–\(end)"
  }

  private enum CodingKeys: String, CodingKey {
    case start = "from"
    case end = "to"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let start = try container.decode(HistoricalDate.self, forKey: .start)
    let end = try container.decodeIfPresent(HistoricalDate.self, forKey: .end)
    do { try self.init(start, end) } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .end, in: container, debugDescription: error.description)
    }
  }
}
