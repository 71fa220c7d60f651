import FuzzDriver
import PatronageExtraction

/// libFuzzer entry: normalises arbitrary bytes as a document, splits sentences and finds dates in each.
///
/// Checks that every sentence's byte range lies inside the input and every date found inside its sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  guard let document = try? TextNormalizer.normalize(bytes, name: "fuzz.txt") else { return 0 }
  let finder = TimeFinder(events: [])
  for sentence in SentenceSplitter.sentences(in: document) {
    precondition(sentence.utf8Range.lowerBound >= 0 && sentence.utf8Range.upperBound <= count, "range out of input")
    for expression in finder.expressions(in: sentence, reference: nil) {
      precondition(sentence.utf8Range.contains(expression.utf8Range.lowerBound), "date outside its sentence")
    }
  }
  return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  runFuzzer(argc, argv, fuzzText)
}
