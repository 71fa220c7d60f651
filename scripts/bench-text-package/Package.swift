// swift-tools-version: 6.0
// The extractor's text layer on its own: reading, normalising, sentences and tokens, time expressions.
// It compiles the project's own sources and tests through symlinks (Sources/PatronageExtraction/{Text,Time},
// Tests/PatronageExtractionTests/{Text,Time}), so that
// - `../bench-text` measures exactly the code in the package, in a release build, and
// - `swift test --package-path scripts/bench-text-package` runs the layer's tests even while other parts of
//   the main package are being written.
import PackageDescription

let package = Package(
  name: "BenchText",
  platforms: [.macOS(.v15)],
  targets: [
    .target(name: "PatronageCore"),
    .target(name: "PatronageExtraction", dependencies: ["PatronageCore"]),
    .executableTarget(name: "bench", dependencies: ["PatronageExtraction", "PatronageCore"]),
    .testTarget(name: "PatronageExtractionTests", dependencies: ["PatronageExtraction", "PatronageCore"]),
  ]
)
