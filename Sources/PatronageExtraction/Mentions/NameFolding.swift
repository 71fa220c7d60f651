/// Folds transliteration variants of Russian names to one key, so "Trotskii", "Trotski" and "Trotsky" agree.
///
/// Lowercases, strips diacritics, soft signs and apostrophes, folds zh/j, ts/c/tz, ya/ia, yu/iu, kh/h, doubled
/// letters, and the adjective endings -sky/-skii/-ski/-skiy/-skij to one form.
/// Abbreviations are not transliterated names and are only lowercased: folding would merge "TsKK" (the Central
/// Control Commission) with "TsK" (the Central Committee), and "CCC" with "CC".
/// - Complexity: O(n) in the name's length.
/// ASCII names (nearly all words) take a byte path with the same result as the general one.
public enum NameFolding {
  public static func fold(_ name: String) -> String {
    if isAbbreviation(name) { return name.lowercased() }
    return name.utf8.allSatisfy { $0 < 0x80 } ? foldASCII(name) : foldAny(name)
  }

  /// Whether a word is an abbreviation: ASCII letters with two or more capitals, and either a lowercase letter
  /// among them ("TsKK", "VSNKh") or at most four letters ("CCC", "OGPU"). Longer all-capital words are names set
  /// in capitals ("TROTSKII"), which fold as usual.
  static func isAbbreviation(_ name: String) -> Bool {
    var capitals = 0
    var lowercase = false
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"): lowercase = true
      default: return false
      }
    }
    return capitals >= 2 && (lowercase || name.utf8.count <= 4)
  }

  /// The general fold, by `Character`s and Foundation string operations.
  static func foldAny(_ name: String) -> String {
    var letters: [Character] = []
    for character in name.lowercased() {
      guard let base = baseLetter(character) else { continue }
      letters.append(base)
    }
    var text = String(letters)
    for (from, to) in replacements { text = text.replacingAll(from, with: to) }
    for ending in endings where text.hasSuffix(ending) {
      text = String(text.dropLast(ending.count)) + "sk"
      break
    }
    for ending in shortEndings where text.count > 5 && text.hasSuffix(ending) {
      text = String(text.dropLast(ending.count)) + "y"
      break
    }
    var collapsed: [Character] = []
    for character in text where collapsed.last != character { collapsed.append(character) }
    return String(collapsed)
  }

  /// The fold of an ASCII name, on bytes: the steps of `foldAny`, where the letters are a-z.
  static func foldASCII(_ name: String) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(name.utf8.count)
    for byte in name.utf8 {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if lower >= 0x61 && lower <= 0x7A { text.append(lower) }
    }
    for (from, to) in asciiReplacements { replaceAll(from, with: to, in: &text) }
    for ending in asciiEndings where text.count >= ending.count && text.suffix(ending.count).elementsEqual(ending) {
      text.removeLast(ending.count)
      text += Array("sk".utf8)
      break
    }
    for ending in asciiShortEndings
    where text.count > 5 && text.count >= ending.count && text.suffix(ending.count).elementsEqual(ending) {
      text.removeLast(ending.count)
      text.append(UInt8(ascii: "y"))
      break
    }
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(text.count)
    for byte in text where collapsed.last != byte { collapsed.append(byte) }
    return String(decoding: collapsed, as: UTF8.self)
  }

  /// Replaces the non-overlapping occurrences of `target`, left to right (as `components(separatedBy:)` finds them).
  private static func replaceAll(_ target: [UInt8], with replacement: [UInt8], in text: inout [UInt8]) {
    guard text.count >= target.count else { return }
    var result: [UInt8] = []
    var index = 0
    var replaced = false
    while index < text.count {
      if index + target.count <= text.count, text[index..<index + target.count].elementsEqual(target) {
        result += replacement
        index += target.count
        replaced = true
      } else {
        result.append(text[index])
        index += 1
      }
    }
    if replaced { text = result }
  }

  private static let asciiReplacements = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }
  private static let asciiEndings = endings.map { Array($0.utf8) }
  private static let asciiShortEndings = shortEndings.map { Array($0.utf8) }
  /// Adjective endings that fold to "sk", tried in order.
  private static let endings = ["skiy", "skij", "skii", "skyi", "ski", "sky"]
  /// Endings that fold to "y" in names longer than five letters, tried in order.
  private static let shortEndings = ["iy", "ij", "ii", "yi"]

  private static let replacements: [(String, String)] = [
    ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("tz", "ts"),
    ("kh", "h"), ("ya", "ia"), ("ja", "ia"), ("yu", "iu"), ("ju", "iu"), ("ye", "ie"), ("yo", "io"),
    ("w", "v"), ("x", "ks"), ("ph", "f"), ("ck", "k"),
  ]

  private static func baseLetter(_ character: Character) -> Character? {
    guard character.isLetter else { return nil }
    let decomposed = String(character).decomposedStringWithCanonicalMapping
    return decomposed.unicodeScalars.first.map { Character($0) }.flatMap { $0.isLetter ? $0 : nil }
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    guard contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }
}

/// Optimal-string-alignment edit distance (Levenshtein with transpositions; Damerau 1964), stopping early.
///
/// - Complexity: O(n·m) time, O(m) space.
public enum EditDistance {
  public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    distance(Array(a.utf8), Array(b.utf8), limit: limit)
  }

  /// The distance between UTF-8 byte strings (three rows reused, so no allocation per row).
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    guard !a.isEmpty else { return b.count }
    var previous2 = Array(repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var best = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        best = min(best, value)
      }
      if best > limit { return limit + 1 }
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
