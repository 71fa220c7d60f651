import ArgumentParser
import Foundation
import PatronageCore
import PatronageExtraction

extension Patronage {
  /// `patronage extract`: texts in, graph out.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract a patronage graph (appointed, allied, opposed, expelled) from text and Markdown files.",
      discussion: """
        Folders are read recursively (.txt, .md). Unreadable documents (binary, invalid UTF-8, empty) are reported
        on stderr and skipped; the others are still processed. Evidence offsets are UTF-8 byte offsets into the
        original files.
        json   the graph ("patronage-graph/1").
        jsonl  one line per relation, document and stated time span, with the fields
               doc, rel, source, target, office, from, to, evidence, confidence (what score.py reads).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "Text files or folders.")
    var texts: [String]

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "Output format: json or jsonl.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Output file (default: stdout).")
    var output: String?

    @Option(name: .long, help: "Drop relations less certain than this (0...1).")
    var minConfidence: Double = ExtractionOptions.defaultMinimumConfidence

    @Flag(name: .long, help: "Do not report people found only by the shape of their names.")
    var lexiconPeopleOnly = false

    @Flag(name: .long, help: "Print no progress line (it is shown only when stderr is a terminal).")
    var quiet = false
    @Option(name: .long, help: "Documents extracted at once (default: one per core); the output is the same.")
    var jobs: Int?

    func validate() throws {
      guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      let options = ExtractionOptions(
        minimumConfidence: minConfidence, findsUnknownPeople: !lexiconPeopleOnly, workers: jobs)
      let result = try ExtractCommandSupport.extract(
        texts, lexicon: lexicon.load(), options: options, progress: ProgressLine("extracting", quiet: quiet))
      switch format {
      case .json: try CommandSupport.emit(result.graph.jsonData(), to: output)
      case .jsonl: try CommandSupport.emit(ClaimsJSONL.encode(result.graph), to: output)
      }
      if !result.diagnostics.isEmpty { throw ExitCode(2) }
    }
  }
}

/// The lexicon options shared by `extract` and `lexicon suggest`.
struct LexiconOptions: ParsableArguments {
  @Option(name: .long, help: "A lexicon YAML file to add to the bundled one (repeatable).")
  var lexicon: [String] = []

  @Flag(name: .long, help: "Use only the --lexicon files, not the bundled Soviet 1917-1930 lexicon.")
  var replaceLexicon = false

  func load() throws -> Lexicon {
    do { return try Lexicon.load(files: lexicon, replacingDefault: replaceLexicon) } catch {
      throw CommandSupport.fail(error.description)
    }
  }
}

/// Runs an extraction with a progress line and error reports on stderr.
enum ExtractCommandSupport {
  static func extract(
    _ paths: [String], lexicon: Lexicon, options: ExtractionOptions, progress: ProgressLine
  ) throws -> ExtractionResult {
    let started = Date()
    let result: ExtractionResult
    do {
      result = try Extractor(lexicon: lexicon, options: options).extract(paths: paths) { done, total in
        guard total >= 20, done % max(1, total / 50) == 0 || done == total else { return }
        let seconds = Date().timeIntervalSince(started)
        progress.update(done: done, total: total, step: "documents, \(Int(seconds)) s")
        if done == total { progress.finish() }
      }
    } catch let error as DocumentError {
      throw CommandSupport.fail(error.description)
    }
    for problem in result.diagnostics {
      CommandSupport.warn("skipped \(problem.description)")
    }
    return result
  }
}
