import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("scorer")
struct ScorerTests {
  func line(
    _ kind: RelationKind, _ source: String?, _ target: String, office: String? = nil, _ from: Int?, _ to: Int? = nil
  )
    -> ScoredRelation
  {
    ScoredRelation(document: "d.txt", kind: kind, source: source, target: target, office: office, from: from, to: to)
  }

  @Test func symmetricPairsOverlappingYearsAndOneToOne() {
    let gold = [line(.opposed, "stalin", "trotsky", 1923, 1925), line(.opposed, "stalin", "trotsky", 1927)]
    let predicted = [line(.opposed, "trotsky", "stalin", 1924), line(.opposed, "trotsky", "stalin", 1924)]
    let scorer = Scorer(gold: gold, predicted: predicted)
    #expect(scorer.micro.truePositives == 1)
    #expect(scorer.micro.falsePositives == 1)
    #expect(scorer.micro.falseNegatives == 1)
    #expect(scorer.micro.f1 == 0.5)
  }

  @Test func amongMaximumMatchingsTheOneAgreeingOnPatronsWins() {
    // Either prediction matches the gold line without an office; the one naming its patron is the pair, whatever
    // the order of the lines.
    let gold = [line(.appointed, "lenin", "stalin", 1922)]
    for predicted in [
      [
        line(.appointed, nil, "stalin", office: "orgburo", 1922),
        line(.appointed, "lenin", "stalin", office: "rabkrin", 1922),
      ],
      [
        line(.appointed, "lenin", "stalin", office: "rabkrin", 1922),
        line(.appointed, nil, "stalin", office: "orgburo", 1922),
      ],
    ] {
      let scorer = Scorer(gold: gold, predicted: predicted)
      #expect(scorer.byKind[.appointed]?.truePositives == 1)
      #expect(scorer.patronAccuracy == 1)
    }
  }

  @Test func moreMatchesOutweighBetterOnes() {
    // Pairing the first gold line with the exact-year prediction would leave the second gold line unmatched.
    let gold = [line(.opposed, "stalin", "trotsky", 1923, 1925), line(.opposed, "stalin", "trotsky", 1925)]
    let predicted = [line(.opposed, "stalin", "trotsky", 1925), line(.opposed, "stalin", "trotsky", 1923, 1925)]
    #expect(Scorer(gold: gold, predicted: predicted).micro.truePositives == 2)
    #expect(Scorer.assignment([[9, 8], [9, 0]]) == [1, 0])
    #expect(Scorer.assignment([[0, 5, 1]]) == [1])
  }

  @Test func appointmentsMatchTargetAndOfficeAndScorePatronsApart() {
    let gold = [
      line(.appointed, "lenin", "stalin", office: "general-secretary", 1922),
      line(.appointed, nil, "rykov", office: "sovnarkom-chair", 1924),
    ]
    let predicted = [
      line(.appointed, "plenum", "stalin", office: "general-secretary", 1922),
      line(.appointed, nil, "rykov", office: "sto", 1924),
    ]
    let scorer = Scorer(gold: gold, predicted: predicted)
    #expect(scorer.byKind[.appointed]?.truePositives == 1)
    #expect(scorer.patronsChecked == 1)
    #expect(scorer.patronAccuracy == 0)
  }

  @Test func maximumMatchingBeatsGreedy() {
    let gold = [line(.allied, "a", "b", nil), line(.allied, "a", "b", 1922)]
    let predicted = [line(.allied, "a", "b", 1922), line(.allied, "b", "a", nil)]
    #expect(Scorer(gold: gold, predicted: predicted).micro.truePositives == 2)
  }
}
