import PatronageCore

/// The look of diagrams: colours, shapes and line styles, in one place.
enum DiagramStyle {
  static let font = "Helvetica"
  static let ink = "#1F2937"
  static let personFill = "#FDF6E3"
  static let personLine = "#5B4636"
  static let officeFill = "#E6EDF5"
  static let officeLine = "#36506B"
  static let highlightLine = "#9B1B1B"
  static let faded = "#C9CDD2"
  static let fadedText = "#9AA0A6"
  static let fadedFill = "#FAFAFA"
  static let baseFontSize = 12.0

  /// The `node [...]` defaults: the look of a person; offices override shape and colours.
  static let personDefaults: DOTAttributes = [
    "fontname": font, "penwidth": "1.2", "shape": "ellipse", "style": "filled", "fillcolor": personFill,
    "color": personLine, "fontcolor": ink, "fontsize": DOTText.number(baseFontSize), "margin": "0.08,0.04",
  ]

  /// Colour, dash style and arrow of each tie.
  static func attributes(of tie: DiagramTie) -> DOTAttributes {
    switch tie {
    case .appointed: ["color": ink, "penwidth": "1.4", "arrowhead": "normal", "style": "solid"]
    case .holds: ["color": "#6B7F95", "penwidth": "1", "arrowhead": "normal", "style": "solid", "arrowsize": "0.6"]
    case .allied: ["color": "#1A9641", "penwidth": "1.8", "dir": "none", "style": "solid", "constraint": "false"]
    case .opposed: ["color": "#D7191C", "penwidth": "1.5", "dir": "none", "style": "dashed", "constraint": "false"]
    case .expelled: ["color": "#6A3D9A", "penwidth": "1.6", "arrowhead": "tee", "arrowsize": "1.2", "style": "dotted"]
    case .removedFrom:
      ["color": "#9E7BB5", "penwidth": "1.3", "arrowhead": "tee", "arrowsize": "1.2", "style": "dotted"]
    }
  }

  /// What a tie reads as in a tooltip.
  static func verb(of tie: DiagramTie) -> String {
    switch tie {
    case .appointed: "appointed"
    case .holds: "holds"
    case .allied: "allied with"
    case .opposed: "opposed to"
    case .expelled: "removed"
    case .removedFrom: "removed from"
    }
  }

  /// Adjusts an edge for how it changed: new edges heavier, gone edges faded and dashed (dotted ones stay dotted).
  static func apply(_ status: EdgeStatus, to attributes: inout DOTAttributes) {
    switch status {
    case .new:
      let width = Double(attributes["penwidth"] ?? "1") ?? 1
      attributes["penwidth"] = DOTText.number(width * 2)
    case .persisting: break
    case .gone:
      attributes["color"] = faded
      attributes["penwidth"] = "1"
      if attributes["style"] != "dotted" { attributes["style"] = "dashed" }
    }
  }

  /// Colour of the outline of nodes new this year.
  static let newLine = "#2166AC"
  /// Outline of nodes gone since last year.
  static let goneLine = "#6B7280"

  /// Adjusts a node for how it changed: new nodes get a blue double outline (a highlighted node keeps
  /// its colour), gone nodes a darker dashed outline over the faded look.
  static func apply(_ status: EdgeStatus, toNode attributes: inout DOTAttributes, highlighted: Bool) {
    switch status {
    case .new:
      attributes["peripheries"] = "2"
      if !highlighted { attributes["color"] = newLine }
    case .persisting: break
    case .gone:
      attributes["color"] = goneLine
      attributes["penwidth"] = "1.5"
    }
  }

  /// Shape and colours of an office node by kind.
  static func attributes(of kind: OfficeKind?) -> DOTAttributes {
    var attributes: DOTAttributes = [
      "shape": "box", "fillcolor": officeFill, "color": officeLine, "margin": "0.12,0.06",
    ]
    switch kind {
    case .body?: attributes["style"] = "filled,rounded"
    case .party?:
      attributes["style"] = "filled"
      attributes["peripheries"] = "2"
    case .post?, nil: attributes["style"] = "filled"
    }
    return attributes
  }

  /// Greys a node out (it takes no part in this year's ties).
  static func fade(_ attributes: inout DOTAttributes) {
    attributes["color"] = faded
    attributes["fontcolor"] = fadedText
    attributes["fillcolor"] = fadedFill
    attributes["style"] = (attributes["style"] ?? "filled") + ",dashed"
  }
}
