/// A small seeded random number generator (Steele, Lea & Flood 2014, "Fast splittable
/// pseudorandom number generators"), so that sampled and randomised analyses give the same
/// answer for the same seed on every machine and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), by modulo: the bias is below 2⁻³² for any bound
    /// an analysis uses, and the draw stays the same across platforms.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Shuffles `values` in place (Fisher–Yates from the back), the same on every platform.
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(index, below(index + 1))
        }
    }

    /// `count` distinct values of `0..<total` (a partial Fisher–Yates shuffle from the front).
    public mutating func sample(_ count: Int, from total: Int) -> [Int] {
        var pool = Array(0..<total)
        let count = min(count, total)
        for index in 0..<count { pool.swapAt(index, index + below(total - index)) }
        return Array(pool.prefix(count))
    }
}
