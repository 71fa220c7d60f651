/// Escaping for XML 1.0 text and attribute values (GraphML, GEXF).
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become
/// character references (`&#9;`, `&#10;`, `&#13;`), so that neither attribute-value
/// normalisation nor line-end handling turns them into spaces or line feeds. The
/// characters XML 1.0 forbids even as references (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F, U+FFFE, U+FFFF) are replaced by U+FFFD REPLACEMENT CHARACTER.
/// Everything else, non-ASCII included, is written as UTF-8. (U+FFFE and U+FFFF are the
/// only forbidden characters outside ASCII; both start with the UTF-8 byte 0xEF, so text
/// without special ASCII bytes and without 0xEF is returned as it is.)
public enum XMLText {
  /// `text` escaped for use between tags or inside a double-quoted attribute.
  public static func escaped(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
        && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != 0xEF
    }
    if plain { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return result
  }

  /// Whether XML 1.0 allows `scalar` in a document (the `Char` production).
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `name="value"` with the value escaped.
  static func attribute(_ name: String, _ value: String) -> String {
    " \(name)=\"\(escaped(value))\""
  }
}

/// A document built line by line into one string (no array of lines held in memory).
struct XMLLines {
  /// The lines so far, each ended by a line feed.
  private(set) var text = ""

  init(lines: [String]) { self += lines }

  mutating func append(_ line: String) {
    text += line
    text += "\n"
  }

  static func += (document: inout XMLLines, lines: [String]) {
    for line in lines { document.append(line) }
  }
}
