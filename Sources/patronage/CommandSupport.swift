import ArgumentParser
import Foundation
import PatronageCore

/// A failure already explained to the user: the message goes to stderr and the exit code is 1.
struct UserFacingError: Error, CustomStringConvertible {
  let description: String

  init(_ message: String) { description = message }
  init(_ error: some CustomStringConvertible) { description = error.description }
}

/// Shared helpers for the subcommands: reading graphs, writing outputs, reporting errors.
enum CommandSupport {
  /// Reads a graph JSON file, turning any problem into a one-line error.
  static func loadGraph(_ path: String) throws -> PatronageGraph {
    do {
      return try PatronageGraph(contentsOfFile: path)
    } catch {
      throw fail(error.description)
    }
  }

  /// Writes `bytes` atomically to `path`, or to stdout when `path` is nil or `-`.
  static func emit(_ bytes: some Collection<UInt8>, to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    do {
      try OutputFile.write(bytes, to: path)
    } catch {
      throw fail(error.description)
    }
  }

  /// Writes text (UTF-8) atomically to `path`, or to stdout.
  static func emit(_ text: String, to path: String?) throws {
    try emit(Array(text.utf8), to: path)
  }

  /// Prints `message` to stderr prefixed with `patronage: error:` and returns the exit code to throw.
  static func fail(_ message: String) -> ExitCode {
    warn("error: " + message)
    return .failure
  }

  /// Prints a line to stderr.
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("patronage: \(message)\n".utf8))
  }
}
