import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// `raadsdoc check` takes a template's problems from an earlier run's
/// verdict on the same bytes, by the same executable; anything else, or
/// an entry that does not read back, means checking the template again.
@Suite struct TemplateVerdictCacheTests {
    /// A template with an unknown placeholder: one problem, RD-SJABLOON-002.
    static func flawedTemplate(in folder: String) throws -> String {
        let path = folder + "/sjabloon.ott"
        let bytes = try TemplateFixtures.package(content: TemplateFixtures.content("<text:p>{{inhoud}}</text:p><text:p>{{onbekend}}</text:p>"))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func store(_ cache: TemplateVerdictCache?) -> TemplateStore {
        TemplateStore(fieldNames: { TemplateFields.knownNames }, styles: KindRegistry.styles,
                      limits: TemplateLimits(), verdicts: cache)
    }

    static func cache(base: String, executable: String = "raadsdoc 1") -> TemplateVerdictCache {
        TemplateVerdictCache(store: ValidationCache(base: base, version: "1.0.0", schemaHash: String(repeating: "a", count: 64)),
                             executable: executable)
    }

    static func entries(_ base: String) -> [String] {
        let folder = ValidationCache(base: base, version: "1.0.0", schemaHash: String(repeating: "a", count: 64)).folder
        return FileSystem.contents(of: folder).map { folder + "/" + $0 }
    }

    @Test func aVerdictIsKeptAndTheNextRunTakesItInsteadOfPreparing() throws {
        let folder = try TestSupport.temporaryDirectory()
        let base = folder + "/cache"
        let path = try Self.flawedTemplate(in: folder)
        let first = Self.store(Self.cache(base: base)).problems(at: path)
        #expect(first.map(\.rule.code) == ["RD-SJABLOON-002"])
        let entries = Self.entries(base)
        try #require(entries.count == 1)
        #expect(Self.store(Self.cache(base: base)).problems(at: path) == first)

        // The next run believes the entry: a verdict written by hand comes back.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let planted = [TemplateProblem(TemplateRules.invalidResult, "regel 1\nregel \\2\tmet tab")]
        Self.cache(base: base).keep(planted, of: bytes, fields: TemplateFields.knownNames, limits: TemplateLimits())
        #expect(Self.store(Self.cache(base: base)).problems(at: path) == planted)
        // Preparing the template, for rendering, still finds the real problem.
        #expect(Self.store(Self.cache(base: base)).template(at: path).problems == first)
    }

    @Test func anotherExecutableOrTemplateIsCheckedAgain() throws {
        let folder = try TestSupport.temporaryDirectory()
        let base = folder + "/cache"
        let path = try Self.flawedTemplate(in: folder)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let planted = [TemplateProblem(TemplateRules.invalidResult, "geplant")]
        Self.cache(base: base).keep(planted, of: bytes, fields: TemplateFields.knownNames, limits: TemplateLimits())
        #expect(Self.store(Self.cache(base: base, executable: "raadsdoc 2")).problems(at: path).map(\.rule.code) == ["RD-SJABLOON-002"])
        var fewerEntries = TemplateLimits()
        fewerEntries.entries = 999
        #expect(Self.cache(base: base).problems(of: bytes, fields: TemplateFields.knownNames, limits: fewerEntries) == nil)
        #expect(Self.cache(base: base).problems(of: bytes + [0], fields: TemplateFields.knownNames, limits: TemplateLimits()) == nil)
        #expect(Self.cache(base: base).problems(of: bytes, fields: ["inhoud"], limits: TemplateLimits()) == nil)
    }

    @Test(arguments: ["RD-ONBEKEND-001\tgeen regel van raadsdoc", "zonder tab", "RD-SJABLOON-002\teindigt op \\", "RD-SJABLOON-002\t\\x"])
    func anEntryThatDoesNotReadBackIsIgnored(_ damaged: String) throws {
        let folder = try TestSupport.temporaryDirectory()
        let base = folder + "/cache"
        let path = try Self.flawedTemplate(in: folder)
        _ = Self.store(Self.cache(base: base)).problems(at: path)
        let entry = try #require(Self.entries(base).first)
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: entry))
        #expect(Self.store(Self.cache(base: base)).problems(at: path).map(\.rule.code) == ["RD-SJABLOON-002"])
    }

    /// Rendering, and so every run that renders, prepares the template
    /// itself: a verdict is only as trustworthy as the cache folder.
    @Test func onlyARunThatRendersNothingTakesAKeptVerdict() throws {
        let cache = try #require(TemplateVerdictCache.standard)
        // A template of this test run's own, so no other run's verdict applies.
        let unique = try TestSupport.temporaryDirectory()
        let bytes = try TemplateFixtures.package(content: TemplateFixtures.content("<text:p>{{inhoud}}</text:p><text:p>\(unique)</text:p>"))
        let planted = TemplateProblem(TemplateRules.invalidResult, "geplant oordeel")
        cache.keep([planted], of: bytes, fields: TemplateFields.knownNames, limits: TemplateLimits())
        let letter = try TemplateFixtures.letter(using: bytes)
        func templateMessages(_ workspace: Workspace) -> [String] {
            workspace.load(letter).diagnostics.items.filter { $0.code.hasPrefix("RD-SJABLOON") }.map(\.message)
        }
        #expect(templateMessages(Workspace(keepsTemplateVerdicts: true)) == ["sjabloon sjabloon.ott: geplant oordeel"])
        #expect(templateMessages(Workspace()) == [])
    }

    /// The executable itself: `check` takes the verdict it kept, `render`
    /// prepares the template whatever the cache says.
    @Test func checkTakesTheVerdictItKeptAndRenderDoesNot() throws {
        let folder = try TestSupport.temporaryDirectory()
        let letter = try TemplateFixtures.letter(using: try TemplateFixtures.package(
            content: TemplateFixtures.content("<text:p>{{inhoud}}</text:p><text:p>{{onbekend}}</text:p>")))
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = folder + "/cache"
        func raadsdoc(_ arguments: String...) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
            process.arguments = arguments
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try raadsdoc("check", letter).contains("RD-SJABLOON-002"))
        let entries = FileManager.default.subpaths(atPath: folder + "/cache/raadsdoc")?
            .map { folder + "/cache/raadsdoc/" + $0 }
            .filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.hasPrefix("RD-SJABLOON-002\t") == true } ?? []
        let entry = try #require(entries.count == 1 ? entries.first : nil)
        try Data("RD-SJABLOON-010\tgeplant oordeel".utf8).write(to: URL(fileURLWithPath: entry))
        let checked = try raadsdoc("check", letter)
        #expect(checked.contains("geplant oordeel") && !checked.contains("RD-SJABLOON-002"))
        #expect(try raadsdoc("render", letter, "--uit", folder + "/uit").contains("RD-SJABLOON-002"))
    }

    @Test func aTemplateThatCannotBeReadIsNotKept() throws {
        let folder = try TestSupport.temporaryDirectory()
        let base = folder + "/cache"
        let problems = Self.store(Self.cache(base: base)).problems(at: folder + "/ontbreekt.ott")
        #expect(problems.map(\.rule.code) == ["RD-SJABLOON-001"])
        #expect(problems.first?.message.contains("bestaat niet") == true)
        #expect(Self.entries(base).isEmpty)
    }
}
