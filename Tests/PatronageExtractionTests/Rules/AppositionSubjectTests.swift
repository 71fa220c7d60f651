import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("subjects past an apposition, and successors of a post named before")
struct AppositionSubjectTests {
  @Test(arguments: [
    "In 1925 1️⃣Kaganovich, a Stalin loyalist, was appointed to the Orgburo.",
    "In 1925 1️⃣Kaganovich, the Stalin loyalist, was appointed to the Orgburo.",
  ])
  func aNameInsideADescriptionIsNotTheSubject(text: String) throws {
    try expectRelations(text, [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1925)])
  }

  @Test func anActiveVerbRightAfterTheApposition() throws {
    try expectRelations(
      "1️⃣Ordzhonikidze, 2️⃣Stalin's old friend, became head of the Central Control Commission in 1926.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "central-control-commission", year: 1926),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1926),
      ])
  }

  @Test func becameHeadOf() throws {
    try expectRelations(
      "In 1926 1️⃣Kirov became head of the Leningrad party.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926)])
  }

  @Test func aFirstSecretaryIsNoSecretaryOfTheCentralCommittee() throws {
    try expectRelations(
      "In 1925 1️⃣Kaganovich was sent to the Ukraine as first secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "gubkom-secretary", year: 1925)])
  }
}

@Suite("a removal coordinated with 'replaced by' or 'succeeded by'")
struct CoordinatedSuccessionTests {
  @Test(arguments: [
    "In January 1925 1️⃣Trotsky was removed as War Commissar and replaced by 2️⃣Frunze.",
    "1️⃣Trotsky was removed as War Commissar in January 1925 and replaced by 2️⃣Frunze.",
  ])
  func theSuccessorTakesThePostNamedBefore(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "war-commissar", year: 1925),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "war-commissar", year: 1925),
      ])
  }

  @Test(arguments: [
    "1️⃣Uglanov was replaced by 2️⃣Molotov as head of the Moscow organisation in November 1928.",
    "In 1928 1️⃣Uglanov was replaced at the Moscow organisation by 2️⃣Molotov.",
  ])
  func thePostAfterTheSuccessorOrPastAt(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "moscow-party", year: 1928),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "moscow-party", year: 1928),
      ])
  }

  @Test func aParticipleReplacingThePredecessor() throws {
    try expectRelations(
      "In 1926 1️⃣Kirov became head of the Leningrad party, replacing 2️⃣Zinoviev.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.expelled, from: nil, to: "2️⃣", office: "petrograd-party", year: 1926),
      ])
  }

  @Test func aParticipleWithoutAPostRemovesNoOne() throws {
    try expectRelations("In 1926 Kirov went to Leningrad, replacing Zinoviev.", [])
  }

  @Test func theSuccessorDidNotOustThePredecessor() throws {
    try expectRelations(
      "In 1926 1️⃣Zinoviev was ousted from the Leningrad party organisation and replaced by 2️⃣Kirov.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "petrograd-party", year: 1926),
      ])
  }
}

