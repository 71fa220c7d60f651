import Foundation
import PatronageCore
import Testing

@testable import PatronageExtraction

/// An expected relation in marked-up prose: markers such as "1️⃣" stand before the words that name each side.
struct RelationSpec: Hashable, CustomStringConvertible {
  let kind: RelationKind
  let from: String?
  let to: String
  let office: String?
  let year: Int?

  init(_ kind: RelationKind, from: String?, to: String, office: String? = nil, year: Int? = nil) {
    self.kind = kind
    self.from = from
    self.to = to
    self.office = office
    self.year = year
  }

  var description: String { "\(kind)(\(from ?? "nil") → \(to), \(office ?? "-"), \(year.map(String.init) ?? "-"))" }
}

/// The extracted relations of marked-up prose, written as the markers of their sides, to compare with specs.
///
/// Markers (1️⃣ … 9️⃣) are removed; each names the person or institution mentioned by the words right after it.
/// A side with no marker is written by its id in brackets, e.g. "[stalin]".
enum MarkedProse {
  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  static let lexicon: Lexicon = {
    do { return try Lexicon.bundled() } catch { fatalError("bundled lexicon: \(error)") }
  }()

  /// Extracts relations from the prose and returns them as specs written with the prose's markers.
  static func relations(_ marked: String, lexicon: Lexicon = lexicon, minimumConfidence: Double = 0.5) throws
    -> Set<RelationSpec>
  {
    var text = marked
    var offsets: [String: Int] = [:]
    while let (marker, range) = markers.compactMap({ marker in text.range(of: marker).map { (marker, $0) } })
      .min(by: { $0.1.lowerBound < $1.1.lowerBound })
    {
      offsets[marker] = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
      text.removeSubrange(range)
    }
    let gazetteer = Gazetteer(lexicon: lexicon)
    var finder = MentionFinder(gazetteer: gazetteer)
    var unknown = UnknownPeople()
    let words = WordScanner.words(in: text)
    let mentions = unknown.add(to: finder.mentions(in: words, recent: [:]), words: words)
    var names: [String: String] = [:]
    for (marker, offset) in offsets {
      let mention = try #require(
        mentions.first { words[$0.words.lowerBound].start == offset }, "no mention at \(marker)")
      switch mention.referent {
      case .person(let id): names[id.rawValue] = marker
      case .office(let id, _): names[id.rawValue] = marker
      default: Issue.record("marker \(marker) is not on a person or institution")
      }
    }
    let document = try SourceDocument(name: "test.txt", bytes: Array(text.utf8))
    var extractor = DocumentExtractor(
      gazetteer: gazetteer, options: ExtractionOptions(minimumConfidence: minimumConfidence))
    let claims = extractor.claims(in: document)
    func name(_ id: String?) -> String? { id.map { names[$0] ?? "[\($0)]" } }
    return Set(
      claims.map { claim in
        var from = name(claim.source?.id)
        var to = name(claim.target.rawValue) ?? ""
        if claim.kind.isSymmetric, let other = from, other > to { (from, to) = (to, other) }
        return RelationSpec(
          claim.kind, from: from, to: to, office: claim.office?.rawValue, year: claim.span?.start.year)
      })
  }

  /// The specs with symmetric pairs written in marker order, as `relations` writes them.
  static func normalised(_ specs: [RelationSpec]) -> Set<RelationSpec> {
    Set(
      specs.map { spec in
        guard spec.kind.isSymmetric, let from = spec.from, from > spec.to else { return spec }
        return RelationSpec(spec.kind, from: spec.to, to: from, office: spec.office, year: spec.year)
      })
  }
}

/// Expects the prose to state exactly these relations.
func expectRelations(
  _ marked: String, _ expected: [RelationSpec], sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let found = try MarkedProse.relations(marked)
  #expect(found == MarkedProse.normalised(expected), "\(marked)", sourceLocation: sourceLocation)
}
