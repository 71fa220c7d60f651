import Foundation

/// Splits normalised text into ``Token``s with a hand-written scanner over UTF-8 bytes.
///
/// Words are letters and digits with inner apostrophes and hyphens (`don't`, `like-minded`); a possessive
/// ending (`'s`, or `'` after a word ending in s and before a word) is its own token. A capital letter with a
/// period is an initial (`A.`; `M.P.` is one token); a known abbreviation keeps its period (`St.`, `Oct.`,
/// `e.g.`). Numbers keep their thousands groups and decimals (`10,000`, `3.5`); `23rd` is an ordinal and `1920s`
/// a decade. `...` is one token; `-` and `--` are dashes; every other mark is a token of its own.
///
/// - Complexity: O(n) in the bytes scanned; no allocation per token beyond the result array.
public enum Tokenizer {
  /// The tokens of `text` within the UTF-8 byte range `utf8Range` (offsets stay relative to all of `text`).
  public static func tokens(in text: String, utf8Range: Range<Int>) -> [Token] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { buffer in
      var scanner = Scanner(bytes: buffer)
      return scanner.scan(utf8Range)
    } ?? []
  }

  /// `text` lowercased, with diacritics removed for non-ASCII text (the form a ``WordKey`` is made from).
  public static func fold(_ text: some StringProtocol) -> String {
    text.utf8.allSatisfy { $0 < 0x80 }
      ? text.lowercased()
      : String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func scan(_ range: Range<Int>) -> [Token] {
      tokens.reserveCapacity(range.count / 5)
      var i = range.lowerBound
      let end = range.upperBound
      while i < end {
        let byte = bytes[i]
        if byte <= 0x20 {
          i += 1
        } else if isASCIILetter(byte) || (byte >= 0x80 && isLetter(at: i)) {
          i = scanWord(from: i, end: end)
        } else if isDigit(byte) {
          i = scanNumber(from: i, end: end)
        } else {
          i = scanMark(from: i, end: end)
        }
      }
      return tokens
    }

    mutating func append(_ kind: Token.Kind, _ start: Int, _ end: Int, payload: Int = 0) {
      tokens.append(Token(kind: kind, utf8Range: start..<end, key: key(start, end), payload: payload))
    }

    /// The folded key of `bytes[start..<end]`: ASCII lowercased by hand, anything else folded by Foundation.
    func key(_ start: Int, _ end: Int) -> WordKey {
      var value = WordKey.offsetBasis
      for k in start..<end {
        let byte = bytes[k]
        guard byte < 0x80 else {
          let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          return WordKey.hash(Tokenizer.fold(surface).utf8)
        }
        value = (value ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* WordKey.prime
      }
      return WordKey(rawValue: value)
    }

    func isLetter(at i: Int) -> Bool {
      let byte = bytes[i]
      if byte < 0x80 { return isASCIILetter(byte) }
      return scalar(at: i).properties.isAlphabetic
    }

    func scalar(at i: Int) -> Unicode.Scalar {
      let lead = bytes[i]
      var value: UInt32
      var length: Int
      switch lead {
      case 0xC0..<0xE0:
        value = UInt32(lead & 0x1F)
        length = 2
      case 0xE0..<0xF0:
        value = UInt32(lead & 0x0F)
        length = 3
      case 0xF0...:
        value = UInt32(lead & 0x07)
        length = 4
      default: return Unicode.Scalar(lead)
      }
      for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
      return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    func scalarLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }
  }
}

@inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
@inline(__always) func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
