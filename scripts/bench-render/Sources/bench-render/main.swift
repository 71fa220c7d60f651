import Foundation
import PatronageCore
import PatronageRendering

// Measures PatronageRendering against the Graphviz command-line tools and against its own
// targets (see the foundation issue, part 7):
//   1. in-process rendering ≤ 1.1 × the matching CLI on the same DOT file
//      (200 nodes / 300 edges with dot; 1,000 nodes / 5,000 edges with sfdp);
//   2. 75 yearly diagrams of a 200-person graph with stable positions
//      < 2 × one layout of the union graph + 0.05 s per year.
// Times are medians of several interleaved runs; targets are judged on CPU time (user + system,
// including the CLI's child process), which other jobs on the machine barely disturb.

/// Wall-clock and CPU seconds (this process and its finished children) taken by `body`.
/// CPU time is what the targets are judged on: it barely moves when other jobs load the machine.
struct Cost {
  var wall: Double
  var cpu: Double
}

func cpuSeconds() -> Double {
  var total = 0.0
  for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
    var usage = rusage()
    getrusage(__rusage_who_t(who.rawValue), &usage)
    for time in [usage.ru_utime, usage.ru_stime] { total += Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
  }
  return total
}

func cost(_ body: () throws -> Void) rethrows -> Cost {
  let cpu = cpuSeconds()
  let start = ContinuousClock.now
  try body()
  let elapsed = ContinuousClock.now - start
  let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  return Cost(wall: wall, cpu: cpuSeconds() - cpu)
}

/// Median wall and CPU times of `runs` runs of each of `bodies`, run in turn (A B A B …) so
/// that changing load on the machine hits both alike.
func medians(runs: Int, _ bodies: [() throws -> Void]) throws -> [Cost] {
  var samples = Array(repeating: [Cost](), count: bodies.count)
  for _ in 0..<runs {
    for (index, body) in bodies.enumerated() { samples[index].append(try cost(body)) }
  }
  return samples.map { runs in
    Cost(wall: runs.map(\.wall).sorted()[runs.count / 2], cpu: runs.map(\.cpu).sorted()[runs.count / 2])
  }
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
  let results = try medians(
    runs: runs,
    [
      { _ = try Graphviz.render(dot: source, engine: engine, format: .svg) },
      { try runTool(engine.rawValue, ["-Tsvg", path, "-o", "/dev/null"]) },
    ])
  let (inProcess, cli) = (results[0], results[1])
  let ratio = inProcess.cpu / cli.cpu
  report(
    "\(nodes) nodes / \(edges) edges, \(engine): in-process \(format(inProcess.cpu)) CPU "
      + "(\(format(inProcess.wall)) wall), \(engine.rawValue) -Tsvg \(format(cli.cpu)) CPU "
      + "(\(format(cli.wall)) wall); "
      + "CPU ratio \(String(format: "%.2f", ratio)), wall ratio \(String(format: "%.2f", inProcess.wall / cli.wall)) "
      + (ratio <= 1.1 ? "(target ≤ 1.1: met)" : "(target ≤ 1.1: MISSED)"))
}

func stableYears(persons: Int, years: Int, runs: Int) throws {
  let graph = try Workloads.patronageGraph(persons: persons, years: years, seed: 1917)
  let probe = try StableYearLayout(graph: graph)
  let unionSource = DOTWriter().dot(probe.union, of: graph, name: "union", title: "Union")
  var layoutOnly = Cost(wall: 0, cpu: 0)
  let results = try medians(
    runs: runs,
    [
      { _ = try Graphviz.render(dot: unionSource, engine: probe.engine, format: .svg) },
      {
        var layout: StableYearLayout?
        layoutOnly = try cost { layout = try StableYearLayout(graph: graph) }
        for year in layout?.years ?? 0...(-1) { _ = try layout?.render(year: year, format: .svg) }
      },
    ])
  let (union, total) = (results[0], results[1])
  let budget = 2 * union.cpu + 0.05 * Double(years)
  report(
    "\(years) yearly diagrams of \(persons) persons (union: \(probe.union.nodes.count) nodes, "
      + "\(probe.union.edges.count) edges, \(probe.engine)): total \(format(total.cpu)) CPU "
      + "(\(format(total.wall)) wall; union layout inside \(format(layoutOnly.cpu)) CPU, per year "
      + "\(format((total.cpu - layoutOnly.cpu) / Double(years))) CPU); one union layout \(format(union.cpu)) CPU "
      + "(\(format(union.wall)) wall); budget 2 × union + 0.05 s × \(years) = \(format(budget)) "
      + (total.cpu < budget ? "(met)" : "(MISSED)"))
}

let quick = CommandLine.arguments.contains("--quick")
try compareWithCLI(nodes: 200, edges: 300, engine: .dot, runs: quick ? 3 : 9)
try compareWithCLI(nodes: 1_000, edges: 5_000, engine: .sfdp, runs: quick ? 1 : 7)
try stableYears(persons: 200, years: 75, runs: quick ? 1 : 3)
