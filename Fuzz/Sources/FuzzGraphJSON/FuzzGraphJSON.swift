import Foundation
import FuzzDriver
import PatronageCore

/// libFuzzer entry: decodes arbitrary bytes as a graph JSON file; a graph that loads must write back to bytes
/// that load to the same graph and write identically (the format's round-trip promise).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: start, count: count)
  let graph: PatronageGraph
  do {
    graph = try PatronageGraph(jsonData: data, path: "fuzz.json")
  } catch {
    precondition(error.description.hasPrefix("fuzz.json"), "error without the file: \(error)")
    return 0
  }
  let written = graph.jsonData()
  guard let again = try? PatronageGraph(jsonData: written, path: "again.json") else {
    preconditionFailure("a loaded graph wrote a file it cannot read")
  }
  precondition(again == graph && again.jsonData() == written, "the graph did not round-trip")
  return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzGraphJSON_main")
public func fuzzGraphJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  runFuzzer(argc, argv, fuzzGraphJSON)
}
