import PatronageCore

/// The fallback reading of an allied or opposed cue that no pattern of the relation's rule explains.
///
/// Historians' prose states alliances and conflicts in many shapes no pattern list covers ("Sokolnikov was with
/// him", "He and Molotov had regularly conspired", "the moves to oust him, masterminded by X with the connivance of
/// Y"). When a sentence asserts a cue of the relation but its rule found no sides, the people the sentence names
/// are paired instead, with a lower confidence: across its argument lists when it has several ("X and Y wanted Z
/// expelled" pairs X–Z and Y–Z, not X–Y), within its one list otherwise. Sentences naming more than
/// `maximumPeople` people are too crowded to guess from.
enum CooccurrenceReading {
  /// Above this many distinct people, a sentence is not read by co-occurrence.
  static let maximumPeople = 2
  /// The confidence of a co-occurrence claim before the mentions' and the time's confidence.
  static let confidence = 0.45

  /// The claims of `kind` the sentence's people make at `cue`, or none when they are too many or too few.
  static func claims(_ kind: RelationKind, in sentence: SentenceFacts, at cue: CueHit) -> [Claim] {
    let lists = sentence.lists.filter { !$0.persons.isEmpty }
    let people = Set(lists.flatMap(\.persons))
    guard people.count >= 2, people.count <= maximumPeople else { return [] }
    let position = cue.words.lowerBound
    guard lists.contains(where: { $0.words.upperBound <= position }),
      lists.contains(where: { $0.words.lowerBound >= cue.words.upperBound })
    else { return [] }
    var seen: Set<[PersonID]> = []
    var result: [Claim] = []
    func add(_ first: PersonID, _ second: PersonID, _ confidence: Double) {
      guard first != second, seen.insert([first, second].sorted { $0.rawValue < $1.rawValue }).inserted else {
        return
      }
      result.append(
        Claim(
          kind: kind, source: .person(first), target: second, confidence: Self.confidence * confidence,
          cueWord: cue.words.lowerBound))
    }
    if lists.count == 1 {
      let persons = lists[0].persons
      for (index, first) in persons.enumerated() {
        for second in persons[(index + 1)...] { add(first, second, lists[0].confidence) }
      }
      return result
    }
    for (index, left) in lists.enumerated() {
      for right in lists[(index + 1)...] {
        for first in left.persons {
          for second in right.persons { add(first, second, min(left.confidence, right.confidence)) }
        }
      }
    }
    return result
  }
}
