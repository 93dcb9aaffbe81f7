import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileHandle {
    /// Everything left to read, to the end of the file or pipe. Foundation's
    /// `readDataToEndOfFile()` stops the process when a read is interrupted by a signal
    /// (`EINTR`, which a busy test process does get); this read is tried again instead.
    public func readAll() -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }
}
