// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Patronage",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "patronage", targets: ["patronage"]),
    .library(name: "PatronageCore", targets: ["PatronageCore"]),
    .library(name: "PatronageExtraction", targets: ["PatronageExtraction"]),
    .library(name: "PatronageAnalysis", targets: ["PatronageAnalysis"]),
    .library(name: "PatronageRendering", targets: ["PatronageRendering"]),
    .library(name: "PatronageReport", targets: ["PatronageReport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Graphviz's C libraries (libcgraph + libgvc). Imported only by PatronageRendering.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    // The typed temporal graph and its file formats. No dependencies.
    .target(name: "PatronageCore"),
    .target(
      name: "PatronageExtraction",
      dependencies: ["PatronageCore", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Resources")]
    ),
    .target(name: "PatronageAnalysis", dependencies: ["PatronageCore"]),
    .target(name: "PatronageRendering", dependencies: ["PatronageCore", "CGraphviz"]),
    // The static HTML report: year slider, diagrams, river chart, tables, evidence, person pages.
    .target(name: "PatronageReport", dependencies: ["PatronageCore", "PatronageAnalysis", "PatronageRendering"]),
    .executableTarget(
      name: "patronage",
      dependencies: [
        "PatronageCore", "PatronageExtraction", "PatronageAnalysis", "PatronageRendering", "PatronageReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PatronageCoreTests", dependencies: ["PatronageCore"]),
    .testTarget(name: "PatronageExtractionTests", dependencies: ["PatronageExtraction"]),
    .testTarget(name: "PatronageAnalysisTests", dependencies: ["PatronageAnalysis"]),
    .testTarget(name: "PatronageRenderingTests", dependencies: ["PatronageRendering"]),
    .testTarget(name: "PatronageReportTests", dependencies: ["PatronageReport"]),
    .testTarget(name: "PatronageCLITests", dependencies: ["patronage", "PatronageCore"]),
  ]
)
