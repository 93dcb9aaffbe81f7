import Foundation

/// Entity ids by their UTF-8 bytes, numbered in the order they were added: an open-addressing
/// hash table over one buffer of id bytes, so a reader can find a link's ends straight from the
/// bytes of a file, without making a string for either end or hashing one.
struct IDTable {
    /// The bytes of every id, one after another; id `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// The number of the id in each slot, −1 where the slot is empty.
    private var slots: [Int32]

    /// The number of ids added.
    var count: Int { starts.count - 1 }

    /// A table with room for `capacity` ids before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        starts.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 16)
    }

    /// The number of the id `id`, or `nil` when it was never added.
    ///
    /// - Complexity: O(length of `id`) expected.
    func number(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        // One look at each array for the whole probe, rather than a checked access per step.
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    guard let stored = bytes.baseAddress, let wanted = id.baseAddress else { return nil }
                    let mask = slots.count - 1
                    var slot = Self.hash(id) & mask
                    while true {
                        let number = Int(slots[slot])
                        if number < 0 { return nil }
                        let start = starts[number], end = starts[number + 1]
                        if end - start == id.count, memcmp(stored + start, wanted, id.count) == 0 { return number }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Adds `id`, which must not be in the table yet, under the next number.
    mutating func add(_ id: UnsafeBufferPointer<UInt8>) {
        if 2 * (count + 1) > slots.count { grow() }
        bytes.append(contentsOf: id)
        starts.append(bytes.count)
        place(count - 1, hash: Self.hash(id))
    }

    private mutating func place(_ number: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for number in 0..<count {
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]])) }
            place(number, hash: hash)
        }
    }

    /// FNV-1a over the bytes, then mixed so that the low bits, which pick the slot, depend on
    /// every byte.
    private static func hash(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 32
        hash = hash &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }
}
