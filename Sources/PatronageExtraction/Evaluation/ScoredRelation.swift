import Foundation
import PatronageCore

/// One relation line as the scorer compares it (gold or predicted): ids as plain lowercase strings.
public struct ScoredRelation: Hashable, Sendable {
  public var document: String
  public var kind: RelationKind
  public var source: String?
  public var target: String
  public var office: String?
  public var from: Int?
  public var to: Int?

  public init(
    document: String, kind: RelationKind, source: String?, target: String, office: String?, from: Int?, to: Int?
  ) {
    self.document = Self.baseName(document)
    self.kind = kind
    self.source = source.map(Self.normalised)
    self.target = Self.normalised(target)
    self.office = office.map(Self.normalised)
    self.from = from
    self.to = to ?? from
  }

  /// Ids are compared lowercased with spaces and underscores as hyphens; documents by file name only.
  /// (Simpler than score.py, which also folds transliterations and maps surface names to ids.)
  static func normalised(_ id: String) -> String {
    id.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
      .replacingOccurrences(of: "_", with: "-")
  }

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The predicted lines of a graph: one per relation, document and stated span (as `ClaimsJSONL`).
  public static func lines(of graph: PatronageGraph) -> [ScoredRelation] {
    var result: [ScoredRelation] = []
    for relation in graph.relations {
      var seen = Set<String>()
      for item in relation.evidence where seen.insert(item.document + "|" + (item.span?.description ?? "")).inserted {
        result.append(
          ScoredRelation(
            document: item.document, kind: relation.kind, source: relation.source?.id, target: relation.target.rawValue,
            office: relation.office?.rawValue, from: item.span?.start.year, to: item.span?.end.year))
      }
    }
    return result
  }
}

/// Why a gold file could not be read.
public enum GoldFileError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case badLine(file: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read the gold file: \(reason)"
    case .badLine(let file, let line, let message): "\(file):\(line): \(message)"
    }
  }
}

extension ScoredRelation {
  /// Reads gold JSONL (fields doc, rel, source, target, office, from, to); lines with a null target are skipped.
  public static func gold(contentsOfFile path: String) throws(GoldFileError) -> [ScoredRelation] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(file: path, reason: "missing or not UTF-8")
    }
    var result: [ScoredRelation] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      let fail = { (message: String) in GoldFileError.badLine(file: path, line: index + 1, message: message) }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw fail("not a JSON object")
      }
      guard let rel = object["rel"] as? String, let kind = RelationKind(rawValue: rel) else {
        throw fail("\"rel\" must be appointed, allied, opposed or expelled")
      }
      guard let document = object["doc"] as? String else { throw fail("\"doc\" is missing") }
      guard let target = object["target"] as? String else { continue }
      result.append(
        ScoredRelation(
          document: document, kind: kind, source: object["source"] as? String, target: target,
          office: object["office"] as? String, from: object["from"] as? Int, to: object["to"] as? Int))
    }
    return result
  }
}
