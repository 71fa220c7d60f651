import CGraphviz
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// In-process Graphviz (libgvc + libcgraph): parse, lay out and render DOT text.
///
/// **Thread safety.** libcgraph and libgvc are not thread-safe (`man cgraph`: "The
/// library is not thread safe"): the parser, the error channel and the layout engines
/// keep process-wide state. Every call is therefore **serialised** behind one
/// process-wide lock, which also owns the single long-lived `GVC_t` (created on first
/// use, never freed: creating a context per render leaks and reads freed memory in the
/// text-layout plugin on 2.42). Calls from many threads are safe; they just take turns.
///
/// **Errors.** Graphviz's messages are captured with `agseterrf` while the lock is held
/// (nothing is printed to stderr) and `agreseterrors` clears the sticky error state after
/// every call. Warnings are dropped. This is the only file where C return codes become
/// Swift errors.
///
/// **Determinism.** Some of Graphviz's edge routing draws on the C library's `drand48`
/// state, which earlier layouts leave behind; it is reseeded before every layout, so the
/// same DOT gives the same bytes whatever ran before.
public enum Graphviz {
  /// Renders DOT text with a layout engine to an output format.
  ///
  /// - Throws: ``RenderError/syntax(message:)``, ``RenderError/layout(engine:message:)``
  ///   or ``RenderError/render(format:message:)``.
  public static func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(RenderError) -> [UInt8] {
    try render(dot: dot, engineName: engine.rawValue, formatName: format.rawValue)
  }

  /// Parses DOT text without laying it out, reading back every node, edge and attribute.
  public static func parse(dot: String) throws(RenderError) -> ParsedGraph {
    try withGraph(dot: dot) { _, graph throws(RenderError) in ParsedGraph(reading: graph) }
  }

  /// Lays DOT text out and reads the result back: node `pos`, `width`, `height`, graph `bb`.
  public static func layout(dot: String, engine: LayoutEngine) throws(RenderError) -> ParsedGraph {
    try layout(dot: dot, engineName: engine.rawValue)
  }

  /// Like ``render(dot:engine:format:)``, with the engine and format named by their
  /// Graphviz names (`nop2` draws pinned positions without moving them).
  /// PDFs get a fixed creation date (``withFixedCreationDate(_:)``).
  static func render(dot: String, engineName: String, formatName: String) throws(RenderError) -> [UInt8] {
    try render(dot: dot, engineName: engineName, formatNames: [formatName])[0]
  }

  /// One layout rendered to several formats (in the order given), for large drawings wanted in more
  /// than one format.
  static func render(dot: String, engineName: String, formatNames: [String]) throws(RenderError) -> [[UInt8]] {
    try withGraph(dot: dot) { context, graph throws(RenderError) in
      try laidOut(context, graph, engineName) { () throws(RenderError) in
        var results: [[UInt8]] = []
        for format in formatNames {
          let bytes = try data(context, graph, format)
          results.append(format == "pdf" ? withFixedCreationDate(bytes) : bytes)
        }
        return results
      }
    }
  }

  /// Lays out with a named engine and reads the positioned graph back.
  static func layout(dot: String, engineName: String) throws(RenderError) -> ParsedGraph {
    try withGraph(dot: dot) { context, graph throws(RenderError) in
      try laidOut(context, graph, engineName) { () throws(RenderError) in
        _ = try data(context, graph, "dot")  // writes pos, width, height and bb into the graph
        return ParsedGraph(reading: graph)
      }
    }
  }

  // MARK: - The C boundary

  /// The shared context, created on first use under the lock.
  private static let shared = Mutex<OpaquePointer?>(nil)

  /// Parses `dot` under the lock, hands the graph to `body`, and closes it.
  private static func withGraph<T: Sendable>(
    dot: String,
    _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws(RenderError) -> T
  ) throws(RenderError) -> T {
    try shared.withLock { (context: inout OpaquePointer?) throws(RenderError) -> T in
      if context == nil { context = gvContext() }
      guard let context else { throw .contextUnavailable }
      ErrorCapture.messages = ""
      let previous = agseterrf(ErrorCapture.handler)
      defer {
        agseterrf(previous)
        _ = agreseterrors()
        ErrorCapture.messages = ""
      }
      guard let graph = agmemread(dot) else {
        throw .syntax(message: ErrorCapture.messages.isEmpty ? "the text holds no graph" : ErrorCapture.messages)
      }
      defer { agclose(graph) }
      return try body(context, graph)
    }
  }

  /// Runs `body` on the graph laid out by `engine`, then frees the layout.
  private static func laidOut<T>(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ engine: String,
    _ body: () throws(RenderError) -> T
  ) throws(RenderError) -> T {
    srand48(1)
    guard gvLayout(context, graph, engine) == 0 else {
      throw .layout(engine: engine, message: ErrorCapture.messages)
    }
    defer { gvFreeLayout(context, graph) }
    return try body()
  }

  /// Renders the laid-out graph to bytes.
  private static func data(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String
  ) throws(RenderError) -> [UInt8] {
    var buffer: UnsafeMutablePointer<CChar>?
    var length = 0
    let status = cgraphviz_render_data(context, graph, format, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard status == 0, let buffer else { throw .render(format: format, message: ErrorCapture.messages) }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      Array(UnsafeBufferPointer(start: $0, count: length))
    }
  }
}

/// Collects Graphviz's messages during one call. Guarded by `Graphviz.shared`'s lock:
/// the handler is a C function pointer and cannot capture context.
private enum ErrorCapture {
  nonisolated(unsafe) static var messages = ""

  static let handler: agusererrf = { message in
    if let message { ErrorCapture.messages += String(cString: message) }
    return 0
  }
}
