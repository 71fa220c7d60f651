import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line on stderr for long runs, shown only when stderr is a terminal and not `--quiet`.
struct ProgressLine: Sendable {
  /// Whether anything is printed.
  let isEnabled: Bool
  /// The line's prefix, e.g. `report`.
  let label: String

  init(_ label: String, quiet: Bool) {
    self.init(label: label, isEnabled: !quiet && isatty(STDERR_FILENO) != 0)
  }

  private init(label: String, isEnabled: Bool) {
    self.label = label
    self.isEnabled = isEnabled
  }

  /// The same line (shown or not) with another prefix.
  func relabelled(_ label: String) -> ProgressLine { ProgressLine(label: label, isEnabled: isEnabled) }

  /// Rewrites the line: `label: done/total step`.
  func update(done: Int, total: Int, step: String) {
    guard isEnabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(done)/\(total) \(step)".utf8))
  }

  /// Ends the line.
  func finish() {
    guard isEnabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
