import ArgumentParser
import Foundation
import PatronageCore
import PatronageExtraction

extension Patronage {
  /// `patronage lexicon`: checks lexicon files and suggests entries for curation.
  struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lexicon",
      abstract: "Check a lexicon file, or list people the lexicon does not know yet.",
      subcommands: [Check.self, Suggest.self]
    )

    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Validate lexicon YAML files (format patronage-lexicon/1); errors give the file and line.")

      @Argument(help: "Lexicon YAML files.")
      var files: [String]

      func run() throws {
        var failed = false
        for file in files {
          do {
            let lexicon = try Lexicon(contentsOfFile: file)
            print(
              "\(file): ok (\(lexicon.persons.count) persons, \(lexicon.offices.count) offices, "
                + "\(lexicon.events.count) events, \(lexicon.groups.count) groups)")
          } catch {
            CommandSupport.warn("error: \(error.description)")
            failed = true
          }
        }
        if failed { throw ExitCode.failure }
      }
    }

    struct Suggest: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "List people found by the shape of their names (not in the lexicon), most frequent first.")

      @Argument(help: "Text files or folders.")
      var texts: [String]

      @OptionGroup var lexicon: LexiconOptions

      func run() throws {
        let lexicon = try lexicon.load()
        let files: [(path: String, name: String)]
        do { files = try DocumentReader.documents(in: texts) } catch { throw CommandSupport.fail(error.description) }
        var counts: [String: (name: String, count: Int)] = [:]
        for file in files {
          do {
            let document = try DocumentReader.read(path: file.path, name: file.name)
            for (id, name, count) in UnknownPeople.census(of: document, lexicon: lexicon) {
              let previous = counts[id]
              counts[id] = (previous?.name ?? name, (previous?.count ?? 0) + count)
            }
          } catch {
            CommandSupport.warn("skipped \(error.description)")
          }
        }
        let sorted = counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        for (id, entry) in sorted { print("\(entry.count)\t\(id)\t\(entry.name)") }
      }
    }
  }
}
