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

  /// The year a post was taken, by the lexicon, for an appointment to it that the sentence does not date itself
  /// while the time carried from earlier sentences falls within the holder's tenure: "Stalin, having become General
  /// Secretary, had accumulated…" in a paragraph of January 1923 tells of the appointment of April 1922. Bodies
  /// are left alone, as their seats are given again at every congress.
  func roleStart(of claim: Claim, time: SentenceTime, carried: TimeSpan?) -> TimeSpan? {
    guard claim.kind == .appointed, let office = claim.office, posts.contains(office), let carried,
      !time.expressions.contains(where: { $0.confidence >= TimeContext.minimumOwnConfidence }),
      let person = gazetteer.persons[claim.target],
      let role = person.roles.first(where: { $0.office == office && $0.covers(year: carried.start.year) }),
      let from = role.from, from < carried.start.year
    else { return nil }
    return try? TimeSpan(years: from)
  }
}
