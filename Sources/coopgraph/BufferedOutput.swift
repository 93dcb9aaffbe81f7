import Foundation

/// Standard output through a buffer of about a megabyte, for outputs of millions of lines: the
/// text is never held whole, and it is written in a few large writes rather than line by line.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let limit: Int

    /// An empty buffer, written out whenever it holds `limit` bytes.
    init(limit: Int = 1 << 20) {
        self.limit = limit
        buffer.reserveCapacity(limit + 64 * 1024)
    }

    /// Adds `text`, writing the buffer out when it is full.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    /// Writes out what the buffer holds.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
