import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The corpus of malformed and hostile inputs in Fixtures/ongeldig. Each
/// case is a .yaml file, or a folder whose invoer.yaml is the case (for
/// profiles and references). The case states what raadsdoc must report:
///
///     # verwacht: RD-INVOER-009 7:1                 a diagnostic in the case itself
///     # verwacht: RD-INVOER-009 2:1 raadsdoc.yaml   one in another file of the folder
///     # bericht: bedoelde je 'onderwerp'?           part of the message of the line above
///     # spec: proef                                 checked against `ProefSpec`
///
/// A case whose text cannot carry comments (an empty file, UTF-16) has
/// them in `<case>.verwacht`. The test demands exactly these diagnostics:
/// no more, no fewer, at these positions.
@Suite struct InvalidInputCorpusTests {
    struct Expectation: Hashable, Comparable, CustomStringConvertible {
        let code: String
        let line: Int
        let column: Int
        /// Relative to the case's folder; "" for the case file itself.
        let file: String

        static func < (lhs: Expectation, rhs: Expectation) -> Bool {
            (lhs.file, lhs.line, lhs.column, lhs.code) < (rhs.file, rhs.line, rhs.column, rhs.code)
        }

        var description: String { "\(code) \(line):\(column)\(file.isEmpty ? "" : " " + file)" }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let directory: String
        let expectations: [Expectation]
        let messages: [Expectation: [String]]
        let usesTestSpec: Bool

        var testDescription: String { name }
    }

    static let corpus: String = Bundle.module.resourceURL.map { $0.path + "/Fixtures/ongeldig" } ?? ""

    static let cases: [Case] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted()
        return names.compactMap { name -> Case? in
            let path = corpus + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue { return makeCase(name: name, input: path + "/invoer.yaml", directory: path) }
            guard name.hasSuffix(".yaml") else { return nil }
            return makeCase(name: name, input: path, directory: corpus)
        }
    }()

    static func makeCase(name: String, input: String, directory: String) -> Case {
        let sidecar = input + ".verwacht"
        let source = FileManager.default.contents(atPath: sidecar) ?? FileManager.default.contents(atPath: input) ?? Data()
        var expectations: [Expectation] = []
        var messages: [Expectation: [String]] = [:]
        var usesTestSpec = false
        let text = String(decoding: source, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            if line.hasPrefix("# verwacht: ") {
                let words = line.dropFirst("# verwacht: ".count).split(separator: " ")
                let position = words.count > 1 ? words[1].split(separator: ":").compactMap { Int($0) } : []
                guard words.count >= 2, position.count == 2 else { continue }
                expectations.append(Expectation(code: String(words[0]), line: position[0], column: position[1],
                                                file: words.count > 2 ? String(words[2]) : ""))
            } else if line.hasPrefix("# bericht: "), let last = expectations.last {
                messages[last, default: []].append(String(line.dropFirst("# bericht: ".count)))
            } else if line == "# spec: proef" {
                usesTestSpec = true
            }
        }
        return Case(name: name, input: input, directory: directory, expectations: expectations.sorted(),
                    messages: messages, usesTestSpec: usesTestSpec)
    }

    /// What checking the case reports, sorted by position as printed, and
    /// the sources to print it with (none for a case checked against the
    /// test spec alone).
    static func report(of testCase: Case) -> ([Diagnostic], SourceCatalog?) {
        if testCase.usesTestSpec {
            let bytes = FileManager.default.contents(atPath: testCase.input).map { [UInt8]($0) } ?? []
            return (DiagnosticList.sortedUnique(diagnostics(of: bytes, as: testCase.input, against: ProefSpec.spec)), nil)
        }
        let (document, workspace) = TestSupport.load(testCase.input)
        return (document.diagnostics.sorted, workspace.sources)
    }

    static func expectation(for diagnostic: Diagnostic, in testCase: Case) -> Expectation {
        let path = diagnostic.position.path
        let file = path == testCase.input ? "" : path.replacingOccurrences(of: testCase.directory + "/", with: "")
        return Expectation(code: diagnostic.code, line: diagnostic.position.line, column: diagnostic.position.column, file: file)
    }

    @Test func theCorpusHasAtLeastFortyCasesEachWithAnExpectation() {
        #expect(Self.cases.count >= 40)
        for testCase in Self.cases {
            #expect(!testCase.expectations.isEmpty, "\(testCase.name) zegt niet wat er verwacht wordt")
        }
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ testCase: Case) {
        let (found, sources) = Self.report(of: testCase)
        let actual = found.map { Self.expectation(for: $0, in: testCase) }.sorted()
        #expect(actual == testCase.expectations,
                "\(testCase.name): \(found.map { "\($0.code) \($0.position.line):\($0.position.column) \($0.message)" })")
        for diagnostic in found {
            let key = Self.expectation(for: diagnostic, in: testCase)
            for fragment in testCase.messages[key] ?? [] {
                #expect(diagnostic.message.contains(fragment), "\(testCase.name): '\(diagnostic.message)' mist '\(fragment)'")
            }
            #expect(!diagnostic.message.contains("YAML-syntaxfout ("), "\(testCase.name): onvertaalde melding: \(diagnostic.message)")
        }
        if let sources {
            let printed = DiagnosticPrinter.text(found, sources: sources)
            for diagnostic in found {
                #expect(printed.contains("\(diagnostic.position): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: "))
            }
        }
    }

    /// Every rule about the input itself and about references is triggered
    /// by some case (the size limit by `HostileInputTests`, which generates
    /// inputs too large to commit, and the depth of references by
    /// `ReferenceGraphTests`, which generates a chain of 800 files).
    @Test func theCorpusCoversEveryInputAndReferenceRule() {
        let covered = Set(Self.cases.flatMap { $0.expectations.map(\.code) })
        let generated = [InputRules.tooLarge.code, ReferenceRules.tooDeep.code]
        let required = (InputRules.all + ReferenceRules.all).map(\.code).filter { !generated.contains($0) }
        #expect(Set(required).subtracting(covered).sorted() == [])
    }
}
