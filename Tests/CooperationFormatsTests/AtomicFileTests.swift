import CooperationCore
@testable import CooperationFormats
import TestFixtures
import Foundation
import Testing

/// Nothing is half-written: a failure leaves the previous file as it was and no temporary file.
@Suite struct AtomicFileTests {
    @Test func replacesTheFileWholeAndLeavesNothingBehind() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    @Test func aFolderThatCannotBeWrittenGivesOneClearError() {
        #expect {
            try AtomicFile.write("x", to: "/proc/self/coopgraph-test.txt")
        } throws: { error in
            (error as? AtomicFile.WriteError)?.description.hasPrefix("cannot write /proc/self/coopgraph-test.txt: ") == true
        }
    }

    @Test func aFailedRenameKeepsThePreviousFileAndRemovesTheTemporaryOne() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("target").path
        // A non-empty folder where the file should go: rename(2) over it fails.
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("new", to: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["target"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
    }

    @Test func aParentThatIsAFileIsAnError() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("plain").path
        try AtomicFile.write("x", to: file)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("y", to: file + "/child.txt") }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }
}
