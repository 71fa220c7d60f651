import Foundation
import PatronageCore
import PatronageExtraction

// Usage: bench CORPUS_FOLDER [MEGABYTES]
// Builds a corpus of about MEGABYTES (default 100) by concatenating the folder's texts into files of ~5 MB
// in a temporary folder, then reads it one document at a time through each stage, reporting MB/s on one core.
// Or: bench --dump FILE — prints each sentence with its time and original byte range (to inspect the layer).
let arguments = CommandLine.arguments
// With --events EVENTS.json ([{"id", "names", "from", "to"}]) the dump also finds those named events.
if arguments.count >= 3, arguments[1] == "--dump" {
  let document = try DocumentReader.read(path: arguments[2], name: arguments[2])
  var context = TimeContext()
  var events: [NamedEvent] = []
  if arguments.count == 5, arguments[3] == "--events" {
    struct Entry: Decodable { let id: String, names: [String], from: String, to: String }
    let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[4])))
    events = try entries.map {
      NamedEvent(
        id: $0.id, names: $0.names,
        span: try TimeSpan(HistoricalDate(parsing: $0.from), HistoricalDate(parsing: $0.to)))
    }
  }
  let finder = TimeFinder(events: events)
  let sentences = SentenceSplitter.sentences(in: document)
  for (sentence, time) in zip(sentences, context.resolve(sentences, using: finder)) {
    let bytes = document.originalByteRange(sentence.range)
    let when = time.span.map { "\($0) \(time.source.map { "\($0)" } ?? "")" } ?? "-"
    let found = time.expressions.map { "\(sentence.text[$0.range])=\($0.span)" }.joined(separator: "; ")
    print("[\(sentence.paragraph)\(sentence.isHeading ? "H" : "")] \(bytes) {\(when)} <\(found)> \(sentence.text)")
  }
  exit(0)
}
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: bench CORPUS_FOLDER [MEGABYTES]\n".utf8))
  exit(2)
}
let target = (arguments.count >= 3 ? Int(arguments[2]) : nil) ?? 100
let sources = try DocumentReader.documents(in: [arguments[1]])
var pieces: [[UInt8]] = []
for source in sources { pieces.append(try DocumentReader.bytes(path: source.path, name: source.name)) }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patronage-bench-text-\(target)")
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let fileSize = 5_000_000
var written = 0
var fileIndex = 0
while written < target * 1_000_000 {
  var buffer: [UInt8] = []
  buffer.reserveCapacity(fileSize + 200_000)
  var k = 0
  while buffer.count < fileSize {
    buffer += pieces[k % pieces.count]
    buffer += Array("\n\n".utf8)
    k += 1
  }
  try Data(buffer).write(to: folder.appendingPathComponent(String(format: "part-%03d.txt", fileIndex)))
  written += buffer.count
  fileIndex += 1
}
let files = try DocumentReader.documents(in: [folder.path])
let megabytes = Double(written) / 1_000_000
print(String(format: "corpus: %.1f MB in %d files (from %d texts)", megabytes, files.count, pieces.count))

let finder = TimeFinder(events: [])
/// CPU seconds used by this process so far (robust to other processes sharing the cores).
func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func measure(_ label: String, _ body: (SourceDocument) -> Int) throws {
  let clock = ContinuousClock()
  var count = 0
  let cpuStart = cpuSeconds()
  let elapsed = try clock.measure {
    for file in files { count += body(try DocumentReader.read(path: file.path, name: file.name)) }
  }
  let cpu = cpuSeconds() - cpuStart
  let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  print(
    String(
      format: "%-32@ %7.1f MB/s per core (CPU %.2f s; wall %.2f s; %d items)", label as NSString,
      megabytes / cpu, cpu, wall, count))
}
try measure("read + normalise") { $0.paragraphs.count }
try measure("read + normalise + sentences") { SentenceSplitter.sentences(in: $0).count }
try measure("read + ... + time expressions") { document in
  var context = TimeContext()
  return context.resolve(SentenceSplitter.sentences(in: document), using: finder).reduce(0) {
    $0 + $1.expressions.count
  }
}
try? FileManager.default.removeItem(at: folder)
