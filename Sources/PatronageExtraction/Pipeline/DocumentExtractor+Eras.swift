import PatronageCore

extension DocumentExtractor {
  /// The years of a named group the claim's people belong to, when the sentence gives no time of its own and the
  /// time carried from earlier sentences falls outside them: "Kollontai joined the Workers' Opposition" happened
  /// while that group existed (1920–1922), whatever year the paragraph before was telling of.
  static func groupTime(of claim: Claim, mentions: [Mention], time: SentenceTime, carried: TimeSpan?) -> TimeSpan? {
    guard !time.expressions.contains(where: { $0.confidence >= TimeContext.minimumOwnConfidence }) else {
      return nil
    }
    let people = [claim.source?.person, claim.target].compactMap(\.self)
    let eras = mentions.compactMap { mention in
      mention.era.flatMap { era in people.contains(where: mention.persons.contains) ? era : nil }
    }
    guard let era = eras.first, eras.allSatisfy({ $0 == era }) else { return nil }
    if let carried, carried.years.overlaps(era) { return nil }
    guard let start = try? HistoricalDate(year: era.lowerBound), let end = try? HistoricalDate(year: era.upperBound)
    else { return nil }
    return try? TimeSpan(start, end)
  }
}
