/// The relations JSONL export read by `score.py` and other tools.
///
/// One line per relation and document, with exactly the fields
/// `doc, rel, source, target, office, from, to, evidence, confidence`, in that
/// order. `evidence` is the first sentence from that document; `from`/`to` are
/// years or null; ids are bare strings. A relation with no evidence gets one
/// line with `"doc": null`.
public enum RelationsJSONL {
  /// Encodes every relation of the graph, in graph order.
  ///
  /// - Complexity: O(total evidence).
  public static func encode(_ graph: PatronageGraph) -> String {
    var output = ""
    for relation in graph.relations {
      var firstByDocument: [(String?, Evidence?)] = []
      var seen = Set<String>()
      for item in relation.evidence where seen.insert(item.document).inserted {
        firstByDocument.append((item.document, item))
      }
      if firstByDocument.isEmpty { firstByDocument = [(nil, nil)] }
      for (document, evidence) in firstByDocument {
        output += line(relation, document: document, evidence: evidence)
      }
    }
    return output
  }

  private static func line(_ relation: Relation, document: String?, evidence: Evidence?) -> String {
    let fields: [(String, String)] = [
      ("doc", JSONText.quoted(document)),
      ("rel", JSONText.quoted(relation.kind.rawValue)),
      ("source", JSONText.quoted(relation.source?.id)),
      ("target", JSONText.quoted(relation.target.rawValue)),
      ("office", JSONText.quoted(relation.office?.rawValue)),
      ("from", relation.span.map { String($0.start.year) } ?? "null"),
      ("to", relation.span.map { String($0.end.year) } ?? "null"),
      ("evidence", JSONText.quoted(evidence?.sentence)),
      ("confidence", JSONText.number(relation.confidence)),
    ]
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n"
  }
}

/// Minimal JSON text helpers for hand-ordered output.
public enum JSONText {
  /// A JSON string literal (or `null`), escaping quotes, backslashes, control characters and
  /// U+2028/U+2029 (which JavaScript forbids in string literals); everything else is written as UTF-8.
  public static func quoted(_ text: String?) -> String {
    guard let text else { return "null" }
    let plain = text.utf8.allSatisfy {
      $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0xE2
    }
    if plain { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A number rounded to 4 decimals, without trailing zeros (`0.85`, `1`).
  public static func number(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded()
    let whole = Int(scaled) / 10_000
    var fraction = String(abs(Int(scaled) % 10_000))
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
