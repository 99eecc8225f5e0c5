import Foundation
import Testing
@testable import RaadsDocCore

/// `FileSystem.writeAtomically`: the new bytes in place, flushed, nothing
/// left beside them; a failure with a Dutch message and no file.
@Suite struct FileSystemTests {
    @Test func anAtomicWriteReplacesTheFileAndLeavesNoTemporary() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/brief.odt"
        try FileSystem.writeAtomically(Array("oud".utf8), to: path)
        try FileSystem.writeAtomically(Array("nieuw".utf8), to: path)
        #expect(try FileSystem.read(path) == Array("nieuw".utf8))
        #expect(FileSystem.contents(of: directory) == ["brief.odt"])
    }

    /// A folder that does not exist, and a "folder" that is a file (which
    /// stops root as well as anyone else).
    @Test(arguments: ["/bestaat-niet", "/brief.odt"])
    func aWriteWhereNoFileCanBeMadeFailsInDutch(_ folder: String) throws {
        let directory = try TestSupport.temporaryDirectory()
        try FileSystem.writeAtomically(Array("brief".utf8), to: directory + "/brief.odt")
        let path = directory + folder + "/bijlage.odt"
        let error = #expect(throws: FileSystem.Failure.self) { try FileSystem.writeAtomically(Array("bijlage".utf8), to: path) }
        #expect(error?.description.hasPrefix("kan map \(directory + folder) niet openen: ") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("raadsdoc-tmp") == false, "\(error?.description ?? "")")
        #expect(!FileSystem.exists(path))
        #expect(FileSystem.contents(of: directory) == ["brief.odt"])
    }
}

/// A read-only folder stops everyone but root, who writes anyway.
@Suite(.enabled(if: geteuid() != 0, "root schrijft ook in een alleen-lezen map"))
struct ReadOnlyFolderTests {
    @Test func aWriteIntoAReadOnlyFolderFailsInDutch() throws {
        let directory = try TestSupport.temporaryDirectory()
        #expect(chmod(directory, 0o555) == 0)
        defer { chmod(directory, 0o755) }
        let error = #expect(throws: FileSystem.Failure.self) { try FileSystem.writeAtomically(Array("brief".utf8), to: directory + "/brief.odt") }
        #expect(error?.description == "kan \(directory)/brief.odt niet aanmaken: geen toegang", "\(error?.description ?? "")")
        #expect(FileSystem.contents(of: directory).isEmpty)
    }
}
