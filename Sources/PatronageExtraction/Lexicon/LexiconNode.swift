import PatronageCore
import Yams

/// A YAML node with the file name, for reading lexicon fields with line-numbered errors.
struct LexiconNode {
  let node: Node
  let file: String

  var line: Int? { node.mark?.line }

  func fail(_ message: String) -> LexiconError { .invalid(file: file, line: line, message: message) }

  /// The mapping's entries; unknown keys are an error so typos do not pass silently.
  func mapping(allowed: Set<String>, what: String) throws(LexiconError) -> [String: LexiconNode] {
    guard let mapping = node.mapping else { throw fail("\(what) must be a mapping") }
    var result: [String: LexiconNode] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { throw fail("\(what) has a non-text key") }
      guard allowed.contains(name) else {
        throw LexiconNode(node: key, file: file).fail(
          "unknown key \"\(name)\" in \(what) (expected one of: \(allowed.sorted().joined(separator: ", ")))")
      }
      result[name] = LexiconNode(node: value, file: file)
    }
    return result
  }

  func sequence(what: String) throws(LexiconError) -> [LexiconNode] {
    guard let sequence = node.sequence else { throw fail("\(what) must be a list") }
    return sequence.map { LexiconNode(node: $0, file: file) }
  }

  func text(what: String) throws(LexiconError) -> String {
    guard let scalar = node.scalar, !scalar.string.isEmpty else { throw fail("\(what) must be non-empty text") }
    return scalar.string
  }

  func texts(what: String) throws(LexiconError) -> [String] {
    var result: [String] = []
    for item in try sequence(what: what) { result.append(try item.text(what: "each of \(what)")) }
    return result
  }

  func year(what: String) throws(LexiconError) -> Int {
    guard let value = node.scalar.flatMap({ Int($0.string) }), HistoricalDate.isValid(year: value) else {
      let found = node.scalar.map { " (found \($0.string.debugDescription))" } ?? ""
      let years = HistoricalDate.validYears
      throw fail(
        "\(what) must be a year from \(years.lowerBound) to \(years.upperBound) other than 0 (-44 is 44 BC), "
          + "such as 1922\(found)")
    }
    return value
  }

  /// An id of lowercase letters, digits and hyphens.
  func identifier(what: String) throws(LexiconError) -> String {
    let value = try text(what: what)
    let valid = value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    guard valid else { throw fail("\(what) \"\(value)\" must contain only a-z, 0-9 and -") }
    return value
  }
}

extension Dictionary where Key == String, Value == LexiconNode {
  func required(_ key: String, in owner: LexiconNode, what: String) throws(LexiconError) -> LexiconNode {
    guard let value = self[key] else { throw owner.fail("\(what) needs a \"\(key)\"") }
    return value
  }
}
