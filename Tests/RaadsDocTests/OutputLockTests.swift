import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocPipeline

/// One batch at a time per output folder: a second one waits a little and
/// then refuses with a Dutch message and exit 2, leaving what is there alone.
@Suite(.enabled(if: TestSupport.executable != nil))
struct OutputLockTests {
    static func input(letters: Int) throws -> String {
        let directory = try TestSupport.temporaryDirectory()
        for number in 1...letters {
            try CommandLineTests.letter.replacingOccurrences(of: "onderwerp: Test", with: "onderwerp: Test \(number)")
                .write(toFile: directory + "/brief-\(number).yaml", atomically: false, encoding: .utf8)
        }
        return directory
    }

    @Test func aBatchOnALockedOutputRefusesAndLeavesItAlone() throws {
        let input = try Self.input(letters: 2)
        let output = try TestSupport.temporaryDirectory()
        #expect(try CommandLineTests.raadsdoc("batch", input, "--uit", output).status == 0)
        let before = try FileSystem.read(output + "/brief-1.odt")
        let index = try FileSystem.read(output + "/index.json")
        let lock = try OutputLock(OpenDirectory(output))
        let run = try CommandLineTests.raadsdoc("batch", input, "--uit", output)
        withExtendedLifetime(lock) {}
        #expect(run.status == 2)
        #expect(run.errors.contains("een andere batch schrijft al in \(output)"), "\(run.errors)")
        #expect(!run.errors.contains("mislukt") && !run.output.contains("mislukt"))
        #expect(try FileSystem.read(output + "/brief-1.odt") == before)
        #expect(try FileSystem.read(output + "/index.json") == index)
    }

    @Test func twoConcurrentBatchesNeverReportEachOthersDocumentsAsFailed() throws {
        let executable = try #require(TestSupport.executable)
        let input = try Self.input(letters: 40)
        let output = try TestSupport.temporaryDirectory()
        let processes = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["batch", input, "--uit", output, "--jobs", "1", "--format", "json"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, pipe)
        }
        var statuses: [Int32] = []
        for (process, pipe) in processes {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            statuses.append(process.terminationStatus)
            #expect(!text.contains("mislukt") && !text.contains("\"fout\""), "\(text.prefix(400))")
        }
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 2 }, "\(statuses)")
        #expect(statuses.contains(0))
        #expect(FileSystem.contents(of: output).count { $0.hasSuffix(".odt") } == 40)
    }

    @Test func aLinkPlantedAsTheLockFileIsNotFollowed() throws {
        let output = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory() + "/slot"
        #expect(symlink(outside, output + "/" + OutputLock.fileName) == 0)
        let error = #expect(throws: FileSystem.Failure.self) { try OutputLock(OpenDirectory(output)) }
        #expect(error?.description.contains("niet vastzetten") == true, "\(error?.description ?? "")")
        #expect(!FileSystem.hasEntry(outside))
    }
}
