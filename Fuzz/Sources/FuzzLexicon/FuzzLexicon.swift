import FuzzDriver
import PatronageExtraction

/// libFuzzer entry: loads arbitrary text as a lexicon YAML file; errors are expected, crashes are not.
///
/// Every error must name the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  do {
    _ = try Lexicon(yaml: text, file: "fuzz.yaml")
  } catch {
    precondition(error.description.hasPrefix("fuzz.yaml"), "error without the file: \(error)")
  }
  return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzLexicon_main")
public func fuzzLexiconMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  runFuzzer(argc, argv, fuzzLexicon)
}
