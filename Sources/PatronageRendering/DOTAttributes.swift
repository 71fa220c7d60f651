/// One attribute value, written either quoted or as an HTML-like string.
enum DOTValue: Hashable, Sendable {
  /// Plain text, written with ``DOTText/quoted(_:)``.
  case text(String)
  /// HTML-like markup (already escaped), written between `<` and `>`.
  case html(String)

  var written: String {
    switch self {
    case .text(let text): DOTText.quoted(text)
    case .html(let markup): "<" + markup + ">"
    }
  }
}

/// The attribute list of a DOT statement, written sorted by key so output is deterministic.
struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  private(set) var values: [String: DOTValue] = [:]

  init(dictionaryLiteral elements: (String, String)...) {
    for (key, value) in elements { values[key] = .text(value) }
  }

  subscript(key: String) -> String? {
    get {
      if case .text(let text)? = values[key] { return text }
      return nil
    }
    set { values[key] = newValue.map(DOTValue.text) }
  }

  mutating func setHTML(_ key: String, _ markup: String) { values[key] = .html(markup) }

  mutating func merge(_ other: DOTAttributes) { values.merge(other.values) { _, new in new } }

  /// `[key="value", …]`, keys sorted; empty when there are no attributes.
  var written: String {
    guard !values.isEmpty else { return "" }
    let items = values.keys.sorted().compactMap { key in values[key].map { "\(key)=\($0.written)" } }
    return " [" + items.joined(separator: ", ") + "]"
  }
}
