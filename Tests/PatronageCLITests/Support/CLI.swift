import Foundation
import Testing

/// Runs the built `patronage` binary and helper scripts for the end-to-end tests.
enum CLI {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package's root folder (this file is `Tests/PatronageCLITests/Support/CLI.swift`).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

  /// A fresh path under the temporary folder (not created).
  static func temporaryPath(_ prefix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
  }

  /// The `patronage` binary next to the test bundle.
  static func binary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    let found = candidates.map { $0.appendingPathComponent("patronage") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
    return try #require(found, "no patronage binary next to \(candidates.map(\.path))")
  }

  /// Runs `executable` (default: patronage) with `arguments`, collecting its output.
  static func run(_ arguments: [String], executable: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = try executable ?? binary()
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Parses JSON output into a dictionary.
  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
