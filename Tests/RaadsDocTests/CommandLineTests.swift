import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The raadsdoc executable as a user runs it: exit codes, the compiler-
/// style text output, JSON lines, and the schema, nieuw and regels
/// commands. `swift test` builds the executable next to the tests.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The built executable, in the same folder as the test bundle's
    /// resources.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("raadsdoc").path

    static func raadsdoc(_ arguments: String...) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw TestFailure("\(executable) is niet gebouwd")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let directory = try TestSupport.temporaryDirectory()
        let outputPath = directory + "/uit.txt", errorPath = directory + "/fouten.txt"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
        process.waitUntilExit()
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return Run(status: process.terminationStatus, output: read(outputPath), errors: read(errorPath))
    }

    static let letter = InputDiagnosticsTests.valid

    @Test func aCleanInputExitsZero() throws {
        let run = try Self.raadsdoc("check", try TestSupport.writeInput(Self.letter))
        #expect(run.status == 0)
        #expect(run.errors.contains("1 bestand gecontroleerd: geen problemen gevonden"))
    }

    @Test func anErrorExitsOneWithFileLineColumnSourceAndCaret() throws {
        let path = try TestSupport.writeInput(Self.letter.replacingOccurrences(of: "2021-07-13", with: "2021-02-30"))
        let run = try Self.raadsdoc("check", path)
        #expect(run.status == 1)
        let expected = """
            \(path):2:8: fout[RD-INVOER-012]: de datum 2021-02-30 in 'datum' bestaat niet: februari 2021 heeft 28 dagen
                datum: 2021-02-30
                       ^
            """
        #expect(run.errors.contains(expected))
        #expect(run.errors.contains("1 fout, 0 waarschuwingen"))
    }

    @Test func onlyWarningsExitZeroAndStrictMakesThemFatal() throws {
        let path = try InputDiagnosticsTests.councilLetterWithAnotherSecretary()
        let lenient = try Self.raadsdoc("check", path)
        #expect(lenient.status == 0)
        #expect(lenient.errors.contains("waarschuwing[RD-RAAD-005]"))
        #expect(lenient.errors.contains("0 fouten, 1 waarschuwing"))
        let strict = try Self.raadsdoc("check", "--strikt", path)
        #expect(strict.status == 1)
    }

    @Test func aMissingFileExitsTwo() throws {
        let run = try Self.raadsdoc("check", "/bestaat/niet.yaml")
        #expect(run.status == 2)
        #expect(run.errors.contains("/bestaat/niet.yaml bestaat niet"))
    }

    @Test func jsonGivesOneObjectPerLineWithTheAgreedKeys() throws {
        let bad = Self.letter.replacingOccurrences(of: "onderwerp: Test", with: "onderwep: Test")
        let run = try Self.raadsdoc("check", "--format", "json", try TestSupport.writeInput(bad), try InputDiagnosticsTests.councilLetterWithAnotherSecretary())
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            #expect(line.hasPrefix("{\"bestand\":\""))
            let keys = ["bestand", "regel", "kolom", "code", "ernst", "bericht"].map { "\"\($0)\":" }
            let offsets = keys.compactMap { line.range(of: $0)?.lowerBound }
            #expect(offsets.count == keys.count && offsets == offsets.sorted(), "sleutels ontbreken of staan anders: \(line)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["bestand", "regel", "kolom", "code", "ernst", "bericht"])
            #expect(object["regel"] is Int && object["kolom"] is Int)
            #expect(["fout", "waarschuwing"].contains(object["ernst"] as? String ?? ""))
        }
        let unknown = try #require(lines.first { $0.contains("RD-INVOER-009") })
        #expect(unknown.contains("\"regel\":4,\"kolom\":1,\"code\":\"RD-INVOER-009\",\"ernst\":\"fout\",\"bericht\":\"onbekend veld 'onderwep' — bedoelde je 'onderwerp'?\""))
        #expect(!run.errors.contains("fout["))
    }

    @Test func renderMakesNothingFromAnInputWithErrors() throws {
        let output = try TestSupport.temporaryDirectory()
        let bad = try TestSupport.writeInput(Self.letter.replacingOccurrences(of: "soort: brief", with: "soort: breif"), name: "kapot.yaml")
        let run = try Self.raadsdoc("render", bad, "--uit", output)
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output + "/kapot.odt"))
        let warned = try Self.raadsdoc("render", try InputDiagnosticsTests.councilLetterWithAnotherSecretary(), "--uit", output)
        #expect(warned.status == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/invoer.odt"))
    }

    @Test func schemaListNamesEveryKindAndTheProfile() throws {
        let run = try Self.raadsdoc("schema", "--lijst")
        #expect(run.status == 0)
        for name in KindRegistry.allNames + ["profiel"] {
            #expect(run.output.contains(name))
        }
    }

    @Test(arguments: KindRegistry.allNames + ["profiel"])
    func schemaOfAKindIsItsGeneratedSchema(_ name: String) throws {
        let run = try Self.raadsdoc("schema", name)
        #expect(run.status == 0)
        #expect(run.output == JSONSchema.schema(for: try InputForm.named(name).get()).pretty)
    }

    @Test(arguments: KindRegistry.all.map(\.name) + ["profiel"])
    func nieuwPrintsTheStarter(_ name: String) throws {
        let run = try Self.raadsdoc("nieuw", name)
        #expect(run.status == 0)
        #expect(run.output == (try InputForm.named(name).get()).starter)
    }

    @Test func anUnknownKindIsAUsageErrorWithASuggestion() throws {
        for command in ["schema", "nieuw"] {
            let run = try Self.raadsdoc(command, "raadsmedeling")
            #expect(run.status == 2)
            #expect(run.errors.contains("bedoelde je 'raadsmededeling'?"))
            #expect(run.errors.contains("raadsdoc schema --lijst"))
        }
    }

    @Test func schemaWritesEverySchemaIntoAFolder() throws {
        let output = try TestSupport.temporaryDirectory() + "/schema"
        let run = try Self.raadsdoc("schema", "--uit", output)
        #expect(run.status == 0)
        for form in InputForm.all {
            let written = try String(contentsOfFile: output + "/" + form.schemaFileName, encoding: .utf8)
            #expect(written == JSONSchema.schema(for: form).pretty)
        }
    }

    @Test func regelsListsEveryRule() throws {
        let run = try Self.raadsdoc("regels")
        #expect(run.status == 0)
        for rule in RuleCatalogue.all {
            #expect(run.output.contains(rule.code))
        }
    }
}
