import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import HashSupport
import ZipSupport
import Synchronization

/// `raadsdoc batch`: one broken input does not stop the rest, nothing is
/// put in place before every input is checked, output is the same whatever
/// the parallelism, index.json tells the truth, and staged files a killed
/// run left are adopted only when they may be.
@Suite struct BatchTests {
    /// A meeting folder: the example letters with their profiles, plus
    /// optionally a broken input.
    static func meetingFolder(broken: Bool) throws -> String {
        let directory = try TestSupport.copyOfExamples(["leidse-regio", "leidschendam-voorburg"])
        if broken {
            try "soort: brief\ndatum: 2021-02-30\n".write(toFile: directory + "/leidse-regio/kapot.yaml", atomically: true, encoding: .utf8)
        }
        return directory
    }

    static func run(_ input: String, jobs: Int = 2, onlyChanged: Bool = false, pdf: PDFConverter.Format? = nil) throws -> (BatchRunner.Outcome, String) {
        let output = try TestSupport.temporaryDirectory()
        let options = BatchOptions(outputDirectory: output, jobs: jobs, pdf: pdf, onlyChanged: onlyChanged)
        return (BatchRunner(options: options).run([input]) { _, _, _ in }, output)
    }

    @Test func oneBrokenInputDoesNotStopTheOthers() throws {
        let (outcome, output) = try Self.run(try Self.meetingFolder(broken: true))
        #expect(!outcome.succeeded)
        let broken = try #require(outcome.items.first { $0.input.path.hasSuffix("kapot.yaml") })
        #expect(broken.status == .fout)
        #expect(broken.diagnostics.contains { $0.code == "RD-INVOER-012" })
        let made = outcome.items.filter { $0.status == .gemaakt }
        #expect(made.count == outcome.items.count - 1)
        for item in made {
            let bytes = try FileSystem.read(output + "/" + item.input.outputStem + ".odt")
            #expect(PackageVerifier.problems(in: bytes) == [])
        }
        #expect(!FileSystem.exists(output + "/leidse-regio/kapot.odt"))
    }

