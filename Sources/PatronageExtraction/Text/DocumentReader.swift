import Foundation

/// Reads plain-text (UTF-8) and Markdown documents from disk, one at a time.
public enum DocumentReader {
  /// File extensions read when walking a folder (compared case-insensitively).
  public static let extensions: Set<String> = ["txt", "md", "markdown", "text"]

  /// Reads and normalises the file at `path`; `name` is the display name used in evidence and errors.
  public static func read(path: String, name: String) throws(DocumentError) -> SourceDocument {
    try TextNormalizer.normalize(bytes(path: path, name: name), name: name)
  }

  /// The raw bytes of a file.
  public static func bytes(path: String, name: String) throws(DocumentError) -> [UInt8] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: name) }
    guard !isFolder.boolValue else { throw .unreadable(path: name, reason: "it is a folder") }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path: name, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: name, reason: String(cString: strerror(errno))) }
    let size = Swift.max(Int(info.st_size), 0)
    var failure: Int32 = 0
    // Read straight into the array's storage, then any bytes beyond what stat reported.
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        let got = systemRead(descriptor, base + count, size - count)
        if got < 0, errno == EINTR { continue }
        if got < 0 { failure = errno }
        if got <= 0 { break }
        count += got
      }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while failure == 0 {
      let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { failure = errno }
      if got <= 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
    }
    guard failure == 0 else { throw .unreadable(path: name, reason: String(cString: strerror(failure))) }
    return bytes
  }

  /// The documents named by `paths`: files as given (any extension), folders walked recursively for
  /// `.txt`, `.md`, `.markdown` and `.text` files (hidden files and folders skipped).
  ///
  /// A file given directly is named by its file name; a file found in a folder by its path relative to that
  /// folder (so `texts/` and `texts/a.txt` both name `a.txt` as `a.txt`). Each argument's documents are
  /// sorted by name (byte order), arguments keep their order, and a file reached twice is listed once, so the
  /// result is deterministic.
  public static func documents(in paths: [String]) throws(DocumentError) -> [(path: String, name: String)] {
    var result: [(path: String, name: String)] = []
    var seen: Set<String> = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: path) }
      var found: [(path: String, name: String)] = []
      if isFolder.boolValue {
        found = try files(inFolder: path)
      } else {
        found = [(path, URL(fileURLWithPath: path).lastPathComponent)]
      }
      for file in found {
        let key = URL(fileURLWithPath: file.path).standardizedFileURL.path
        if seen.insert(key).inserted { result.append(file) }
      }
    }
    return result
  }

  private static func files(inFolder folder: String) throws(DocumentError) -> [(path: String, name: String)] {
    let root = URL(fileURLWithPath: folder, isDirectory: true)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw .unreadable(path: folder, reason: "cannot list the folder") }
    let rootPath = root.standardizedFileURL.path
    var found: [(path: String, name: String)] = []
    for case let url as URL in walker {
      guard extensions.contains(url.pathExtension.lowercased()),
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      else { continue }
      let path = url.standardizedFileURL.path
      var name = path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : url.lastPathComponent
      if name.isEmpty { name = url.lastPathComponent }
      found.append((path, name))
    }
    return found.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
  }
}

/// `read(2)`, named apart from ``DocumentReader/read(path:name:)``.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
