import Foundation
import Testing
import RaadsDoc
import HashSupport

/// `raadsdoc batch`: one broken input does not stop the rest, output is the
/// same whatever the parallelism, index.json tells the truth, and a batch
/// killed half-way leaves no partial file behind.
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

    @Test(.enabled(if: TestSupport.hasCommand("soffice")))
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
