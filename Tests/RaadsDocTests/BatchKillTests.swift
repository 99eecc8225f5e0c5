import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// A batch killed with SIGKILL part-way leaves only complete files under
/// the output folder; the next run sweeps the temporary files up, completes,
/// and with --alleen-gewijzigd adopts what the killed run had already staged.
@Suite(.enabled(if: TestSupport.executable != nil))
struct BatchKillTests {
    @Test func killedBatchLeavesNoPartialFile() throws {
        let executable = try #require(TestSupport.executable)
        let letter = try String(contentsOfFile: TestSupport.path("inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml"), encoding: .utf8)
        let input = try TestSupport.copyOfExamples([]) + "/vergadering"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.path("inputs/leidschendam-voorburg/raadsdoc.yaml"), toPath: input + "/raadsdoc.yaml")
        let count = 400
        for number in 1...count {
            try letter.replacingOccurrences(of: "RIB-2024-0187", with: "RIB-2024-\(number)")
                .write(toFile: input + "/brief-\(number).yaml", atomically: false, encoding: .utf8)
        }
        let output = try TestSupport.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", input, "--uit", output, "--jobs", "2", "--alleen-gewijzigd"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func staged() -> [String] {
            FileSystem.contents(of: output).filter {
                $0.contains(FileSystem.stagedMarker) && !$0.contains(FileSystem.temporaryMarker)
            }
        }
        var stagedCount = 0
        for _ in 0..<2000 where process.isRunning && stagedCount < 5 {
            usleep(5_000)
            stagedCount = staged().count
        }
        #expect(process.isRunning, "de batch was al klaar voordat hij gestopt kon worden")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        stagedCount = staged().count

        let finished = FileSystem.contents(of: output).filter { $0.hasSuffix(".odt") }
        #expect(finished.count < count)
        for name in finished {
            #expect(PackageVerifier.problems(in: try FileSystem.read(output + "/" + name)) == [], "\(name) is onvolledig")
        }

        let rerun = try TestSupport.run(executable, ["batch", input, "--uit", output, "--jobs", "2", "--alleen-gewijzigd", "--format", "json"])
        #expect(rerun.status == 0)
        let statuses = rerun.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["status"] as? String
        }
        #expect(statuses.count == count)
        #expect(statuses.count { $0 == "ongewijzigd" } >= stagedCount + finished.count - 2)
        #expect(statuses.allSatisfy { $0 == "ongewijzigd" || $0 == "gemaakt" })
        let leftovers = FileSystem.contents(of: output).filter {
            $0.contains(FileSystem.temporaryMarker) || $0.contains(FileSystem.stagedMarker) || $0.hasPrefix(".raadsdoc-journaal")
        }
        #expect(leftovers.isEmpty)
        #expect(FileSystem.contents(of: output).count { $0.hasSuffix(".odt") } == count)
    }
}

/// The same inputs give the same bytes in any time zone: zip timestamps are
/// set as DOS date and time, never through the local clock.
@Suite(.enabled(if: TestSupport.executable != nil))
struct TimeZoneTests {
    @Test func outputDoesNotDependOnTheTimeZone() throws {
        let executable = try #require(TestSupport.executable)
        let input = try TestSupport.copyOfExamples(["leidse-regio"])
        var outputs: [String] = []
        for zone in ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"] {
            let output = try TestSupport.temporaryDirectory()
            var environment = ProcessInfo.processInfo.environment
            environment["TZ"] = zone
            let run = try TestSupport.run(executable, ["batch", input, "--uit", output, "--jobs", "2"], environment: environment)
            #expect(run.status == 0)
            outputs.append(output)
        }
        for name in ["leidse-regio/raadsmededeling-warmte.odt", "leidse-regio/plan-van-aanpak-warmte.odt", "index.json"] {
            let bytes = try outputs.map { try FileSystem.read($0 + "/" + name) }
            #expect(bytes.allSatisfy { $0 == bytes[0] }, "\(name) verschilt per tijdzone")
        }
    }
}
