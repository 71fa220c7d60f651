import Foundation
import PatronageCore

extension HTMLReport {
  /// The file that marks a folder as written by the report.
  public static let marker = ".patronage-report"

  /// Writes the report into `folder`, which must be missing, empty or an earlier report's (it holds
  /// ``marker``) unless `force`. Every file is written atomically; person pages left from an earlier
  /// report of another graph are removed.
  ///
  /// - Throws: ``ReportError/output(_:)`` for a foreign folder or a write failure, or a drawing error.
  public func write(
    to folder: String, force: Bool, progress: (ReportProgress) -> Void = { _ in }
  ) throws(ReportError) {
    do {
      try OutputFolder.prepare(
        folder, marker: Self.marker,
        note: "Written by `patronage report`; it may overwrite files in this folder.\n", force: force)
    } catch { throw .output(error) }
    let files = try files(progress: progress)
    for file in files {
      do { try OutputFile.write(file.bytes, to: folder + "/" + file.path) } catch { throw .output(error) }
    }
    let written = Set(files.map(\.path))
    let people = folder + "/people"
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: people)) ?? []
    where entry.hasSuffix(".html") && !written.contains("people/" + entry) {
      try? FileManager.default.removeItem(atPath: people + "/" + entry)
    }
  }
}