@Suite("more readings: a possessor's noun before the object, fronted instigators, delayed negation")
struct ObjectAndInstigatorTests {
  @Test func aPossessorsNounNamesTheObject() throws {
    try expectRelations(
      "In 1924 1️⃣Stalin installed his supporter 2️⃣Uglanov at the head of the Moscow organisation.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "moscow-party", year: 1924),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1924),
      ])
  }

  @Test func anotherPersonsFriend() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin promoted 2️⃣Kirov's friend 3️⃣Molotov to the Politburo.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "politburo", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }

  @Test(arguments: [
    "In 1922, on 1️⃣Lenin's recommendation, 2️⃣Stalin was made General Secretary.",
    "In 1922 2️⃣Stalin was made General Secretary on 1️⃣Lenin's recommendation.",
  ])
  func theInstigatorIsThePatron(text: String) throws {
    try expectRelations(
      text, [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func despiteSomeonesRecommendationIsNoInstigation() throws {
    try expectRelations(
      "In 1922, despite Lenin's recommendation, 1️⃣Stalin was made General Secretary.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922)])
  }

  @Test func theOneReplacedLosesThePost() throws {
    try expectRelations(
      "1️⃣Tomsky was replaced as head of the trade unions by 2️⃣Shvernik in 1929.",
      [
        RelationSpec(.expelled, from: nil, to: "1️⃣", office: "trade-unions", year: 1929),
        RelationSpec(.appointed, from: nil, to: "2️⃣", office: "trade-unions", year: 1929),
      ])
  }

  @Test func thePassiveSubjectOfAnOppositionPastItsApposition() throws {
    try expectRelations(
      "1️⃣Bukharin and 2️⃣Rykov, the leaders of the Right, were defeated by 3️⃣Stalin in 1929.",
      [
        RelationSpec(.opposed, from: "3️⃣", to: "1️⃣", year: 1929),
        RelationSpec(.opposed, from: "3️⃣", to: "2️⃣", year: 1929),
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1929),
      ])
  }

  @Test(arguments: [
    "1️⃣Zinoviev was not removed from the Comintern until 1926.",
    "It was not until 1926 that 1️⃣Zinoviev was removed from the Comintern.",
  ])
  func notUntilAssertsTheEventAtThatTime(text: String) throws {
    try expectRelations(text, [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "comintern", year: 1926)])
  }

  @Test func aPlainNegationStillDenies() throws {
    try expectRelations("In 1925 Zinoviev was not removed from the Comintern.", [])
  }
}

@Suite("objects of an unknown name, contrived removals, consecutive years")
struct ContrivedRemovalAndYearsTests {
  @Test func anActiveMadeIsNoHeadline() throws {
    try expectRelations(
      "1️⃣Stalin made 2️⃣Yezhov head of the NKVD in 1936.",
      [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "nkvd", year: 1936)])
  }

  @Test func anUnknownObjectIsNotTakenForTheSubject() throws {
    // "Ivanov" is in no lexicon: the sentence appoints him, not Stalin, so nothing is reported.
    try expectRelations("Stalin made Ivanov head of the NKVD in 1936.", [])
  }

  @Test func aHeadlineBeforeAPossessiveTitle() throws {
    try expectRelations(
      "1918, Mar. - 1️⃣Trotsky appointed People's Commissar for Military and Naval Affairs.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "war-commissar", year: 1918)])
  }

  @Test func theContriversOfARemovalRemove() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin and 2️⃣Molotov engineered 3️⃣Zinoviev's removal from the Leningrad organisation.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "petrograd-party", year: 1926),
        RelationSpec(.expelled, from: "2️⃣", to: "3️⃣", office: "petrograd-party", year: 1926),
      ])
  }

  @Test func aDemandedRemovalIsNoRemoval() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin demanded 2️⃣Zinoviev's removal from the Leningrad organisation.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test(arguments: [("in 1925 and 1926", 1925...1926), ("in 1925 and 1928", 1925...1925)])
  func twoYearsJoinedByAnd(phrase: String, years: ClosedRange<Int>) throws {
    let document = try SourceDocument(name: "test.txt", bytes: Array("Bukharin defended Stalin \(phrase).".utf8))
    var extractor = DocumentExtractor(gazetteer: Gazetteer(lexicon: MarkedProse.lexicon), options: ExtractionOptions())
    let claims = extractor.claims(in: document)
    let span = try #require(claims.first?.span)
    #expect(claims.count == 1 && claims[0].kind == .allied)
    #expect(span.start.year...span.end.year == years)
  }
}

@Suite("posts referred back to, specific posts, held posts, former ties, appositive objects")
struct ReferredPostAndFormerTieTests {
  @Test func removedFromThatPost() throws {
    try expectRelations(
      "1️⃣Zinoviev was chairman of the Comintern from 1919. In 1926 he was removed from that post.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "comintern", year: 1926)])
  }

  @Test func chosenForThePost() throws {
    let found = try MarkedProse.relations(
      "1️⃣Molotov became a secretary of the Central Committee in 1921. 2️⃣Lenin had chosen him for the post.",
      minimumConfidence: 0.3)
    #expect(found.contains(RelationSpec(.appointed, from: "2️⃣", to: "1️⃣", office: "secretariat", year: 1921)))
  }

  @Test func aSecretaryOfAnotherBody() throws {
    try expectRelations(
      "In 1921 1️⃣Kirov became secretary of the Azerbaijan party.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "azerbaijan-party", year: 1921)])
  }

  @Test func headedAsAHeldPost() throws {
    try expectRelations(
      "1️⃣Zinoviev headed the Petrograd Soviet from 1917.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-soviet", year: 1917)])
  }

