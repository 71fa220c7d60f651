import ArgumentParser
import PatronageExtraction

extension Patronage {
  /// `patronage build`: the main job — extract, analyse and draw every year into one folder.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract a graph from texts, analyse it and draw one diagram per year into a folder.",
      discussion: """
        With no TEXTS, runs on the bundled sample corpus (four pages on the 1920s leadership struggle and
        one on a Tudor court, which no lexicon entry covers).
        Writes into the output folder (default Graphs/):
          graph.json         the graph ("patronage-graph/1")
          relations.jsonl    one line per relation and document (the fields score.py reads)
          centrality.json    centrality per year on the positive-tie network (see `patronage centrality --help`)
          appointments.json  who controlled appointments, per year (see `patronage appointments --help`)
          factions.json      factions per year, switches and stability (see `patronage factions --help`)
          summary.md         the same in tables for people
          years/YYYY.dot     each year's diagram as DOT, persons pinned to the same place in every year
          years/YYYY.svg     each year rendered (and .png/.pdf with --format)
          report/            the HTML report (see `patronage report --help`)
        Persons are coloured by faction, sized by PageRank, and the year's top patrons have a heavy border.
        The folder must be empty or one patronage built before (it holds a .patronage-build marker); pass
        --force to write into another folder. Every file is written atomically.
        """
    )

    @Argument(help: "Text files or folders (default: the bundled sample corpus).")
    var texts: [String] = []

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output = "Graphs"

    @Option(name: .long, help: "Drop relations less certain than this (0...1).")
    var minConfidence: Double = ExtractionOptions.defaultMinimumConfidence

    @Option(name: .long, help: "Diagram formats besides DOT (repeatable): svg, png, pdf.")
    var format: [BuildPipeline.ImageFormat] = [.svg]

    @Flag(name: .long, help: "Write into a non-empty folder that patronage did not create.")
    var force = false

    @Flag(name: .long, help: "Print no progress lines.")
    var quiet = false

    @Option(name: .long, help: "Analyse and draw this graph JSON file instead of extracting one from TEXTS.")
    var graph: String?

    func validate() throws {
      guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
      if graph != nil, !texts.isEmpty { throw ValidationError("give TEXTS or --graph, not both") }
    }

    func run() throws {
      let pipeline = BuildPipeline(
        output: output, formats: Set(format), force: force, progress: ProgressLine("build", quiet: quiet))
      if let graph {
        let loaded = try CommandSupport.loadGraph(graph)
        try pipeline.prepareOutput()
        try pipeline.write(loaded)
        return
      }
      let inputs: [String]
      if texts.isEmpty {
        guard let sample = Lexicon.sampleCorpusPath else {
          throw CommandSupport.fail("the bundled sample corpus is missing from this installation: give TEXTS")
        }
        inputs = [sample]
      } else {
        inputs = texts
      }
      let options = ExtractionOptions(minimumConfidence: minConfidence)
      try pipeline.prepareOutput()
      let result = try ExtractCommandSupport.extract(
        inputs, lexicon: lexicon.load(), options: options, progress: ProgressLine("extracting", quiet: quiet))
      try pipeline.write(result.graph)
      if !result.diagnostics.isEmpty { throw ExitCode(2) }
    }
  }
}
