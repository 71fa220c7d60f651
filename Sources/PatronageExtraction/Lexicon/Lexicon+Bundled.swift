import Foundation

extension Lexicon {
  /// The bundled default: every `*.yaml` in the package's `Resources/Lexicon`, merged in file-name order.
  ///
  /// - Throws: `LexiconError.unreadable` naming the places searched when the resources are not installed next to
  ///   the binary, or an error if a bundled file is malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> Lexicon {
    guard let folder = resourceFolder("Lexicon") else {
      throw .unreadable(
        file: "bundled lexicon",
        reason: "no \(resourceBundleName) folder next to the patronage binary (looked in "
          + resourceBases().map(\.path).joined(separator: ", ")
          + "); install it with the binary, or give your own with --replace-lexicon FILE")
    }
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

  /// The name SwiftPM gives this module's resource bundle.
  static let resourceBundleName = "patronage_PatronageExtraction.resources"

  /// Where the resource bundle may lie: next to the running binary (following a symlink to it), next to the
  /// main bundle, or, when running from a checkout, the package's own `Resources` folder. Looked up without
  /// `Bundle.module`, whose accessor stops the process when the bundle has been moved away.
  static func resourceBases() -> [URL] {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    let folders = [executable.deletingLastPathComponent(), Bundle.main.bundleURL]
    var bases = folders.map { $0.appendingPathComponent(resourceBundleName) }
    bases += bases.map { $0.appendingPathComponent("Contents").appendingPathComponent("Resources") }
    bases.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent())
    var seen: Set<String> = []
    return bases.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  /// A folder of the bundled `Resources` (copied as a whole, so it sits under the bundle's resource folder).
  private static func resourceFolder(_ name: String) -> URL? {
    for base in resourceBases() {
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
