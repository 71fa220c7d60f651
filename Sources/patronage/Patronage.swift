import ArgumentParser

@main
struct Patronage: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patronage",
    abstract: "Build, analyse and draw time-stamped patronage networks from historical prose.",
    version: "0.1.0",
    subcommands: [Export.self, Centrality.self, Appointments.self, Factions.self, Render.self, Extract.self, Evaluate.self, LexiconCommand.self]
  )
}
