/// A word or punctuation mark of a sentence, with its UTF-8 offsets in the sentence.
public struct Word: Hashable, Sendable {
  /// The surface text without a possessive ending.
  public var text: String
  /// Lowercased `text`.
  public var lower: String
  public var start: Int
  public var end: Int
  /// The word carried a possessive ending ('s, ’s, or a bare apostrophe after s).
  public var isPossessive: Bool

  public var isPunctuation: Bool { !(text.first?.isLetter ?? false) && !(text.first?.isNumber ?? false) }
  public var isCapitalised: Bool { text.first?.isUppercase ?? false }
  /// A single capital letter, as in the initials of "A. I. Rykov".
  public var isInitial: Bool { text.count == 1 && isCapitalised }
}

/// Splits a sentence into words and punctuation with a hand-written scanner.
///
/// Letters, digits, inner apostrophes and inner hyphens form words; "’s" endings become a flag; every other
/// non-space character is its own token.
/// - Complexity: O(n) in the sentence's length.
public enum WordScanner {
  public static func words(in sentence: String) -> [Word] {
    var words: [Word] = []
    let scalars = Array(sentence.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
    }
    offsets.append(offset)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      guard isWordScalar(scalar) else {
        words.append(word(scalars[index..<index + 1], offsets[index], offsets[index + 1]))
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count {
        if isWordScalar(scalars[end]) {
          end += 1
        } else if isJoiner(scalars[end]), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
          end += 2
        } else {
          break
        }
      }
      var item = word(scalars[index..<end], offsets[index], offsets[end])
      if end < scalars.count, isApostrophe(scalars[end]), item.lower.hasSuffix("s") {
        item.isPossessive = true
        item.end = offsets[end + 1]
        end += 1
      } else if item.lower.hasSuffix("'s") || item.lower.hasSuffix("’s") {
        item.text = String(item.text.dropLast(2))
        item.lower = item.text.lowercased()
        item.isPossessive = !item.text.isEmpty && item.text.first?.isUppercase == true
        if !item.isPossessive { item.text += "’s" }
        item.lower = item.text.lowercased()
      }
      words.append(item)
      index = end
    }
    return words
  }

  private static func word(_ scalars: ArraySlice<Unicode.Scalar>, _ start: Int, _ end: Int) -> Word {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return Word(text: text, lower: text.lowercased(), start: start, end: end, isPossessive: false)
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool { isApostrophe(scalar) || scalar == "-" }
}
