import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// References between inputs: a chain deeper than the limit is a fout at
/// the reference past it (never a crash), and a document reached along
/// many paths is loaded once per top-level document.
@Suite struct ReferenceGraphTests {
    static func letter(referringTo files: [String]) -> String {
        files.isEmpty ? CommandLineTests.letter
            : CommandLineTests.letter + "bijlagen:\n" + files.map { "  - bestand: \($0)\n" }.joined()
    }

    @Test func aChainOfEightHundredBijlagenIsAFoutAtTheMaximumDepth() throws {
        let directory = try TestSupport.temporaryDirectory()
        let count = 800
        for index in 0..<count {
            try Self.letter(referringTo: index + 1 < count ? ["c\(index + 1).yaml"] : [])
                .write(toFile: directory + "/c\(index).yaml", atomically: false, encoding: .utf8)
        }
        let start = Date()
        for workspace in [Workspace(), Workspace(retainsDocuments: false)] {
            let document = workspace.load(directory + "/c0.yaml")
            let tooDeep = document.diagnostics.items.filter { $0.code == ReferenceRules.tooDeep.code }
            #expect(tooDeep.count == 1)
            #expect(tooDeep.first?.position.path == directory + "/c\(KindContext.maximumDepth - 1).yaml")
            #expect(tooDeep.first?.message.contains("c\(KindContext.maximumDepth).yaml") == true)
        }
        #expect(Date().timeIntervalSince(start) < 60)
        let run = try CommandLineTests.raadsdoc("check", directory + "/c0.yaml")
        #expect(run.status == 1)
        #expect(run.errors.contains("fout[RD-VERWIJZING-005]"))
    }

    /// 22 levels of two documents, each referring to both of the next
    /// level: 2^22 paths, 44 documents.
    @Test func aDiamondOfTwentyTwoLevelsIsLoadedInLinearTime() throws {
        let directory = try TestSupport.temporaryDirectory()
        let levels = 22
        for level in 0..<levels {
            let next = level + 1 < levels ? ["a\(level + 1).yaml", "b\(level + 1).yaml"] : []
            for side in ["a", "b"] {
                try Self.letter(referringTo: next).write(toFile: directory + "/\(side)\(level).yaml", atomically: false, encoding: .utf8)
            }
        }
        try Self.letter(referringTo: ["a0.yaml", "b0.yaml"]).write(toFile: directory + "/top.yaml", atomically: false, encoding: .utf8)
        let start = Date()
        let document = Workspace(retainsDocuments: false).load(directory + "/top.yaml")
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(document.diagnostics.items.isEmpty, "\(document.diagnostics.items.prefix(3))")
        #expect(document.inputHashes.count == 2 * levels + 1)
    }

    @Test func diagnosticsOfADocumentReachedTwiceAreReportedOnce() throws {
        let directory = try TestSupport.temporaryDirectory()
        try "soort: brief\n".write(toFile: directory + "/kapot.yaml", atomically: false, encoding: .utf8)
        for side in ["a", "b"] {
            try Self.letter(referringTo: ["kapot.yaml"]).write(toFile: directory + "/\(side).yaml", atomically: false, encoding: .utf8)
        }
        try Self.letter(referringTo: ["a.yaml", "b.yaml"]).write(toFile: directory + "/top.yaml", atomically: false, encoding: .utf8)
        let document = Workspace(retainsDocuments: false).load(directory + "/top.yaml")
        let inBroken = document.diagnostics.items.filter { $0.position.path.hasSuffix("kapot.yaml") }
        #expect(!inBroken.isEmpty)
        #expect(inBroken.count == Set(inBroken.map { "\($0.position)|\($0.code)|\($0.message)" }).count)
    }
}
