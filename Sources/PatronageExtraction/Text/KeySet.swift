/// A set of ``WordKey``s with a lookup of a few nanoseconds, for the per-token checks of hot loops.
///
/// Open addressing with linear probing over a power-of-two table at most half full; keys are already
/// well-mixed FNV hashes, so their high bits index the table directly (no second hash as `Set` would do).
///
/// - Complexity: `contains` is O(1) expected.
public struct KeySet: Sendable {
  private var slots: [UInt64]
  private let shift: UInt64
  private var hasZero = false

  /// A set of `keys`.
  public init(_ keys: some Sequence<WordKey>) {
    let unique = Set(keys)
    var bits: UInt64 = 4
    while (1 << bits) < unique.count * 2 { bits += 1 }
    shift = 64 - bits
    slots = Array(repeating: 0, count: 1 << bits)
    for key in unique.sorted() { insert(key.rawValue) }
  }

  private mutating func insert(_ raw: UInt64) {
    guard raw != 0 else {
      hasZero = true
      return
    }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: raw >> shift)
    while slots[index] != 0 {
      if slots[index] == raw { return }
      index = (index + 1) & mask
    }
    slots[index] = raw
  }

  /// Whether `key` is in the set.
  @inline(__always) public func contains(_ key: WordKey) -> Bool {
    let raw = key.rawValue
    guard raw != 0 else { return hasZero }
    return slots.withUnsafeBufferPointer { table in
      let mask = table.count - 1
      var index = Int(truncatingIfNeeded: raw >> shift)
      while true {
        let slot = table[index]
        if slot == raw { return true }
        if slot == 0 { return false }
        index = (index + 1) & mask
      }
    }
  }
}
