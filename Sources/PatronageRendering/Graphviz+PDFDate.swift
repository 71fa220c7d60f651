extension Graphviz {
  /// The fixed creation date written into every PDF: the same length as cairo's `D:YYYYMMDDHHMMSSZ`.
  static let fixedPDFDate = Array("D:19700101000000Z".utf8)

  /// Replaces the `/CreationDate (D:…Z)` cairo stamps into a PDF with a fixed date of the same length, so the
  /// same diagram gives the same bytes on every run (cairo 1.16 ignores `SOURCE_DATE_EPOCH`). Keeping the length
  /// keeps the cross-reference offsets valid.
  ///
  /// - Complexity: O(n) in the PDF's size.
  static func withFixedCreationDate(_ pdf: [UInt8]) -> [UInt8] {
    let key = Array("/CreationDate (".utf8)
    guard let start = pdf.firstRange(of: key)?.upperBound,
      pdf.count >= start + fixedPDFDate.count,
      pdf[start..<start + 2].elementsEqual("D:".utf8), pdf[start + fixedPDFDate.count - 1] == UInt8(ascii: "Z")
    else { return pdf }
    var result = pdf
    result.replaceSubrange(start..<start + fixedPDFDate.count, with: fixedPDFDate)
    return result
  }
}
