import PatronageCore

/// Opposition shown by asking for someone's removal: "Kamenev suggested expelling Trotsky", "Lenin called for his
/// expulsion from the Central Committee", "Zinoviev wanted Trotsky expelled".
///
/// The removal itself is not an event (it was only proposed), but the proposal is an act against its target, so
/// each proposer is opposed to each person whose removal they asked for. The proposer is the subject of the
/// modality cue, or its possessor ("Kamenev's proposal to remove Trotsky").
enum ProposalReading {
  /// The confidence of a proposal's opposition before the mentions' and the time's confidence.
  static let confidence = 0.75

  /// The opposed claims of a proposed removal, given the removal rule's claims for the proposed event.
  static func claims(removals: [Claim], in sentence: SentenceFacts, modal: CueHit) -> [Claim] {
    let start = modal.words.lowerBound
    guard let proposer = sentence.possessor(before: start) ?? sentence.subject(before: start) else { return [] }
    var result: [Claim] = []
    for removal in removals {
      for person in proposer.persons where person != removal.target {
        let claim = Claim(
          kind: .opposed, source: .person(person), target: removal.target,
          confidence: confidence * proposer.confidence, cueWord: modal.words.lowerBound)
        if !result.contains(claim) { result.append(claim) }
      }
    }
    return result
  }
}
