import Foundation

extension DocumentReader {
  /// Files larger than this many bytes (32 MiB) are read in parts of at most this size; see ``Chunks``.
  public static let defaultChunkBytes = 32 << 20

  /// Reads one document in parts of bounded size, so that a file of any size is read in bounded memory.
  ///
  /// A file no larger than `chunkBytes` is a single part, read and normalised exactly as
  /// ``DocumentReader/read(path:name:)`` does. A larger file is read incrementally and cut into parts of at most
  /// `chunkBytes` bytes: each part ends after the last blank line it holds (a paragraph boundary); failing that,
  /// after its last sentence end (`.`, `?` or `!` before a space or line break); failing that, after its last line
  /// break; failing that, before its last UTF-8 character if the window ends inside it. A part never splits a
  /// character. Each part is normalised on its own (``TextNormalizer``) as a document named like the file, and
  /// ``Part/byteBase`` is where it starts in the file, to be added to its offsets.
  ///
  /// Errors are those of the whole file, with offsets into the whole file: a UTF-16 byte-order mark, else the
  /// first NUL byte if the file is not valid UTF-8 and holds one anywhere (binary), else the first invalid UTF-8
  /// byte; a file all of whose parts are empty is empty. Parts read before an error are already returned, so a
  /// caller must drop what it made of them when ``next()`` throws.
  ///
  /// - Complexity: O(n) time for a file of n bytes; O(`chunkBytes`) memory.
  public struct Chunks {
    /// One part of a document.
    public struct Part: Sendable {
      /// The part, normalised; its offsets are relative to ``byteBase``.
      public let document: SourceDocument
      /// The UTF-8 byte offset in the file where the part starts.
      public let byteBase: Int
    }

    /// The display name used in errors and as the parts' document name.
    public let name: String
    /// Whether the file is larger than the part size (and so read in several parts).
    public let isChunked: Bool
    private let path: String
    private let chunkBytes: Int
    private var file: OpenFile?
    private var pending: [UInt8] = []
    private var offset = 0
    private var atEnd = false
    private var sawText = false

    /// Opens the file at `path`; `name` is its display name.
    ///
    /// - Parameter chunkBytes: the largest part, in bytes (at least 4, so that a part holds a whole character).
    public init(path: String, name: String, chunkBytes: Int = defaultChunkBytes) throws(DocumentError) {
      self.name = name
      self.path = path
      self.chunkBytes = Swift.max(chunkBytes, 4)
      let file = try OpenFile(path: path, name: name)
      isChunked = file.size > self.chunkBytes
      self.file = isChunked ? file : nil
    }

    /// The next part, or nil after the last one.
    public mutating func next() throws(DocumentError) -> Part? {
      guard isChunked else {
        guard !atEnd else { return nil }
        atEnd = true
        return Part(document: try DocumentReader.read(path: path, name: name), byteBase: 0)
      }
      while true {
        try fill()
        guard !pending.isEmpty else {
          file = nil
          if !sawText { throw .empty(path: name) }
          return nil
        }
        let cut = atEnd ? pending.count : Self.cut(pending)
        let bytes = Array(pending[..<cut])
        pending.removeFirst(cut)
        let base = offset
        offset += cut
        try check(bytes, base: base)
        do throws(DocumentError) {
          let document = try TextNormalizer.normalize(bytes, name: name)
          sawText = true
          return Part(document: document, byteBase: base)
        } catch .empty {
          continue
        }
      }
    }

    /// Where a full window of bytes ends its part: after the last blank line, else the last sentence end, else
    /// the last line break, else before a character the window cuts off (else at its end).
    ///
    /// - Complexity: O(n).
    static func cut(_ bytes: [UInt8]) -> Int {
      let newline = UInt8(ascii: "\n")
      var laterNewline: Int?
      for index in bytes.indices.reversed() {
        switch bytes[index] {
        case newline:
          if let later = laterNewline { return later + 1 }
          laterNewline = index
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
        default: laterNewline = nil
        }
      }
      let enders: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")]
      for index in bytes.indices.dropLast().reversed()
      where enders.contains(bytes[index]) && (bytes[index + 1] == 0x20 || bytes[index + 1] == newline) {
        return index + 2
      }
      if let last = bytes.lastIndex(of: newline) { return last + 1 }
      for back in 1...Swift.min(3, bytes.count) {
        let byte = bytes[bytes.count - back]
        guard byte & 0xC0 == 0x80 else {
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
          return length > back ? bytes.count - back : bytes.count
        }
      }
      return bytes.count
    }

    /// Reads until a window is full or the file ends.
    private mutating func fill() throws(DocumentError) {
      guard let file, !atEnd else { return }
      while pending.count < chunkBytes {
        let got = try file.read(upTo: chunkBytes - pending.count, into: &pending)
        if got == 0 {
          atEnd = true
          return
        }
      }
    }

    /// Throws the whole file's error if the part at `base` is not UTF-8 text.
    private mutating func check(_ bytes: [UInt8], base: Int) throws(DocumentError) {
      if base == 0, bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
        throw .utf16(path: name)
      }
      guard let bad = TextNormalizer.firstInvalidUTF8(bytes) else { return }
      // Earlier parts were valid, so they held no NUL: the first one is in this part or later.
      if let nul = bytes.firstIndex(of: 0) { throw .binary(path: name, offset: base + nul) }
      if let nul = pending.firstIndex(of: 0) { throw .binary(path: name, offset: offset + nul) }
      var scanned = offset + pending.count
      while let file, !atEnd {
        pending.removeAll(keepingCapacity: true)
        guard try file.read(upTo: 1 << 20, into: &pending) > 0 else { break }
        if let nul = pending.firstIndex(of: 0) { throw .binary(path: name, offset: scanned + nul) }
        scanned += pending.count
      }
      throw .invalidUTF8(path: name, offset: base + bad)
    }
  }
}

/// An open file descriptor, closed when the last reference goes.
private final class OpenFile {
  let descriptor: Int32
  let size: Int
  let name: String

  init(path: String, name: String) throws(DocumentError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: name) }
    guard !isFolder.boolValue else { throw .unreadable(path: name, reason: "it is a folder") }
    descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path: name, reason: String(cString: strerror(errno))) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw .unreadable(path: name, reason: reason)
    }
    size = Swift.max(Int(info.st_size), 0)
    self.name = name
  }

  deinit { close(descriptor) }

  /// Appends up to `count` bytes to `bytes`; returns how many (0 at the end of the file).
  func read(upTo count: Int, into bytes: inout [UInt8]) throws(DocumentError) -> Int {
    let start = bytes.count
    var got = 0
    var failure: Int32 = 0
    bytes.append(contentsOf: repeatElement(0, count: count))
    bytes.withUnsafeMutableBytes { buffer in
      while true {
        got = systemRead(descriptor, buffer.baseAddress.map { $0 + start }, count)
        if got < 0, errno == EINTR { continue }
        if got < 0 { failure = errno }
        return
      }
    }
    bytes.removeLast(count - Swift.max(got, 0))
    guard failure == 0 else { throw .unreadable(path: name, reason: String(cString: strerror(failure))) }
    return got
  }
}
