import Foundation
import PatronageCore
import PatronageRendering

// Measures PatronageRendering against the Graphviz command-line tools and against its own
// targets (see the foundation issue, part 7):
//   1. in-process rendering ≤ 1.1 × the matching CLI on the same DOT file
//      (200 nodes / 300 edges with dot; 1,000 nodes / 5,000 edges with sfdp);
//   2. 75 yearly diagrams of a 200-person graph with stable positions
//      < 2 × one layout of the union graph + 0.05 s per year.
// Times are wall-clock medians of several runs.

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = ContinuousClock.now
  try body()
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The median of `runs` timings.
func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
  var times: [Double] = []
  for _ in 0..<runs { times.append(try seconds(body)) }
  return times.sorted()[times.count / 2]
}

/// Runs a Graphviz tool on a file, discarding its output.
func runTool(_ tool: String, _ arguments: [String]) throws {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [tool] + arguments
  process.standardOutput = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
}

/// Prints a line at once (stdout is block-buffered when piped).
func report(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

func format(_ value: Double) -> String { String(format: "%.3f s", value) }

func compareWithCLI(nodes: Int, edges: Int, engine: LayoutEngine, runs: Int) throws {
  let source = Workloads.randomDOT(nodes: nodes, edges: edges, seed: 1925)
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(nodes)-\(edges).dot").path
  try source.write(toFile: path, atomically: true, encoding: .utf8)
  _ = try Graphviz.render(dot: source, engine: engine, format: .svg)  // warm up plugins and fonts
  let inProcess = try median(runs: runs) { _ = try Graphviz.render(dot: source, engine: engine, format: .svg) }
  let cli = try median(runs: runs) { try runTool(engine.rawValue, ["-Tsvg", path, "-o", "/dev/null"]) }
  let ratio = inProcess / cli
  report(
    "\(nodes) nodes / \(edges) edges, \(engine): in-process \(format(inProcess)), "
      + "\(engine.rawValue) -Tsvg \(format(cli)), ratio \(String(format: "%.2f", ratio)) "
      + (ratio <= 1.1 ? "(target ≤ 1.1: met)" : "(target ≤ 1.1: MISSED)"))
}

func stableYears(persons: Int, years: Int, runs: Int) throws {
  let graph = try Workloads.patronageGraph(persons: persons, years: years, seed: 1917)
  let probe = try StableYearLayout(graph: graph)
  let unionSource = DOTWriter().dot(probe.union, of: graph, name: "union", title: "Union")
  let union = try median(runs: runs) { _ = try Graphviz.render(dot: unionSource, engine: probe.engine, format: .svg) }
  var layoutOnly = 0.0
  let total = try median(runs: runs) {
    var layout: StableYearLayout?
    layoutOnly = try seconds { layout = try StableYearLayout(graph: graph) }
    for year in layout?.years ?? 0...(-1) { _ = try layout?.render(year: year, format: .svg) }
  }
  let budget = 2 * union + 0.05 * Double(years)
  report(
    "\(years) yearly diagrams of \(persons) persons (union: \(probe.union.nodes.count) nodes, "
      + "\(probe.union.edges.count) edges, \(probe.engine)): total \(format(total)) "
      + "(union layout inside: \(format(layoutOnly)), per year \(format((total - layoutOnly) / Double(years)))); "
      + "one union layout \(format(union)); budget \(format(budget)) "
      + (total < budget ? "(met)" : "(MISSED)"))
}

let quick = CommandLine.arguments.contains("--quick")
try compareWithCLI(nodes: 200, edges: 300, engine: .dot, runs: quick ? 3 : 9)
try compareWithCLI(nodes: 1_000, edges: 5_000, engine: .sfdp, runs: quick ? 1 : 3)
try stableYears(persons: 200, years: 75, runs: quick ? 1 : 3)
