/// Folds transliteration variants of Russian names to one key, so "Trotskii", "Trotski" and "Trotsky" agree.
///
/// Lowercases, strips diacritics, soft signs and apostrophes, folds zh/j, ts/c/tz, ya/ia, yu/iu, kh/h, doubled
/// letters, and the adjective endings -sky/-skii/-ski/-skiy/-skij to one form.
/// - Complexity: O(n) in the name's length.
public enum NameFolding {
  public static func fold(_ name: String) -> String {
    var letters: [Character] = []
    for character in name.lowercased() {
      guard let base = baseLetter(character) else { continue }
      letters.append(base)
    }
    var text = String(letters)
    for (from, to) in replacements { text = text.replacingAll(from, with: to) }
    for ending in ["skiy", "skij", "skii", "skyi", "ski", "sky"] where text.hasSuffix(ending) {
      text = String(text.dropLast(ending.count)) + "sk"
      break
    }
    for ending in ["iy", "ij", "ii", "yi"] where text.count > 5 && text.hasSuffix(ending) {
      text = String(text.dropLast(ending.count)) + "y"
      break
    }
    var collapsed: [Character] = []
    for character in text where collapsed.last != character { collapsed.append(character) }
    return String(collapsed)
  }

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
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous2: [Int] = []
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      var best = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        best = min(best, value)
      }
      if best > limit { return limit + 1 }
      previous2 = previous
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
