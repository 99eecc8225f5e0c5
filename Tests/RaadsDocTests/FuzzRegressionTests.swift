import Foundation
import FuzzHarness
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocODF
@testable import RaadsDocPipeline

/// The fuzz targets' checks (`FuzzTarget`, Fuzz/README.md) in the normal
/// suite: every saved finding (Fixtures/fuzz/<target>/) and every seed
/// passes them, so a finding fixed once stays fixed without a fuzzer build.
@Suite struct FuzzRegressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let target: FuzzTarget
        let path: String
        var testDescription: String { "\(target.rawValue): \(path)" }
    }

    /// The saved findings, by target folder.
    static var findings: [Case] {
        FuzzTarget.allCases.flatMap { target in
            let folder = "Tests/RaadsDocTests/Fixtures/fuzz/\(target.rawValue)"
            return FileSystem.contents(of: TestSupport.path(folder)).filter { !$0.hasPrefix(".") }.sorted()
                .map { Case(target: target, path: "\(folder)/\($0)") }
        }
    }

    /// The seeds Fuzz/corpus.py starts from: the example inputs for the
    /// YAML, rich-text and render targets, the shipped templates for the
    /// template target.
    static var seeds: [Case] {
        let inputs = TestSupport.exampleInputs.map { String($0.dropFirst(TestSupport.packageRoot.count + 1)) }
        return [FuzzTarget.yaml, .richText, .render].flatMap { target in inputs.map { Case(target: target, path: $0) } }
            + TemplateFixtures.shipped.map { Case(target: .template, path: $0) }
    }

    @Test(arguments: findings + seeds) func passesTheFuzzChecks(_ testCase: Case) throws {
        let bytes = try #require(FileManager.default.contents(atPath: TestSupport.path(testCase.path)))
        #expect(testCase.target.problems(in: Array(bytes)) == [])
    }

    /// The template target prepares from memory: the same template, with
    /// the same problems, as from the file.
    @Test(arguments: TemplateFixtures.shipped + ["Tests/RaadsDocTests/Fixtures/sjablonen/rijk.ott"])
    func templateFromMemoryIsTheTemplateFromTheFile(_ path: String) throws {
        let file = TestSupport.path(path)
        let bytes = try #require(FileManager.default.contents(atPath: file))
        let fromFile = HouseStyleTemplate.prepare(file, fields: TemplateFields.allNames, styles: KindRegistry.styles)
        let fromMemory = HouseStyleTemplate.prepare(bytes: Array(bytes), fields: TemplateFields.allNames, styles: KindRegistry.styles)
        let template = try #require(fromMemory.template)
        #expect(template.sha256 == fromFile.template?.sha256)
        #expect(template.fieldNames == fromFile.template?.fieldNames)
        #expect(fromMemory.problems == fromFile.problems)
    }

    /// Bytes that are no zip are refused as such, from memory as from a file.
    @Test func templateFromMemoryRefusesNonZip() {
        let prepared = HouseStyleTemplate.prepare(bytes: Array("soort: brief\n".utf8), fields: [], styles: KindRegistry.styles)
        #expect(prepared.template == nil)
        #expect(prepared.problems.map(\.rule) == [TemplateRules.unreadable])
    }
}
