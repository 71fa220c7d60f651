/// Why a document could not be read. Every case names the file, so a caller can report it and go on.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path does not exist.
  case notFound(path: String)
  /// The file exists but could not be read (permissions, a directory where a file was expected, I/O error).
  case unreadable(path: String, reason: String)
  /// The file holds a NUL byte at `offset`: it is binary, not text.
  case binary(path: String, offset: Int)
  /// The bytes are not valid UTF-8; `offset` is the byte offset of the first bad byte.
  case invalidUTF8(path: String, offset: Int)
  /// The file starts with a UTF-16 byte-order mark; only UTF-8 is read.
  case utf16(path: String)
  /// The file is empty or holds only whitespace.
  case empty(path: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .notFound(let path), .unreadable(let path, _), .binary(let path, _), .invalidUTF8(let path, _),
      .utf16(let path), .empty(let path):
      path
    }
  }

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file or folder"
    case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
    case .binary(let path, let offset):
      "\(path): looks binary (NUL byte at byte offset \(offset)); give plain text or Markdown files"
    case .invalidUTF8(let path, let offset):
      "\(path): invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -t UTF-8)"
    case .utf16(let path):
      "\(path): is UTF-16 encoded; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 FILE > OUT)"
    case .empty(let path): "\(path): is empty (no text to read)"
    }
  }
}