  @Test func aFormerAllianceHasNoYear() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin attacked his former allies, 2️⃣Bukharin and 3️⃣Rykov.",
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: nil),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: nil),
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1928),
      ])
  }

  @Test func theObjectNamedAfterItsDescription() throws {
    try expectRelations(
      "In 1928 1️⃣Stalin attacked the leaders of the right, 2️⃣Bukharin and 3️⃣Rykov.",
      [
        RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1928),
        RelationSpec(.opposed, from: "1️⃣", to: "3️⃣", year: 1928),
      ])
  }
}

@Suite("the month May, re-election, posts given alongside")
struct MayAndReelectionTests {
  @Test(arguments: ["In May 1924", "On 23 May 1924", "May 1924:"])
  func theMonthMayIsNoModal(opening: String) throws {
    try expectRelations(
      "\(opening) 1️⃣Stalin attacked 2️⃣Trotsky.", [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1924)])
  }

  @Test func theModalMayStillHedges() throws {
    try expectRelations("In 1924 Stalin may have attacked Trotsky.", [])
  }

  @Test func reElected() throws {
    try expectRelations(
      "The Thirteenth Congress in May 1924 re-elected 2️⃣Stalin to the Central Committee.",
      [RelationSpec(.appointed, from: "[party-congress]", to: "2️⃣", office: "central-committee", year: 1924)])
  }

  @Test func othersGivenPostsAlongside() throws {
    try expectRelations(
      "In April 1922 the 1️⃣plenum named 2️⃣Stalin General Secretary, with 3️⃣Molotov and 4️⃣Kuibyshev as secretaries.",
      [
        RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "general-secretary", year: 1922),
        RelationSpec(.appointed, from: "1️⃣", to: "3️⃣", office: "secretariat", year: 1922),
        RelationSpec(.appointed, from: "1️⃣", to: "4️⃣", office: "secretariat", year: 1922),
      ])
  }
}

@Suite("an object after an article, a tenure until a year")
struct ArticleObjectAndTenureTests {
  @Test func appointingABodyAppointsNoOne() throws {
    try expectRelations("In 1922 Lenin appointed a commission to study the Georgian question.", [])
  }

  @Test func aTenureUntilAYearGivesNoYearOfAppointment() throws {
    try expectRelations(
      "1️⃣Tomsky headed the trade unions until 1929.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "trade-unions", year: nil)])
  }
}

@Suite("possessors past two modifiers, reciprocal verbs with an adverb, objects of another verb")
struct PossessorAndReciprocalTests {
  @Test func stalinsMostLoyalLieutenant() throws {
    try expectRelations(
      "In 1925 1️⃣Molotov was 2️⃣Stalin's most loyal lieutenant.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925)])
  }

  @Test func cooperatedClosely() throws {
    try expectRelations(
      "1️⃣Lenin and 2️⃣Trotsky cooperated closely in 1917.", [RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1917)])
  }

  @Test func theObjectOfAnotherVerbIsNoAlly() throws {
    try expectRelations("In 1925 Stalin's policy of support for the peasants angered Zinoviev.", [])
  }

