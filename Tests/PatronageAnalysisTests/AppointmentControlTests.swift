import PatronageCore
import Testing

@testable import PatronageAnalysis

/// Appointment control on a hand-made graph with a channel headed by a post.
@Suite struct AppointmentControlTests {
  typealias T = TestGraphs

  static func graph() throws -> PatronageGraph {
    try T.graph(
      [
        T.appointed(.institution("central-committee"), "stalin", "general-secretary", 1922),
        T.appointed(.institution("secretariat"), "a", "obkom", 1922),
        T.appointed(.institution("secretariat"), "b", "kraikom", 1923),
        T.appointed(.person("trotsky"), "c", "army", 1923),
        T.appointed(nil, "x", "army", 1923),
        T.expelled("a", from: "obkom", 1924),
        T.appointed(.institution("secretariat"), "d", "party-congress", 1922),
        T.appointed(.institution("party-congress"), "e", "central-committee", 1922),
        T.allied("a", "b", 1925...1925),
      ],
      offices: [
        Office(id: "general-secretary", name: "General Secretary", kind: .post),
        Office(id: "secretariat", name: "Secretariat", kind: .body, head: "general-secretary"),
      ])
  }

  @Test func channelAppointmentsAreCreditedToTheHeadPostsHolder() throws {
    let report = AppointmentControl(try Self.graph()).report(years: 1922...1925)
    let year = try #require(report.years.first { $0.year == 1923 })
    #expect(year.total == 3 && year.attributed == 2)
    #expect(year.patrons.map(\.id) == ["stalin", "trotsky"])
    let stalin = try #require(year.patrons.first)
    #expect((stalin.direct, stalin.viaChannels, stalin.appointments) == (0, 1, 1))
    // d was last seen in 1922, so the graph's tenure rule ends d's spell there; a and b are still in office.
    #expect(stalin.clientsInOffice == 2)
    #expect(stalin.share == 0.5)
    #expect(stalin.offices == ["kraikom", "obkom"])
    #expect(year.channels == [ChannelControl(office: "secretariat", controller: "stalin", appointments: 1)])
  }

  @Test func clientsLeaveOfficeWhenRemoved() throws {
    let report = AppointmentControl(try Self.graph()).report(years: 1922...1925)
    let year = try #require(report.years.first { $0.year == 1925 })
    #expect(year.total == 0)
    #expect(year.patrons.first { $0.id == "stalin" }?.clientsInOffice == 1)
  }

  @Test func aDeadPatronCreditsNoClients() throws {
    let graph = try T.graph(
      [
        T.appointed(.person("lenin"), "stalin", "general-secretary", 1922),
        T.appointed(.person("stalin"), "molotov", "secretariat", 1922),
        T.allied("stalin", "molotov", 1926...1926),
      ],
      deaths: ["lenin": 1924])
    let report = AppointmentControl(graph).report(years: 1922...1926)
    let clients = { (year: Int, patron: String) in
      report.years.first { $0.year == year }?.patrons.first { $0.id.rawValue == patron }?.clientsInOffice ?? 0
    }
    #expect(clients(1923, "lenin") == 1)
    #expect(clients(1925, "lenin") == 0)
    #expect(clients(1926, "stalin") == 1)
  }

  @Test func bodiesWithoutAHeadHaveNoController() throws {
    let report = AppointmentControl(try Self.graph()).report(years: 1922...1922)
    let channels = try #require(report.years.first?.channels)
    #expect(channels.map(\.office) == ["central-committee", "party-congress", "secretariat"])
    #expect(channels.map(\.controller) == [nil, nil, "stalin"])
  }

  @Test func treesHangClientsUnderTheirPatrons() throws {
    let report = AppointmentControl(try Self.graph()).report(years: 1922...1925)
    #expect(report.trees.map(\.patron) == ["stalin", "trotsky"])
    let stalin = try #require(report.trees.first)
    #expect(stalin.clients.map(\.id) == ["a", "d", "b"])
    #expect(stalin.clients.allSatisfy { $0.via == "secretariat" })
  }

  @Test func circularFlowThroughTheSecretariat() throws {
    let report = AppointmentControl(try Self.graph()).report(years: 1922...1925)
    let loop = try #require(report.loops.first)
    #expect(
      loop.nodes == [
        "office:central-committee", "person:stalin", "office:general-secretary", "office:secretariat",
        "person:d", "office:party-congress", "person:e",
      ])
    #expect(loop.years == [1922, 1923, 1924, 1925])
    #expect(loop.steps.map(\.link) == ["appoints", "sits-in", "heads", "appoints", "sits-in", "appoints", "sits-in"])
    #expect(loop.steps.filter { $0.link != "heads" }.allSatisfy { !$0.evidence.isEmpty })
    #expect(report.loops.count == 1)
  }

  @Test func emptySpanGivesEmptyReport() throws {
    let graph = try T.graph([T.allied("a", "b", 1930...1930)], extraPersons: ["solo"])
    let report = AppointmentControl(graph).report(years: 1930...1930)
    #expect(report.years.count == 1 && report.years[0].patrons.isEmpty && report.trees.isEmpty && report.loops.isEmpty)
  }

  @Test func clientsPromotedToNoNamedPostAreInOfficeUntilRemoved() throws {
    let graph = try T.graph([
      T.Tie(kind: .appointed, source: .person("stalin"), target: "m", office: nil, years: 1924...1924),
      T.Tie(kind: .appointed, source: .person("stalin"), target: "v", office: nil, years: 1924...1924),
      T.expelled("v", from: "politburo", 1925),
      T.allied("m", "v", 1926...1926),
    ])
    let report = AppointmentControl(graph).report(years: 1924...1926)
    let clients = report.years.map { year in year.patrons.first { $0.id == "stalin" }?.clientsInOffice ?? 0 }
    // v's unnamed post ends with the removal of 1925; m, never removed, is still in office in 1926.
    #expect(clients == [2, 2, 1])
    #expect(report.years[0].patrons.first?.offices == [])
  }
}
