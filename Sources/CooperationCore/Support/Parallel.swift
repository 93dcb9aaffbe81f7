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

    private struct UnsafeSlots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
        init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
        func store(_ value: T, at index: Int) { buffer[index] = value }
    }
}
