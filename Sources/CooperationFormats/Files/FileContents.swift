import CooperationCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files through the system (`open`, `read`), not Foundation: on Linux,
/// `Data(contentsOf:)` and `String(contentsOf:)` in this toolchain leak 4 KB every time they
/// read an empty file, which a long-running program reading many files would feel.
public enum FileContents {
    /// Why a file could not be read: the system's words (`strerror`).
    public struct ReadError: Error, Sendable {
        /// The system's words for the failure.
        public let reason: String
    }

    /// The bytes of the file at `path`.
    public static func bytes(_ path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        var result: [UInt8] = []
        if fstat(descriptor, &status) == 0, status.st_size > 0 { result.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return result }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// The text of the file at `path`, or `nil` when it cannot be read or is not UTF-8.
    public static func utf8Text(_ path: String) -> String? {
        guard let bytes = try? bytes(path) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