  @Test func anAdverbCueKeepsItsVerbsObject() throws {
    try expectRelations(
      "In 1922 1️⃣Mikoyan disparagingly referred to 2️⃣Trotsky as a hero.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }
}

@Suite("posts held: headed, ran, chaired")
struct TenureVerbTests {
  @Test(arguments: ["ran", "headed"])
  func theSubjectHeldThePost(verb: String) throws {
    try expectRelations(
      "In 1924 1️⃣Zinoviev \(verb) the Leningrad organisation.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "petrograd-party", year: 1924)])
  }

  @Test func chairingMeetingsIsNoPost() throws {
    try expectRelations("In 1922 Stalin chaired the Secretariat and the Orgburo.", [])
  }

  @Test func chairedByIsPassive() throws {
    try expectRelations(
      "In 1924 the Politburo chaired by 1️⃣Kamenev met daily.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "politburo", year: 1924)])
  }

  @Test func ranAwayHoldsNothing() throws {
    try expectRelations("In 1924 Trotsky ran away from the Politburo meeting.", [])
  }
}

@Suite("members named by a copula, clients losing a post, coordinated passives")
struct CopulaMembersAndCoordinatedPassiveTests {
  @Test(arguments: [
    "In 1925 1️⃣Stalin's allies included 2️⃣Bukharin and 3️⃣Rykov.",
    "Among 1️⃣Stalin's allies in 1925 were 2️⃣Bukharin and 3️⃣Rykov.",
    "In 1925 1️⃣Stalin's allies were 2️⃣Bukharin and 3️⃣Rykov.",
  ])
  func theAlliesNamedAfterACopula(text: String) throws {
    try expectRelations(
      text,
      [
        RelationSpec(.allied, from: "1️⃣", to: "2️⃣", year: 1925),
        RelationSpec(.allied, from: "1️⃣", to: "3️⃣", year: 1925),
      ])
  }

  @Test func aClientDismissedWasNotGivenThePost() throws {
    let found = try MarkedProse.relations(
      "1️⃣Zinoviev's protégé 2️⃣Zalutsky was dismissed as Leningrad party secretary in 1925.")
    #expect(found.contains(RelationSpec(.expelled, from: nil, to: "2️⃣", office: "petrograd-party", year: 1925)))
    #expect(!found.contains { $0.kind == .appointed && $0.office != nil }, "\(found)")
  }

  @Test func aSecondParticipleSharesTheSubject() throws {
    try expectRelations(
      "In 1922 1️⃣Stalin was appointed to head the Orgburo and elected General Secretary.",
      [
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1922),
        RelationSpec(.appointed, from: nil, to: "1️⃣", office: "general-secretary", year: 1922),
      ])
  }
}

@Suite("instigation is no modality; proposals with passive content; possessive expulsions")
struct InstigationAndProposalTests {
  @Test func atSomeonesUrgingTheActHappened() throws {
    try expectRelations(
      "The 1️⃣Central Committee, at Stalin's urging, expelled 2️⃣Zinoviev from the Politburo in July 1926.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "politburo", year: 1926)])
  }

  @Test func aProposalThatSomeoneBeExpelledIsNoExpulsion() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin's proposal that 2️⃣Zinoviev be expelled was ignored.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1926)])
  }

  @Test func aProposalVetoedIsStillVetoed() throws {
    try expectRelations(
      "In 1922 1️⃣Zinoviev's proposal, vetoed by 2️⃣Stalin, came to nothing.",
      [RelationSpec(.opposed, from: "1️⃣", to: "2️⃣", year: 1922)])
  }

  @Test func thePossessorExpelsTheOneAfterOf() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin's expulsion of 2️⃣Zinoviev surprised many.",
      [RelationSpec(.expelled, from: "1️⃣", to: "2️⃣", office: "party", year: 1926)])
  }

  @Test func expellingSomeonesFriend() throws {
    try expectRelations(
      "In 1926 1️⃣Stalin expelled 2️⃣Zinoviev's friend 3️⃣Lashevich from the Central Committee.",
      [
        RelationSpec(.expelled, from: "1️⃣", to: "3️⃣", office: "central-committee", year: 1926),
        RelationSpec(.allied, from: "2️⃣", to: "3️⃣", year: 1926),
      ])
  }
}

@Suite("relative clauses: the antecedent appointed or holding, the clause's own time")
struct RelativeClauseTests {
  @Test func whomTheSubjectAppointed() throws {
    let found = try MarkedProse.relations(
      "2️⃣Molotov, whom 1️⃣Lenin had appointed to the Secretariat in 1921, became a power in the party.")
    #expect(found == [RelationSpec(.appointed, from: "1️⃣", to: "2️⃣", office: "secretariat", year: 1921)])
  }

  @Test func whoHeldThePost() throws {
    try expectRelations(
      "1️⃣Kaganovich, who headed the Orgburo from 1922, placed many men in the provinces.",
      [RelationSpec(.appointed, from: nil, to: "1️⃣", office: "orgburo", year: 1922)])
  }

  @Test func aRelativeClausesTimeDoesNotDateTheMainClause() throws {
    try expectRelations(
      "In 1925 1️⃣Kamenev, who had chaired the Moscow Soviet since 1918, was removed from the Politburo.",
      [RelationSpec(.expelled, from: nil, to: "1️⃣", office: "politburo", year: 1925)])
  }
}
