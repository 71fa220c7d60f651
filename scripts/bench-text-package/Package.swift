// swift-tools-version: 6.0
// Benchmark of the extractor's text layer (reading, normalising, sentences and tokens, time expressions).
// It compiles the project's own sources through symlinks, so it measures exactly the code in the package.
// Run it with ../bench-text.
import PackageDescription

let package = Package(
  name: "BenchText",
  platforms: [.macOS(.v15)],
  targets: [
    .target(name: "PatronageCore"),
    .target(name: "TextLayer", dependencies: ["PatronageCore"]),
    .executableTarget(name: "bench", dependencies: ["TextLayer", "PatronageCore"]),
  ]
)
