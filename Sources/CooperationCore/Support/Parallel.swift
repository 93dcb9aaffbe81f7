import Dispatch

/// Work split into a fixed number of chunks that run on all cores.
enum Parallel {
    /// Disjoint slots the chunks write their results into.
    private final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        init(_ count: Int) { values = Array(repeating: nil, count: count) }
    }

    /// `body(chunk)` for every chunk in `0..<chunks`, run concurrently; the results come back
    /// in chunk order, so a caller that combines them in order gets the same answer on any machine.
    static func map<T>(chunks: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(chunks)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            let base = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                base.store(body(chunk), at: chunk)
            }
        }
        return slots.values.compactMap { $0 }
    }

    /// An array of `count` elements written in place by concurrent chunks: chunk *i* gets the
    /// slots `ranges[i]` (disjoint ranges that cover `0..<count`) and must initialize every one.
    /// Unlike combining the chunks' own arrays, the elements are held once, never twice.
    ///
    /// - Parameters:
    ///   - count: The number of elements.
    ///   - ranges: Each chunk's slots.
    ///   - body: Called with a chunk's number and its slots, rebased to start at 0.
    static func fill<T>(count: Int, ranges: [Range<Int>], _ body: @Sendable (Int, UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                body(chunk, base.slice(ranges[chunk]))
            }
            initialized = count
        }
    }

    private struct UnsafeSlots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
        init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
        func store(_ value: T, at index: Int) { buffer[index] = value }
        func slice(_ range: Range<Int>) -> UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(rebasing: buffer[range]) }
    }
}
