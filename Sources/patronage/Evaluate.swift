import ArgumentParser
import Foundation
import PatronageCore
import PatronageExtraction

extension Patronage {
  /// `patronage evaluate`: scores a graph against hand-made gold relations.
  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score an extracted graph against gold relations (JSONL) with precision, recall and F1.",
      discussion: """
        Matching follows ../shared/eval/score.py with overlapping years: same relation; allied/opposed compare the
        unordered pair; appointed/expelled compare the target and, when the gold line has one, the office; years
        must overlap (gold without years accepts any); one-to-one maximum matching. Patron accuracy is the share
        of matched appointments whose gold patron the graph names. Names are compared as ids (lowercased), not
        folded as score.py does: annotate with the graph's ids. Only documents present in the gold are scored.
        """
    )

    @Argument(help: "The graph JSON file (from patronage extract).")
    var graph: String

    @Option(name: .long, help: "Gold relations JSONL (fields doc, rel, source, target, office, from, to); repeatable.")
    var gold: [String]

    func validate() throws {
      guard !gold.isEmpty else { throw ValidationError("give at least one --gold FILE") }
    }

    func run() throws {
      let graph = try CommandSupport.loadGraph(graph)
      var lines: [ScoredRelation] = []
      for file in gold {
        do { lines += try ScoredRelation.gold(contentsOfFile: file) } catch {
          throw CommandSupport.fail(error.description)
        }
      }
      let scorer = Scorer(gold: lines, predicted: ScoredRelation.lines(of: graph))
      print(Self.table(scorer), terminator: "")
    }

    static func table(_ scorer: Scorer) -> String {
      func row(_ name: String, _ counts: Scorer.Counts) -> String {
        let numbers = [counts.truePositives, counts.falsePositives, counts.falseNegatives].map { pad(String($0), 6) }
        let ratios = [counts.precision, counts.recall, counts.f1].map { pad(String(format: "%.3f", $0), 8) }
        return "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + numbers.joined() + ratios.joined()
          + "\n"
      }
      var text = "overlap (years must overlap)\n  rel             tp    fp    fn       P       R      F1\n"
      for kind in RelationKind.allCases { text += row(kind.rawValue, scorer.byKind[kind] ?? Scorer.Counts()) }
      text += row("MICRO", scorer.micro)
      text +=
        "  patron accuracy: "
        + (scorer.patronAccuracy.map { String(format: "%.3f", $0) } ?? "n/a")
        + " (\(scorer.patronsRight)/\(scorer.patronsChecked))\n"
      return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
      String(repeating: " ", count: max(0, width - text.count)) + text
    }
  }
}
