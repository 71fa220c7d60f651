import ArgumentParser
import PatronageAnalysis
import PatronageCore

extension Patronage {
  /// `patronage appointments`: who controlled appointments, per year and over a span.
  struct Appointments: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Who controlled appointments: per patron, channel and office, with client trees and loops.",
      discussion: """
        Network: the appointments (patron or institution → appointee, to an office), dated by the
        year they were made; tenures last until a removal from the office or the party.
        Per patron: appointments made directly, plus those made through a channel (an institution
        such as the Secretariat) whose head post (Office.head, e.g. general-secretary) the patron held
        that year; share of all attributed appointments; distinct clients in office; offices filled.
        Per channel: appointments through it and its controller. Also the patron → client trees and
        Daniels' circular flows of power (cycles through a channel or its head post of appointee →
        body → appointee links), each with its years and evidence.
        JSON: {"from", "to", "years": [{"year", "total", "attributed", "patrons": [{"id", "appointments",
        "direct", "viaChannels", "share", "clientsInOffice", "offices"}], "channels": [{"office",
        "controller", "appointments"}], "offices": [...]}], "span": {...}, "trees": [...], "loops": [...]};
        patrons sorted by clientsInOffice, then appointments.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The graph JSON file to read.")
    var graph: String

    @Option(help: "First year (default: the graph's first year).")
    var from: Int?

    @Option(help: "Last year (default: the graph's last year).")
    var to: Int?

    @Option(help: ArgumentHelp("Rows of the table and CSV outputs: \(Self.groupings)."))
    var by: AppointmentReport.Grouping = .patron

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    static let groupings = AppointmentReport.Grouping.allCases.map(\.rawValue).joined(separator: ", ")

    func run() throws {
      let analysis = AnalysisGraph(try CommandSupport.loadGraph(graph))
      let years: ClosedRange<Int>
      do { years = try analysis.years(from: from, to: to) } catch {
        throw CommandSupport.fail("\(graph): \(error.description)")
      }
      var report = AppointmentControl(analysis.graph).report(years: years)
      // Years with nothing in force (a corpus may mix centuries) are left out, as `build` does.
      let active = Set(analysis.graph.activeYears)
      report.years.removeAll { !active.contains($0.year ?? .min) }
      switch format {
      case .json: try CommandSupport.emit(report.jsonData(), to: output)
      case .csv: try CommandSupport.emit(report.csv(by: by), to: output)
      case .table: try CommandSupport.emit(report.table(by: by), to: output)
      }
    }
  }
}

extension AppointmentReport.Grouping: ExpressibleByArgument {}
