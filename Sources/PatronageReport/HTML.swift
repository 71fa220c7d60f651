import Foundation

/// The one escaping helper of the report: text and attribute values for HTML and SVG, and JSON
/// embedded in a `<script type="application/json">` element.
///
/// Names come from the sources and can hold anything (`<script>`, quotes, ampersands, line breaks);
/// every string the report writes into markup goes through here, so it shows literally.
public enum HTML {
  /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as element text and as a quoted
  /// attribute value (HTML and XML alike). Line breaks in attribute values become `&#10;`; other
  /// control characters (not tab or line break) are dropped, since XML forbids them.
  /// - Complexity: O(n) in the length of `text`.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n": result += "&#10;"
      case "\t": result += " "
      case "\r": continue
      case _ where scalar.properties.generalCategory == .control: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// JSON made safe to sit inside `<script type="application/json">`: `</` becomes `<\/` (a JSON
  /// escape of `/`) and `<!--` becomes `<\u0021--`, so no text in the data can end the element or
  /// open a comment. `<` only occurs inside JSON strings, where both spellings mean the same.
  public static func scriptJSON(_ json: String) -> String {
    json.replacing("</", with: "<\\/").replacing("<!--", with: "<\\u0021--")
  }

  /// Encodes a value as JSON with sorted keys, ready for ``scriptJSON(_:)``.
  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(value) else { preconditionFailure("report data encoding failed") }
    return String(decoding: data, as: UTF8.self)
  }

  /// A number for a table cell: at most `digits` decimals, trailing zeros dropped.
  static func number(_ value: Double, digits: Int = 3) -> String {
    let text = String(format: "%.\(digits)f", value)
    guard text.contains(".") else { return text }
    var trimmed = Substring(text)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }
}
