import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The starters of `raadsdoc nieuw` check clean, every one of every
/// registered kind: written side by side in one folder with the profile
/// starter as raadsdoc.yaml, as a clerk would keep them. A starter may
/// refer to another kind's starter as `<soort>.yaml`.
@Suite struct StarterTests {
    static let folder: Result<String, TestFailure> = Result {
        let directory = try TestSupport.temporaryDirectory()
        try InputForm.profile.starter.write(toFile: directory + "/" + ProfileSpec.fileName, atomically: true, encoding: .utf8)
        for kind in KindRegistry.all {
            try kind.starter.write(toFile: directory + "/\(kind.name).yaml", atomically: true, encoding: .utf8)
        }
        return directory
    }.mapError { TestFailure("de voorbeelden konden niet worden geschreven: \($0)") }

    static func path(_ name: String) throws -> String {
        try folder.get() + "/" + name
    }

    @Test(arguments: KindRegistry.all.map(\.name))
    func starterChecksWithoutAnyDiagnostic(_ name: String) throws {
        let (document, _) = TestSupport.load(try Self.path("\(name).yaml"))
        expectNone(in: document.diagnostics.items)
        #expect(document.kind?.name == name)
        #expect(document.model != nil)
    }

    @Test(arguments: KindRegistry.all.map(\.name))
    func starterRendersValidODF(_ name: String) throws {
        let odt = try TestSupport.render(try Self.path("\(name).yaml"))
        #expect(PackageVerifier.problems(in: odt) == [])
    }

    @Test func profileStarterChecksWithoutAnyDiagnostic() throws {
        let (profile, _) = TestSupport.load(try Self.path(ProfileSpec.fileName))
        expectNone(in: profile.diagnostics.items)
        #expect(profile.profile.gemeente == "Voorbeeldgemeente")
        #expect(profile.profile.themes.count == 5)
    }

    /// A starter must fail the checks when it is broken, or the tests
    /// above prove nothing: the first line after the comments, mistyped.
    @Test(arguments: KindRegistry.all.map(\.name))
    func aBrokenStarterIsReported(_ name: String) throws {
        let starter = try #require(KindRegistry.kind(named: name)).starter
        let broken = starter.replacingOccurrences(of: "\nsoort:", with: "\nsoortt:")
        #expect(try diagnostics(of: broken).map(\.code).contains("RD-INVOER-016"))
    }
}
