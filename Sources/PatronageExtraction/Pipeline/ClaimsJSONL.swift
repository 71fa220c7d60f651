import PatronageCore

/// Relations JSONL with one line per relation, document and distinct stated time span.
///
/// The core's `RelationsJSONL` writes one line per relation and document with the merged span; a relation
/// stated for 1922 in one paragraph and for 1925 in another is two claims a reader (and the scorer) wants
/// apart, so this export splits a relation's evidence of one document by span. Fields and order are the
/// core's: doc, rel, source, target, office, from, to, evidence, confidence.
public enum ClaimsJSONL {
  /// - Complexity: O(total evidence · log evidence).
  public static func encode(_ graph: PatronageGraph) -> String {
    var output = ""
    for relation in graph.relations {
      var groups: [String: [Evidence]] = [:]
      var order: [String] = []
      for item in relation.evidence {
        let key = item.document + "\u{0}" + (item.span?.description ?? "")
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(item)
      }
      for key in order.sorted() {
        guard let items = groups[key], let first = items.first else { continue }
        let confidence = items.dropFirst().reduce(first.confidence) { 1 - (1 - $0) * (1 - $1.confidence) }
        output += line(relation, evidence: first, confidence: confidence)
      }
      if relation.evidence.isEmpty { output += line(relation, evidence: nil, confidence: relation.confidence) }
    }
    return output
  }

  private static func line(_ relation: Relation, evidence: Evidence?, confidence: Double) -> String {
    let span = evidence?.span ?? (evidence == nil ? relation.span : nil)
    let fields: [(String, String)] = [
      ("doc", JSONText.quoted(evidence?.document)),
      ("rel", JSONText.quoted(relation.kind.rawValue)),
      ("source", JSONText.quoted(relation.source?.id)),
      ("target", JSONText.quoted(relation.target.rawValue)),
      ("office", JSONText.quoted(relation.office?.rawValue)),
      ("from", span.map { String($0.start.year) } ?? "null"),
      ("to", span.map { String($0.end.year) } ?? "null"),
      ("evidence", JSONText.quoted(evidence?.sentence)),
      ("confidence", JSONText.number((confidence * 1000).rounded() / 1000)),
    ]
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n"
  }
}
