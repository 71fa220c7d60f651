import PatronageCore

extension AppointedRule {
  /// Words that may join two offices given together: "chairman of the Central Control Commission and at the same
  /// time head of Rabkrin", "the chairmanships of the Politburo and of the Sovnarkom".
  static let officeJoiners: Set<String> = [
    "and", "of", "the", "at", "same", "time", "also", "as", "head", "chairman", "chairmanship", "chair", "member",
    ",", "-", "—", "its", "too",
  ]

  /// The same appointments to a second office coordinated with the first one's name ("made him chairman of the
  /// CCC and at the same time head of Rabkrin", "the chairmanships of the Politburo and of the Sovnarkom were
  /// assumed by Kamenev"): the second office's mention follows the first's with only joining words, "and" among
  /// them, and does not start a clause of its own ("…General Secretary, and the Politburo agreed").
  ///
  /// - Complexity: O(mentions + words) per claim.
  ///
  /// Posts distribute over bodies: after "the chairmanships of the Politburo" (a post), "and of the Sovnarkom" is
  /// the post that heads the Sovnarkom (`heads`: each body's head post).
  static func coordinatedOffices(
    _ appointments: [Claim], in sentence: SentenceFacts, near cue: CueHit, posts: Set<OfficeID>,
    heads: [OfficeID: OfficeID]
  ) -> [Claim] {
    guard let office = appointments.first?.office,
      appointments.allSatisfy({ $0.office == office }),
      let first = sentence.mentions
        .filter({ mention in
          if case .office(office, _) = mention.referent { true } else { false }
        })
        .min(by: { abs($0.words.lowerBound - cue.words.lowerBound) < abs($1.words.lowerBound - cue.words.lowerBound) }),
      let second = sentence.mentions.first(where: { $0.words.lowerBound >= first.words.upperBound }),
      case .office(let other, _) = second.referent, other != office
    else { return [] }
    let gap = sentence.words[first.words.upperBound..<second.words.lowerBound]
    // "… and of the Sovnarkom were assumed": after "of" the office is no clause's subject.
    let governed = gap.last(where: { $0.lower != "the" })?.lower == "of"
    guard gap.count <= 7, gap.contains(where: { $0.lower == "and" }),
      gap.allSatisfy({ officeJoiners.contains($0.lower) }),
      governed || !SentenceFacts.isVerbLike(after: second.words.upperBound, in: sentence.words)
    else { return [] }
    let post = posts.contains(office) ? heads[other] ?? other : other
    return appointments.map { appointment in
      var also = appointment
      also.office = post
      return also
    }
  }
}
