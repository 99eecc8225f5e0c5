import Foundation
import Synchronization
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Inputs too large to commit, generated here: each must be refused with a
/// clear code, quickly, and without overflowing the stack of a worker
/// thread with a small stack (batch rendering uses worker threads).
@Suite struct HostileInputTests {
    /// Smaller than any platform's default for secondary threads (512 KB
    /// on macOS), and far too small for Yams' recursion at libyaml's
    /// nesting limit of 1000 levels, which the loader must keep off it.
    static let smallStack = 256 * 1024

    /// Loads `text` in a fresh workspace on a thread with a small stack,
    /// and fails the test if that takes longer than `seconds`.
    static func diagnostics(_ text: String, seconds: Double = 30) throws -> [Diagnostic] {
        let path = try TestSupport.writeInput(text)
        let result = Mutex<[Diagnostic]?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let found = Workspace().load(path).diagnostics.sorted
            result.withLock { $0 = found }
            done.signal()
        }
        thread.stackSize = smallStack
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else {
            throw TestFailure("\(path) is na \(Int(seconds)) seconden nog niet gecontroleerd")
        }
        return result.withLock { $0 } ?? []
    }

    static func codesAndPositions(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code) \($0.position.line):\($0.position.column)" }
    }

    @Test func aTenMegabyteScalarIsRefusedBeforeParsing() throws {
        let found = try Self.diagnostics("soort: brief\nonderwerp: \"" + String(repeating: "a", count: 10 * 1024 * 1024) + "\"\n")
        #expect(Self.codesAndPositions(found) == ["RD-INVOER-005 1:1"])
        #expect(found.first?.message.contains("groter dan 2,0 MB") == true)
    }

    @Test func aScalarAboveTheValueLimitIsRefusedAtItsPosition() throws {
        let found = try Self.diagnostics("soort: brief\nonderwerp: \"" + String(repeating: "a", count: 1_500_000) + "\"\n")
        #expect(Self.codesAndPositions(found) == ["RD-INVOER-005 2:12"])
        #expect(found.first?.message.contains("1.500.000 bytes") == true)
    }

    @Test func tenThousandLevelsOfFlowNestingAreRefused() throws {
        let depth = 10_000
        let found = try Self.diagnostics("soort: brief\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        #expect(found.map(\.code) == ["RD-INVOER-006"])
        #expect(found.first?.position.line == 2)
    }

    @Test func tenThousandLevelsOfBlockNestingAreRefused() throws {
        let found = try Self.diagnostics("soort: brief\nx:\n  " + String(repeating: "- ", count: 10_000) + "a\n")
        #expect(found.map(\.code) == ["RD-INVOER-006"])
        #expect(found.first?.position.line == 3)
    }

    @Test func indentationNestedToLibyamlsLimitIsRefused() throws {
        let lines = (0..<1_200).map { String(repeating: " ", count: $0) + "a:" }
        let found = try Self.diagnostics("soort: brief\n" + lines.joined(separator: "\n") + " x\n")
        #expect(found.map(\.code) == ["RD-INVOER-006"])
    }

    /// Just below libyaml's limit: Yams recurses 990 levels deep, on the
    /// loader's own thread, and our converter stops at level 49.
    @Test func nestingJustBelowLibyamlsLimitStopsAtOurOwn() throws {
        let depth = 990
        let found = try Self.diagnostics("soort: brief\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        #expect(Self.codesAndPositions(found) == ["RD-INVOER-006 2:51"])
    }

    static func billionLaughs(final: String) -> String {
        var lines = ["soort: brief", "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = "abcdefghij".map(String.init)
        for index in 1..<names.count {
            let previous = names[index - 1]
            lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
        }
        return (lines + [final]).joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["x: *j", "x: {*j : 1}", "x: [{*j : 1}]", "? - *j\n: v", "[*j]: v"])
    func aBillionLaughsIsRefusedAtTheFirstAnchor(_ use: String) throws {
        let start = ContinuousClock.now
        let found = try Self.diagnostics(Self.billionLaughs(final: use), seconds: 10)
        #expect(found.first.map { "\($0.code) \($0.position.line):\($0.position.column)" } == "RD-INVOER-007 2:4")
        #expect(found.allSatisfy { $0.code == "RD-INVOER-007" })
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func moreValuesThanTheLimitAreRefused() throws {
        let found = try Self.diagnostics("soort: brief\nx: [" + Array(repeating: "a", count: 300_000).joined(separator: ",") + "]\n")
        #expect(found.map(\.code) == ["RD-INVOER-005"])
        #expect(found.first?.message.contains("250.000") == true)
    }

    /// Sections nested as deep as the loader allows check and render on a
    /// small stack: the rest of the pipeline is safe at the loader's limit.
    @Test func nestingWithinTheLimitChecksAndRendersOnASmallStack() throws {
        var text = "soort: raadsmededeling\ndatum: 2021-07-13\nkenmerk: X-1\nonderwerp: Diep\nsecties:\n"
        var indent = "  "
        for level in 1...22 {
            text += indent + "- kop: Niveau \(level)\n" + indent + "  tekst: Tekst op niveau \(level).\n" + indent + "  secties:\n"
            indent += "    "
        }
        text += indent + "- kop: Onderste\n"
        text += "ondertekening:\n  ondertekenaars:\n    - naam: J. Jansen\n      functie: secretaris\n    - naam: A. de Vries\n      functie: burgemeester\n"
        let path = try TestSupport.writeInput(text)
        let rendered = Mutex<Result<[UInt8], TestFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let outcome = Result { try TestSupport.render(path) }.mapError { TestFailure("\($0)") }
            rendered.withLock { $0 = outcome }
            done.signal()
        }
        thread.stackSize = Self.smallStack
        thread.start()
        #expect(done.wait(timeout: .now() + 60) == .success)
        let odt = try #require(rendered.withLock { $0 }).get()
        #expect(try TestSupport.text(of: odt).contains("Onderste"))
    }
}
