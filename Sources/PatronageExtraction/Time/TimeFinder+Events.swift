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
}