    @Test func nothingIsPlacedBeforeEveryInputIsChecked() throws {
        let input = try Self.meetingFolder(broken: true)
        let output = try TestSupport.temporaryDirectory()
        let placedEarly = Mutex<[String]>([])
        let outcome = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2)).run([input]) { phase, _, _ in
            guard phase != "plaatsen" else { return }
            let visible = Self.files(below: output).filter { $0.hasSuffix(".odt") }
            placedEarly.withLock { $0 += visible }
        }
        #expect(placedEarly.withLock { $0 } == [])
        #expect(outcome.items.count { $0.status == .gemaakt } == outcome.items.count - 1)
        #expect(Self.files(below: output).count { $0.hasSuffix(".odt") } == outcome.items.count - 1)
    }

    @Test func stagedLeftoversAreRemovedWithoutOnlyChanged() throws {
        let input = try Self.meetingFolder(broken: false)
        let (first, output) = try Self.run(input)
        #expect(first.succeeded)
        let item = try #require(first.items.first)
        let target = output + "/" + item.input.outputStem + ".odt"
        let good = try FileSystem.read(target)
        let staged = Self.stagedPath(of: target, fingerprint: item.fingerprint)
        try FileSystem.writeAtomically(Array("geen odt".utf8), to: staged)
        let second = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2)).run([input]) { _, _, _ in }
        #expect(second.items.allSatisfy { $0.status == .gemaakt })
        #expect(try FileSystem.read(target) == good)
        #expect(Self.files(below: output).filter { $0.contains(FileSystem.stagedMarker) } == [])
    }

    @Test func stagedLeftoversAreAdoptedWithOnlyChangedWhenTheFingerprintMatches() throws {
        let input = try Self.meetingFolder(broken: false)
        let (first, output) = try Self.run(input, onlyChanged: true)
        #expect(first.succeeded)
        let adopted = try #require(first.items.first)
        let stale = try #require(first.items.last)
        #expect(adopted.input.path != stale.input.path)
        let adoptedTarget = output + "/" + adopted.input.outputStem + ".odt"
        let bytes = try FileSystem.read(adoptedTarget)
        try FileSystem.writeAtomically(bytes, to: Self.stagedPath(of: adoptedTarget, fingerprint: adopted.fingerprint))
        let staleTarget = output + "/" + stale.input.outputStem + ".odt"
        try FileSystem.writeAtomically(Array("oud".utf8), to: Self.stagedPath(of: staleTarget, fingerprint: String(repeating: "0", count: 64)))
        FileSystem.remove(adoptedTarget)
        FileSystem.remove(output + "/" + BatchIndex.fileName)

        let second = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2, onlyChanged: true)).run([input]) { _, _, _ in }
        #expect(second.succeeded)
        let statuses = Dictionary(uniqueKeysWithValues: second.items.map { ($0.input.path, $0.status) })
        #expect(statuses[adopted.input.path] == .ongewijzigd)
        #expect(statuses.values.count { $0 == .ongewijzigd } == 1)
        #expect(try FileSystem.read(adoptedTarget) == bytes)
        #expect(Self.files(below: output).filter { $0.contains(FileSystem.stagedMarker) } == [])
        let index = String(decoding: try FileSystem.read(output + "/" + BatchIndex.fileName), as: UTF8.self)
        #expect(index.contains(SHA256.hex(bytes)))
    }

    /// Staged files are not flushed one by one, so one that a crash cut
    /// short (here: its second half zeros, as ext4 can leave it) is made
    /// again rather than adopted, even with the right fingerprint.
    @Test func aDamagedStagedLeftoverIsMadeAgainNotAdopted() throws {
        let input = try Self.meetingFolder(broken: false)
        let (first, output) = try Self.run(input, onlyChanged: true)
        #expect(first.succeeded)
        let item = try #require(first.items.first)
        let target = output + "/" + item.input.outputStem + ".odt"
        let good = try FileSystem.read(target)
        var damaged = good
        for offset in (damaged.count / 2)..<(damaged.count - 100) { damaged[offset] = 0 }
        try FileSystem.writeAtomically(damaged, to: Self.stagedPath(of: target, fingerprint: item.fingerprint))
        FileSystem.remove(target)
        FileSystem.remove(output + "/" + BatchIndex.fileName)

        let second = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2, onlyChanged: true)).run([input]) { _, _, _ in }
        #expect(second.succeeded)
        #expect(second.items.first { $0.input.path == item.input.path }?.status == .gemaakt)
        #expect(try FileSystem.read(target) == good)
    }

    @Test func zipIntegrityCheckTellsWholeFromDamaged() throws {
        let input = try Self.meetingFolder(broken: false)
        let (first, output) = try Self.run(input)
        let item = try #require(first.items.first)
        let good = try FileSystem.read(output + "/" + item.input.outputStem + ".odt")
        #expect(ZipArchiveReader.entriesAreIntact(good, limit: 1 << 20))
        #expect(!ZipArchiveReader.entriesAreIntact(Array(good.prefix(good.count - 1)), limit: 1 << 20))
        #expect(!ZipArchiveReader.entriesAreIntact([UInt8](repeating: 0, count: good.count), limit: 1 << 20))
        // One flipped byte inside the compressed content.xml: the CRC catches it.
        var flipped = good
        let middle = good.count / 3
        flipped[middle] ^= 0xFF
        #expect(!ZipArchiveReader.entriesAreIntact(flipped, limit: 1 << 20))
        #expect(!ZipArchiveReader.entriesAreIntact(good, limit: 16))
    }

    /// Every file below `directory`, hidden ones included, relative to it.
    static func files(below directory: String) -> [String] {
        (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
    }

    /// Where a batch stages the .odt at `target` made from `fingerprint`.
    static func stagedPath(of target: String, fingerprint: String) -> String {
        PathName.directory(of: target) + "/"
            + FileSystem.stagedName(for: PathName.lastComponent(of: target), tag: String(fingerprint.prefix(20)))
    }

    @Test func oneJobAndFourJobsGiveIdenticalBytes() throws {
        let input = try Self.meetingFolder(broken: false)
        let (one, outputOne) = try Self.run(input, jobs: 1)
        let (four, outputFour) = try Self.run(input, jobs: 4)
        #expect(one.succeeded && four.succeeded)
        for item in one.items {
            let relative = item.input.outputStem + ".odt"
            #expect(try FileSystem.read(outputOne + "/" + relative) == FileSystem.read(outputFour + "/" + relative))
        }
        #expect(try FileSystem.read(outputOne + "/index.json") == FileSystem.read(outputFour + "/index.json"))
    }

    @Test func indexListsTheRightHashes() throws {
        let input = try Self.meetingFolder(broken: false)
        let (outcome, output) = try Self.run(input)
        #expect(outcome.succeeded)
        let data = Data(try FileSystem.read(output + "/index.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let documents = try #require(root["documenten"] as? [[String: Any]])
        #expect(documents.count == outcome.items.count)
        for document in documents {
            let source = try #require(document["bron"] as? String)
            #expect(document["bron-sha256"] as? String == SHA256.hex(try FileSystem.read(source)))
            #expect(document["titel"] as? String != nil)
            let outputs = try #require(document["uitvoer"] as? [[String: Any]])
            #expect(!outputs.isEmpty)
            for entry in outputs {
                let path = try #require(entry["pad"] as? String)
                #expect(entry["sha256"] as? String == SHA256.hex(try FileSystem.read(output + "/" + path)))
            }
        }
        let letter = try #require(documents.first { ($0["bron"] as? String)?.hasSuffix("raadsmededeling-warmte.yaml") == true })
        let dependencies = try #require(letter["afhankelijk-van"] as? [[String: Any]])
        #expect(dependencies.contains { ($0["pad"] as? String)?.hasSuffix("antwoordbrief-pip-wlq.yaml") == true })
    }

    @Test func unchangedDocumentsAreSkippedAndAChangedOneIsNot() throws {
        let input = try Self.meetingFolder(broken: false)
        let output = try TestSupport.temporaryDirectory()
        let options = BatchOptions(outputDirectory: output, jobs: 2, onlyChanged: true)
        let first = BatchRunner(options: options).run([input]) { _, _, _ in }
        #expect(first.items.allSatisfy { $0.status == .gemaakt })
        let second = BatchRunner(options: options).run([input]) { _, _, _ in }
        #expect(second.items.allSatisfy { $0.status == .ongewijzigd })
        let attachment = input + "/leidse-regio/antwoordbrief-pip-wlq.yaml"
        let text = try String(contentsOfFile: attachment, encoding: .utf8)
        try text.replacingOccurrences(of: "Hoogachtend,", with: "Met vriendelijke groet,")
            .write(toFile: attachment, atomically: true, encoding: .utf8)
        let third = BatchRunner(options: options).run([input]) { _, _, _ in }
        let remade = Set(third.items.filter { $0.status == .gemaakt }.map { PathName.lastComponent(of: $0.input.path) })
        #expect(remade == ["antwoordbrief-pip-wlq.yaml", "raadsmededeling-warmte.yaml"])
    }

    @Test func anotherTemplateMakesEverythingAgain() throws {
        let input = try Self.meetingFolder(broken: false)
        let output = try TestSupport.temporaryDirectory()
        var options = BatchOptions(outputDirectory: output, jobs: 2, onlyChanged: true,
                                   templateOverride: TestSupport.path("templates/standaard/standaard.ott"))
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.allSatisfy { $0.status == .gemaakt })
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.allSatisfy { $0.status == .ongewijzigd })
        options.templateOverride = TestSupport.path("templates/voorbeeldgemeente/document.ott")
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.allSatisfy { $0.status == .gemaakt })
    }

    @Test(.enabled(if: try Tool.require(.soffice)))
    func pdfaDeclaresPDFA2() throws {
        let input = try TestSupport.copyOfExamples(["leidschendam-voorburg"])
        let (outcome, output) = try Self.run(input, pdf: .pdfa)
        #expect(outcome.succeeded)
        let pdf = try FileSystem.read(output + "/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.pdf")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("<pdfaid:part>2</pdfaid:part>"))
        let stem = "leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord"
        let letter = try #require(outcome.items.first { $0.input.outputStem == stem })
        #expect(letter.outputs.map(\.path) == [stem + ".odt", stem + ".pdf"])
    }
}
