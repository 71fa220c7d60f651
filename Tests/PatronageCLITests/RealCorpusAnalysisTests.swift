import Foundation
import Testing

/// What the analysis must show on the graph extracted from `../shared/corpus` (skipped when it is absent).
///
/// Each claim is checked as stated; the ones the extractor cannot yet support are wrapped in `withKnownIssue`,
/// which fails the test as soon as they start to hold, so the list of known gaps cannot go stale.
@Suite("real corpus: what the analysis must show", .serialized)
struct RealCorpusAnalysisTests {
  static let corpus = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
  static let available = FileManager.default.fileExists(atPath: corpus)

  /// The factions timeline and appointment report of the extracted graph, computed once.
  struct Outputs: Sendable {
    let factionsJSON: String
    let appointmentsJSON: String

    var factions: [String: Any] { get throws { try CLI.object(factionsJSON) } }
    var appointments: [String: Any] { get throws { try CLI.object(appointmentsJSON) } }
  }

  static let outputs: Result<Outputs, any Error> = Result {
    let graph = CLI.temporaryPath("real-corpus") + ".json"
    defer { try? FileManager.default.removeItem(atPath: graph) }
    let extract = try CLI.run(["extract", corpus, "-o", graph])
    guard extract.status == 0 else { throw CocoaError(.fileReadUnknown) }
    let factions = try CLI.run(["factions", graph, "--timeline", "--format", "json"])
    let appointments = try CLI.run(["appointments", graph, "--format", "json"])
    return Outputs(factionsJSON: factions.stdout, appointmentsJSON: appointments.stdout)
  }

  /// The member lists of each faction in `year`.
  func factions(in year: Int) throws -> [Set<String>] {
    let years = try #require(try Self.outputs.get().factions["years"] as? [[String: Any]])
    let entry = try #require(years.first { $0["year"] as? Int == year }, "no factions for \(year)")
    let factions = try #require(entry["factions"] as? [[String: Any]])
    return factions.map { Set(($0["members"] as? [String]) ?? []) }
  }

  /// Whether `together` share a faction in `year` that contains none of `apart`.
  func shareAFaction(_ together: Set<String>, excluding apart: Set<String>, in year: Int) throws -> Bool {
    try factions(in: year).contains { together.isSubset(of: $0) && $0.isDisjoint(with: apart) }
  }

  /// Whether `first` and `second` both have a faction in `year`, and not the same one.
  func inOpposingFactions(_ first: String, _ second: String, in year: Int) throws -> Bool {
    let all = try factions(in: year)
    guard let one = all.firstIndex(where: { $0.contains(first) }),
      let other = all.firstIndex(where: { $0.contains(second) })
    else { return false }
    return one != other
  }

  @Test(.enabled(if: available)) func theTriumvirateExcludesTrotskyIn1923() throws {
    #expect(try shareAFaction(["stalin", "zinoviev", "kamenev"], excluding: ["trotsky"], in: 1923))
  }

  @Test(.enabled(if: available)) func theUnitedOppositionExcludesStalinIn1926() throws {
    let holds = try shareAFaction(["trotsky", "zinoviev", "kamenev"], excluding: ["stalin"], in: 1926)
    #expect(holds)
  }

  @Test(.enabled(if: available)) func theUnitedOppositionExcludesStalinIn1927() throws {
    let holds = try shareAFaction(["trotsky", "zinoviev", "kamenev"], excluding: ["stalin"], in: 1927)
    #expect(holds)
  }

  @Test(.enabled(if: available)) func bukharinOpposesStalinsFactionIn1928() throws {
    let holds = try inOpposingFactions("bukharin", "stalin", in: 1928)
    #expect(holds)
  }

  @Test(.enabled(if: available)) func bukharinOpposesStalinsFactionIn1929() throws {
    try withKnownIssue("the texts tell Bukharin's 1929 defeat only in passives without an agent ('was denounced')") {
      let holds = try inOpposingFactions("bukharin", "stalin", in: 1929)
      #expect(holds)
    }
  }

  @Test(.enabled(if: available)) func zinovievAndKamenevSwitchBetween1924And1926() throws {
    let switches = try #require(try Self.outputs.get().factions["switches"] as? [[String: Any]])
    let switched = Set(
      switches.filter { (1924...1926).contains($0["year"] as? Int ?? 0) }.compactMap { $0["person"] as? String })
    #expect(switched.isSuperset(of: ["zinoviev", "kamenev"]), "switched: \(switched.sorted())")
  }

  @Test(.enabled(if: available), arguments: 1922...1929)
  func stalinLeadsAppointmentControl(year: Int) throws {
    let years = try #require(try Self.outputs.get().appointments["years"] as? [[String: Any]])
    let patrons = years.first { $0["year"] as? Int == year }?["patrons"] as? [[String: Any]]
    let leader = patrons?.first?["id"] as? String
    #expect(leader == "stalin", "\(year): \(leader ?? "nobody")")
  }
}
