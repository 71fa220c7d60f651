import Foundation

extension Lexicon {
  /// The bundled default: every `*.yaml` in the package's `Resources/Lexicon`, merged in file-name order.
  ///
  /// - Throws: `LexiconError` if a bundled file is malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> Lexicon {
    guard let folder = resourceFolder("Lexicon") else { return Lexicon() }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var result = Lexicon()
    for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
      result = result.merged(with: try Lexicon(contentsOfFile: folder.appendingPathComponent(name).path))
    }
    return result
  }

  /// The bundled sample corpus folder (`patronage build` with no texts).
  public static var sampleCorpusPath: String? {
    resourceFolder("SampleCorpus")?.path
  }

  /// A folder of the bundled `Resources` (copied as a whole, so it sits under the bundle's resource folder).
  private static func resourceFolder(_ name: String) -> URL? {
    let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }
    for base in candidates {
      let folder = base.appendingPathComponent("Resources").appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: folder.path) { return folder }
    }
    return nil
  }

  /// The lexicon for a run: the bundled default plus user files, or only the user files when `replace` is set.
  public static func load(files: [String], replacingDefault replace: Bool) throws(LexiconError) -> Lexicon {
    var result = replace ? Lexicon() : try bundled()
    for file in files { result = result.merged(with: try Lexicon(contentsOfFile: file)) }
    return result
  }
}
