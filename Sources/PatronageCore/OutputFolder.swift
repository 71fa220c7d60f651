import Foundation

/// A folder that a command writes into and owns, marked by a marker file.
///
/// A command refuses to write into a non-empty folder it did not create (one without its marker)
/// unless forced, so it never overwrites someone's files by mistake.
public enum OutputFolder {
  /// Checks that `path` is missing, empty, or holds `marker` (or `force`); creates it and writes
  /// the marker, whose text is `note`.
  ///
  /// - Throws: ``OutputError/notADirectory(path:)`` when a file is in the way,
  ///   ``OutputError/directoryNotEmpty(path:)`` for a foreign non-empty folder without `force`,
  ///   or ``OutputError/unwritable(path:reason:)``.
  public static func prepare(_ path: String, marker: String, note: String, force: Bool) throws(OutputError) {
    var isDirectory: ObjCBool = false
    let manager = FileManager.default
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notADirectory(path: path) }
      let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      if !entries.isEmpty, !entries.contains(marker), !force { throw .directoryNotEmpty(path: path) }
    }
    try OutputFile.write(note, to: path + "/" + marker)
  }
}
