/// A map from ``WordKey``s to values with a lookup of a few nanoseconds, for per-word caches and indexes.
///
/// Like ``KeySet``: open addressing with linear probing over a power-of-two table at most half full, indexed
/// by the key's high bits (keys are already well-mixed FNV hashes, so no second hash as `Dictionary` would do).
/// Values live in a dense array; the table holds their positions.
///
/// - Complexity: lookup and insertion are O(1) expected (insertion amortised over the table's doublings).
public struct KeyMap<Value> {
  private var slots: [UInt64]
  private var positions: [Int32]
  private var shift: UInt64
  private var zeroPosition: Int?
  private var values: [Value] = []

  /// An empty map.
  public init() {
    slots = Array(repeating: 0, count: 16)
    positions = Array(repeating: -1, count: 16)
    shift = 60
  }

  /// A map holding the pairs of a dictionary.
  public init(_ dictionary: [WordKey: Value]) {
    self.init()
    for (key, value) in dictionary { self[key] = value }
  }

  /// The number of keys.
  public var count: Int { values.count }

  /// The value of `key`, or nil; setting nil is not supported (values are never removed).
  public subscript(key: WordKey) -> Value? {
    get {
      guard let position = position(of: key.rawValue) else { return nil }
      return values[position]
    }
    set {
      guard let newValue else { preconditionFailure("KeyMap does not remove keys") }
      if let position = position(of: key.rawValue) {
        values[position] = newValue
        return
      }
      values.append(newValue)
      place(key.rawValue, at: values.count - 1)
      if values.count * 2 > slots.count { grow() }
    }
  }

  @inline(__always) private func position(of raw: UInt64) -> Int? {
    guard raw != 0 else { return zeroPosition }
    return slots.withUnsafeBufferPointer { table in
      let mask = table.count - 1
      var index = Int(truncatingIfNeeded: raw >> shift)
      while true {
        let slot = table[index]
        if slot == raw { return Int(positions[index]) }
        if slot == 0 { return nil }
        index = (index + 1) & mask
      }
    }
  }

  private mutating func place(_ raw: UInt64, at position: Int) {
    guard raw != 0 else {
      zeroPosition = position
      return
    }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: raw >> shift)
    while slots[index] != 0 { index = (index + 1) & mask }
    slots[index] = raw
    positions[index] = Int32(position)
  }

  private mutating func grow() {
    let old = zip(slots, positions).filter { $0.0 != 0 }
    slots = Array(repeating: 0, count: slots.count * 2)
    positions = Array(repeating: -1, count: slots.count)
    shift -= 1
    for (raw, position) in old { place(raw, at: Int(position)) }
  }
}

extension KeyMap: Sendable where Value: Sendable {}
