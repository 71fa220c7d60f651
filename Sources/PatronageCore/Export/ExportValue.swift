/// One typed attribute value of an exported node or edge.
public enum ExportValue: Hashable, Sendable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)

  /// The value as text: strings as they are, numbers in Swift's shortest round-trip
  /// form (`0.85`, `1.0`), booleans as `true` / `false`.
  public var text: String {
    switch self {
    case .string(let value): value
    case .int(let value): String(value)
    case .double(let value): value.description
    case .bool(let value): value ? "true" : "false"
    }
  }
}

/// The type of an exported attribute; each file format spells it its own way.
public enum ExportValueType: String, Hashable, Sendable {
  case string, int, double, bool

  /// The GraphML `attr.type`.
  var graphML: String {
    switch self {
    case .string: "string"
    case .int: "int"
    case .double: "double"
    case .bool: "boolean"
    }
  }

  /// The GEXF attribute `type`.
  var gexf: String {
    switch self {
    case .string: "string"
    case .int: "integer"
    case .double: "double"
    case .bool: "boolean"
    }
  }

  /// The `neo4j-admin import` header suffix (`:int`), empty for strings.
  var neo4jSuffix: String {
    switch self {
    case .string: ""
    case .int: ":int"
    case .double: ":double"
    case .bool: ":boolean"
    }
  }
}

/// A named, typed column of the node or edge table, shared by every export format
/// so that all of them carry the same attributes under the same names.
public struct ExportAttribute<Row>: Sendable {
  /// The attribute's name in every format (GraphML `attr.name`, GEXF `title`, CSV header, JSON key).
  public let name: String
  /// Its type.
  public let type: ExportValueType
  /// The row's value; nil when the row has none (written as an absent key or an empty CSV cell).
  public let value: @Sendable (Row) -> ExportValue?
}

extension ExportAttribute {
  /// The value to write for `row`: nil when it has none or it is an empty string, which
  /// every format writes as an absent value.
  func present(in row: Row) -> ExportValue? {
    guard let value = value(row), value != .string("") else { return nil }
    return value
  }
}
