// swift-tools-version: 6.0
// libFuzzer targets for Patronage, kept apart so that the main package's build never compiles them.
// Build and run with ../scripts/reliability --full (or see that script for the exact swift build line).
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "PatronageFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "Patronage", path: "..")],
  targets: [
    .target(name: "FuzzDriver"),
    .executableTarget(
      name: "FuzzText",
      dependencies: [
        "FuzzDriver",.product(name: "PatronageExtraction", package: "Patronage")],
      swiftSettings: fuzzFlags),
    .executableTarget(
      name: "FuzzLexicon",
      dependencies: [
        "FuzzDriver",.product(name: "PatronageExtraction", package: "Patronage")],
      swiftSettings: fuzzFlags),
    .executableTarget(
      name: "FuzzGraphJSON",
      dependencies: [
        "FuzzDriver",.product(name: "PatronageCore", package: "Patronage")],
      swiftSettings: fuzzFlags),
    .executableTarget(
      name: "FuzzDOT",
      dependencies: [
        "FuzzDriver",
        .product(name: "PatronageCore", package: "Patronage"),
        .product(name: "PatronageRendering", package: "Patronage"),
      ],
      swiftSettings: fuzzFlags),
  ]
)
