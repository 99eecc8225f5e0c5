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

    /// Runs `work` on a thread with a small stack, and fails the test if
    /// that takes longer than `seconds`.
    static func onASmallStack<Value: Sendable>(seconds: Double = 30,
                                               _ work: @escaping @Sendable () throws -> Value) throws -> Value {
        let result = Mutex<Result<Value, TestFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let outcome = Result { try work() }.mapError { TestFailure("\($0)") }
            result.withLock { $0 = outcome }
            done.signal()
        }
        thread.stackSize = smallStack
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else {
            throw TestFailure("na \(Int(seconds)) seconden nog niet klaar")
        }
        return try #require(result.withLock { $0 }).get()
    }

    @Test func aTenMegabyteScalarIsRefusedBeforeParsing() throws {
        let text = "soort: brief\nonderwerp: \"" + String(repeating: "a", count: 10 * 1024 * 1024) + "\"\n"
        let found = try expectOnly("RD-INVOER-005", at: 1, 1, in: Self.onASmallStack { try diagnostics(of: text) })
        #expect(found.message.contains("groter dan 2,0 MB"))
    }

    @Test func aScalarAboveTheValueLimitIsRefusedAtItsPosition() throws {
        let text = "soort: brief\nonderwerp: \"" + String(repeating: "a", count: 1_500_000) + "\"\n"
        let found = try expectOnly("RD-INVOER-005", at: 2, 12, in: Self.onASmallStack { try diagnostics(of: text) })
        #expect(found.message.contains("1.500.000 bytes"))
    }

    @Test func tenThousandLevelsOfFlowNestingAreRefused() throws {
        let depth = 10_000
        let text = "soort: brief\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        try expectOnly("RD-INVOER-006", at: 2, in: Self.onASmallStack { try diagnostics(of: text) })
    }

    @Test func tenThousandLevelsOfBlockNestingAreRefused() throws {
        let text = "soort: brief\nx:\n  " + String(repeating: "- ", count: 10_000) + "a\n"
        try expectOnly("RD-INVOER-006", at: 3, in: Self.onASmallStack { try diagnostics(of: text) })
    }

    @Test func indentationNestedToLibyamlsLimitIsRefused() throws {
        let lines = (0..<1_200).map { String(repeating: " ", count: $0) + "a:" }
        let text = "soort: brief\n" + lines.joined(separator: "\n") + " x\n"
        let found = try Self.onASmallStack { try diagnostics(of: text) }
        #expect(found.map(\.code) == ["RD-INVOER-006"])
    }

    /// Just below libyaml's limit: Yams recurses 990 levels deep, on the
    /// loader's own thread, and our converter stops at level 49.
    @Test func nestingJustBelowLibyamlsLimitStopsAtOurOwn() throws {
        let depth = 990
        let text = "soort: brief\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        try expectOnly("RD-INVOER-006", at: 2, 51, in: Self.onASmallStack { try diagnostics(of: text) })
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
        let text = Self.billionLaughs(final: use)
        let found = DiagnosticList.sortedUnique(try Self.onASmallStack(seconds: 10) { try diagnostics(of: text) })
        #expect(found.first.map { "\($0.code) \($0.position.line):\($0.position.column)" } == "RD-INVOER-007 2:4")
        #expect(found.allSatisfy { $0.code == "RD-INVOER-007" })
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func moreValuesThanTheLimitAreRefused() throws {
        let text = "soort: brief\nx: [" + Array(repeating: "a", count: 300_000).joined(separator: ",") + "]\n"
        let found = try Self.onASmallStack { try diagnostics(of: text) }
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
        let odt = try Self.onASmallStack(seconds: 60) { try TestSupport.render(path) }
        #expect(try TestSupport.text(of: odt).contains("Onderste"))
    }
}
