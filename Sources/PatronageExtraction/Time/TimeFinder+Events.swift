import PatronageCore

extension TimeFinder {
  /// A named event at `i` (after an optional "the"): the longest name that matches.
  ///
  /// When several events share the matched name, a year written right after it (`of 1927`, `(1927)`) or
  /// before it (`the 1927 October plenum`) picks one, else the reference year; otherwise nothing is returned.
  func matchEvent(_ tokens: [Token], at i: Int, reference: HistoricalDate?) -> Match? {
    var j = i
    if tokens[j].is("the"), j + 1 < tokens.count { j += 1 }
    var writtenYear: Int?
    if let year = year(tokens, at: j, strict: true), j + 1 < tokens.count {
      writtenYear = year
      j += 1
    }
    guard let candidates = events[tokens[j].key] else { return nil }
    var length = 0
    var matched: [NamedEvent] = []
    for candidate in candidates where candidate.tokens.count >= length {
      guard j + candidate.tokens.count <= tokens.count,
        zip(candidate.tokens, tokens[j...]).allSatisfy({ $0 == $1.key })
      else { continue }
      if candidate.tokens.count > length { matched = [] }
      length = candidate.tokens.count
      let event = namedEvents[candidate.event]
      if !matched.contains(where: { $0.id == event.id }) { matched.append(event) }
    }
    guard !matched.isEmpty else { return nil }
    var end = j + length
    if writtenYear == nil {
      var k = end
      if k < tokens.count,
        tokens[k].is("of") || tokens[k].isPunctuation(UInt8(ascii: "(")) || tokens[k].isPunctuation(UInt8(ascii: ","))
      {
        k += 1
      }
      if let year = year(tokens, at: k, strict: false), matched.contains(where: { $0.span.covers(year: year) }) {
        writtenYear = year
        end = k + 1
        if end < tokens.count, tokens[end].isPunctuation(UInt8(ascii: ")")),
          tokens[k - 1].isPunctuation(UInt8(ascii: "("))
        {
          end += 1
        }
      }
    }
    let event: NamedEvent
    if matched.count == 1, let only = matched.first {
      guard writtenYear.map({ only.span.covers(year: $0) }) ?? true else { return nil }
      event = only
    } else if let year = writtenYear ?? reference?.year,
      let chosen = matched.filter({ $0.span.covers(year: year) }).min(by: { $0.id < $1.id })
    {
      event = chosen
    } else {
      return nil
    }
    return Match(span: event.span, end: end, kind: .namedEvent(event.id), confidence: matched.count == 1 ? 0.85 : 0.7)
  }

  /// "the next congress", "the following (party) conference", "the previous plenum": the event of that kind after
  /// (or before) the one mentioned last (`lastEvent`), else the first after the reference date (or the last before).
  func matchAdjacentEvent(
    _ tokens: [Token], at i: Int, reference: HistoricalDate?, lastEvent: String? = nil
  ) -> Match? {
    guard tokens[i].is("the"), i + 2 < tokens.count, let direction = TimeVocabulary.deictics[tokens[i + 1].key],
      direction != 0
    else { return nil }
    var j = i + 2
    if tokens[j].is("party"), j + 1 < tokens.count { j += 1 }
    guard let kind = eventsByNoun[tokens[j].key] else { return nil }
    let ordered = kind.map { namedEvents[$0] }
    if let lastEvent, let index = ordered.firstIndex(where: { $0.id == lastEvent }) {
      guard ordered.indices.contains(index + direction) else { return nil }
      return Match(
        span: ordered[index + direction].span, end: j + 1, kind: .namedEvent(ordered[index + direction].id),
        confidence: 0.8)
    }
    guard let reference else { return nil }
    // Compared at the reference's precision: after "in March 1921", a congress of March 1921 is not the next one.
    func after(_ date: HistoricalDate) -> Bool {
      date.year != reference.year ? date.year > reference.year : (reference.month.map { date.month ?? 0 > $0 } ?? false)
    }
    func before(_ date: HistoricalDate) -> Bool {
      date.year != reference.year
        ? date.year < reference.year : (reference.month.map { date.month ?? 13 < $0 } ?? false)
    }
    let found = direction > 0 ? ordered.first { after($0.span.start) } : ordered.last { before($0.span.end) }
    guard let event = found else { return nil }
    return Match(span: event.span, end: j + 1, kind: .namedEvent(event.id), confidence: 0.75)
  }
}
