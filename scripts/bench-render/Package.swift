// swift-tools-version: 6.0
// Benchmarks for PatronageRendering. A separate package, so the main `swift build` never builds it.
// Run with ../bench-render.sh (release build).
import PackageDescription

let package = Package(
  name: "bench-render",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "Patronage", path: "../..")],
  targets: [
    .executableTarget(
      name: "bench-render",
      dependencies: [
        .product(name: "PatronageCore", package: "Patronage"),
        .product(name: "PatronageRendering", package: "Patronage"),
      ]
    )
  ]
)
