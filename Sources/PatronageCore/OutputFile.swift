import Foundation

#if canImport(Glibc)
  import Glibc

  /// POSIX `write(2)`, named apart from ``OutputFile/write(_:to:)``.
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  /// POSIX `write(2)`, named apart from ``OutputFile/write(_:to:)``.
  private let systemWrite = Darwin.write
#endif

/// Errors writing output, each naming the path and what to do.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be created or written (permissions, full disk, …).
  case unwritable(path: String, reason: String)
  /// A folder was needed but a file is in the way (or the reverse).
  case notADirectory(path: String)
  /// The output folder holds files this tool did not write; pass `--force` to write anyway.
  case directoryNotEmpty(path: String)

  public var description: String {
    switch self {
    case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
    case .notADirectory(let path): "\(path) exists and is not a folder: choose another output path"
    case .directoryNotEmpty(let path):
      "\(path) already holds files patronage did not write: choose an empty folder or pass --force"
    }
  }
}

/// Writes files atomically: to a temporary file beside the target, then renamed.
///
/// A reader never sees half a file, and an interrupted run leaves the previous
/// version in place.
public enum OutputFile {
  /// Writes `data` to `path` atomically, creating missing parent folders.
  ///
  /// A path that names a device or pipe (`/dev/stdout`, `/dev/full`, a FIFO) is written in place, since it cannot
  /// be replaced by renaming; its write errors (such as a full disk) are reported like any other.
  public static func write(_ data: some Collection<UInt8>, to path: String) throws(OutputError) {
    let bytes = Array(data)
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
      let descriptor = open(path, O_WRONLY)
      guard descriptor >= 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
      var failure = writeAll(bytes, to: descriptor, path: path)
      if close(descriptor) != 0, failure == nil { failure = .unwritable(path: path, reason: lastErrorText()) }
      if let failure { throw failure }
      return
    }
    let url = URL(fileURLWithPath: path)
    try createDirectory(url.deletingLastPathComponent().path)
    var template = Array(
      url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX.tmp").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure = writeAll(bytes, to: descriptor, path: path)
    if failure == nil, fsync(descriptor) != 0 { failure = .unwritable(path: path, reason: lastErrorText()) }
    fchmod(descriptor, 0o644)
    if close(descriptor) != 0, failure == nil { failure = .unwritable(path: path, reason: lastErrorText()) }
    if failure == nil, rename(temporary, path) != 0 { failure = .unwritable(path: path, reason: lastErrorText()) }
    if let failure {
      unlink(temporary)
      throw failure
    }
  }

  /// Writes every byte to `descriptor`, retrying interrupted writes; the error names `path`.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> OutputError? {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return .unwritable(path: path, reason: lastErrorText())
        }
        written += result
      }
      return nil
    }
  }

  /// Writes a UTF-8 string atomically.
  public static func write(_ text: String, to path: String) throws(OutputError) {
    try write(Array(text.utf8), to: path)
  }

  /// Creates `path` and its parents if missing; fails if a file is in the way.
  public static func createDirectory(_ path: String) throws(OutputError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notADirectory(path: path) }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      var parent = URL(fileURLWithPath: path)
      while parent.path != "/" {
        parent.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory) {
          if !isDirectory.boolValue { throw .notADirectory(path: parent.path) }
          break
        }
      }
      throw .unwritable(path: path, reason: (error as NSError).localizedDescription)
    }
  }

  private static func lastErrorText() -> String { String(cString: strerror(errno)) }
}
