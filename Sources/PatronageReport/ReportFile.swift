import PatronageCore

/// One file of the report: a path relative to the report folder and its bytes.
public struct ReportFile: Sendable, Equatable {
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }
}

/// How far a report has got: `done` of `total` steps, the current one named.
public struct ReportProgress: Sendable, Equatable {
  public var done: Int
  public var total: Int
  public var step: String
}

/// File names inside the report folder.
public enum ReportPaths {
  public static let index = "index.html"
  public static let evidence = "evidence.html"
  public static let offices = "offices.html"
  public static let script = "report.js"
  public static let style = "report.css"
  public static let river = "factions-river.svg"
  public static let animation = "animation.svg"
  public static let sheet = "small-multiples"

  /// A person's page, `people/<slug>.html`, relative to the report folder.
  public static func person(_ id: PersonID) -> String { "people/" + slug(id.rawValue) + ".html" }

  /// An office's anchor on the offices page.
  static func office(_ id: OfficeID) -> String { "o-" + slug(id.rawValue) }

  /// A file-name-safe, case-safe spelling of an id: `a`–`z`, `0`–`9` and `-` are kept, every other
  /// Unicode scalar becomes `_` + its hex code + `_`, so different ids never share a slug.
  public static func slug(_ id: String) -> String {
    var result = ""
    for scalar in id.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" {
        result.unicodeScalars.append(scalar)
      } else {
        result += "_" + String(scalar.value, radix: 16) + "_"
      }
    }
    return result.isEmpty ? "_" : result
  }
}
