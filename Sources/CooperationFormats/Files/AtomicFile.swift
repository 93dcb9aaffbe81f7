import CooperationCore
import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same folder, which is then renamed over the destination. On failure the previous file
/// is left as it was and the temporary file is removed.
///
/// On Linux the temporary file has no name while it is written (`O_TMPFILE`), and is given one
/// only once its bytes are on disk (`fsync`, `linkat`), just before the rename: a process
/// killed while writing leaves nothing behind. Where the file system cannot make unnamed files,
/// a named temporary file is written instead.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The destination path.
        public let path: String
        /// What went wrong.
        public let reason: String

        /// "cannot write PATH: REASON".
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes every file into `folder`, each atomically, in the order given (as
    /// `ReportPack.files()` makes them, all before the first is written).
    ///
    /// - Parameters:
    ///   - files: Names relative to `folder`, and bytes.
    ///   - folder: The folder, created when missing.
    /// - Returns: The paths written.
    /// - Throws: ``WriteError`` naming the first file that could not be written.
    @discardableResult
    public static func write(_ files: [(name: String, data: Data)], into folder: String) throws(WriteError) -> [String] {
        var written: [String] = []
        for (name, data) in files {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            try write(data, to: path)
            written.append(path)
        }
        return written
    }

    /// Writes `data` to `path` atomically, creating the parent folder when it is missing.
    ///
    /// - Throws: ``WriteError`` naming the file.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create the folder \(folder.path): \(reason(error))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        if try writeUnnamed(data, to: url, through: temporary) { return }
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: reason(error))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: message)
        }
    }

    /// Writes `data` into an unnamed file in the destination's folder, names it `temporary` and
    /// renames it over `url`. Returns `false`, having written nothing, when unnamed files are
    /// not available there.
    private static func writeUnnamed(_ data: Data, to url: URL, through temporary: URL) throws(WriteError) -> Bool {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        // O_TMPFILE, which Glibc's module does not export: __O_TMPFILE | O_DIRECTORY.
        let unnamedFile: Int32 = 0o20_000_000 | O_DIRECTORY
        let descriptor = open(url.deletingLastPathComponent().path, unnamedFile | O_WRONLY | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let failure = data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure { throw WriteError(path: url.path, reason: String(cString: strerror(failure))) }
        guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary.path, AT_SYMLINK_FOLLOW) == 0 else {
            return false
        }
        guard rename(temporary.path, url.path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: message)
        }
        return true
        #else
        return false
        #endif
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
