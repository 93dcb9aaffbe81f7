import Foundation
import TestFixtures
import Testing

/// Every C header the build takes from the system comes from a package `make run` installs, or
/// from the C library Swift itself needs: a fresh machine has no other (ZIPFoundation's
/// `<zlib.h>` was missing there).
@Suite struct SystemHeadersTests {
    /// Packages every Swift installation on Debian has: the C library's headers and the kernel's.
    static let swiftsOwn: Set<String> = ["libc6-dev", "linux-libc-dev", "libstdc++-12-dev", "libgcc-12-dev"]

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readAll()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The `<…>` headers the `.h` and `.c` files under `folder` include or import.
    static func systemIncludes(under folder: URL) -> Set<String> {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var names: Set<String> = []
        for case let file as URL in files where ["h", "c"].contains(file.pathExtension) {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                guard trimmed.hasPrefix("#include <") || trimmed.hasPrefix("#import <") else { continue }
                if let open = trimmed.firstIndex(of: "<"), let close = trimmed.firstIndex(of: ">"), open < close {
                    names.insert(String(trimmed[trimmed.index(after: open)..<close]))
                }
            }
        }
        return names
    }

    @Test func everySystemHeaderComesFromAPackageMakeRunInstalls() throws {
        let checkouts = Fixtures.root.appendingPathComponent(".build/checkouts")
        #expect(FileManager.default.fileExists(atPath: checkouts.appendingPathComponent("ZIPFoundation").path),
                "the dependencies' checkouts are in .build/checkouts after swift build")
        let includes = Self.systemIncludes(under: Fixtures.root.appendingPathComponent("Sources"))
            .union(Self.systemIncludes(under: checkouts))
        #expect(includes.contains("gvc.h") && includes.contains("zlib.h"))

        let graphvizFolders = try Self.run(["pkg-config", "--cflags-only-I", "libgvc"])
            .split(separator: " ").filter { $0.hasPrefix("-I") }.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespacesAndNewlines) }
        let folders = ["/usr/include", "/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu"] + graphvizFolders
        let packages = Set(FreshMachineTests.list("RUN_PACKAGES"))
        #expect(packages.contains("libgraphviz-dev"))
        var resolved = 0
        for name in includes.sorted() {
            // A header in none of these folders is the compiler's own (stdarg.h) or the package's.
            guard let path = folders.map({ "\($0)/\(name)" }).first(where: { FileManager.default.fileExists(atPath: $0) }) else { continue }
            resolved += 1
            let owner = try Self.run(["dpkg", "-S", path]).split(separator: ":").first.map(String.init) ?? ""
            #expect(packages.contains(owner) || Self.swiftsOwn.contains(owner),
                    "<\(name)> (\(path)) comes from '\(owner)', which make run does not install")
        }
        #expect(resolved >= 2)
    }
}
