import ArgumentParser

/// The `patronage` command: one subcommand per job, each in its own file.
@main
struct Patronage: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patronage",
    abstract: "Build, analyse and draw time-stamped patronage networks from historical prose.",
    version: "0.1.0",
    subcommands: [
      Build.self, Report.self, Extract.self, Evaluate.self, LexiconCommand.self,
      Render.self, Export.self,
      Centrality.self, Appointments.self, Factions.self,
    ]
  )
}
