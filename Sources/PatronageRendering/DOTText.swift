/// Escaping for the two kinds of DOT string this package writes.
///
/// Every id and ordinary value is written as a double-quoted string, so DOT keywords
/// (`node`, `edge`, `graph`, `subgraph`, `strict`), punctuation-only names and non-ASCII
/// text all stay plain ids. Labels are HTML-like strings, whose escaping is XML's.
public enum DOTText {
  /// A double-quoted DOT string.
  ///
  /// `"` becomes `\"` and `\` becomes `\\`; cgraph keeps `\\` as is, and in labels and
  /// tooltips Graphviz reads it back as one backslash. A line break becomes `\n` (a
  /// centred line break in labels); other control characters become spaces.
  /// - Complexity: O(n) in the length of `text`.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      if (0x20..<0x7F).contains(scalar.value) && scalar != "\"" && scalar != "\\" {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": continue
      case _ where scalar.properties.generalCategory == .control: result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// The value cgraph stores for ``quoted(_:)`` of `text` (the text between the quotes,
  /// with `\"` read as `"`), which is what `agget` returns and SVG titles show.
  public static func parsedValue(ofQuoted text: String) -> String {
    String(quoted(text).dropFirst().dropLast()).replacing("\\\"", with: "\"")
  }

  /// Text for a tooltip (or other plain-text attribute that Graphviz copies into SVG):
  /// `&` becomes `&amp;`, because Graphviz passes anything that looks like an XML entity
  /// through unescaped. Pass the result to ``quoted(_:)``.
  public static func tooltip(_ text: String) -> String {
    guard text.unicodeScalars.contains("&") else { return text }
    return text.split(separator: "&", omittingEmptySubsequences: false).joined(separator: "&amp;")
  }

  /// Text for inside an HTML-like label: `&`, `<`, `>`, `"` and `'` become entities,
  /// line breaks become `<br/>`, other control characters are dropped.
  /// - Complexity: O(n) in the length of `text`.
  public static func html(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if (0x20..<0x7F).contains(scalar.value) && !"&<>\"'".unicodeScalars.contains(scalar) {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n": result += "<br/>"
      case _ where scalar.properties.generalCategory == .control: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A number for a DOT attribute: at most two decimals, no trailing zeros, no `-0`.
  public static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    if fraction == 0 { return "\(sign)\(whole)" }
    let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    return "\(sign)\(whole).\(digits)"
  }
}
