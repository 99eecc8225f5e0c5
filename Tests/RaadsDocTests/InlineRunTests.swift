import Testing
@testable import RaadsDocCore

/// InlineRun gathers a paragraph's inlines in one growing string. These
/// tests hold it to the merging it replaced (the last `.text` concatenated
/// with each new piece, a container's inlines appended as they are) on every
/// sequence of up to four steps from a set that covers the cases: text,
/// empty text, a non-text inline, and containers that are empty, all text,
/// or end or start with text.
@Suite struct InlineRunTests {
    private enum Step {
        case text(String)
        case inline(Inline)
        case contents([Inline])
    }

    private static let steps: [Step] = [
        .text("a"), .text(""), .text(" b"),
        .inline(.lineBreak), .inline(.text("t")), .inline(.emphasis([.text("e")])),
        .contents([]), .contents([.text("c")]), .contents([.text("d"), .lineBreak]),
        .contents([.lineBreak, .text("f")]), .contents([.text("g"), .text("h")]),
    ]

    /// The merging InlineRun replaced.
    private static func reference(_ steps: [Step]) -> [Inline] {
        func appendText(_ text: String, to result: inout [Inline]) {
            if case .text(let previous) = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
        }
        var result: [Inline] = []
        for step in steps {
            switch step {
            case .text(let text): appendText(text, to: &result)
            case .inline(.text(let text)): appendText(text, to: &result)
            case .inline(let inline): result.append(inline)
            case .contents(let inlines): result += inlines
            }
        }
        return result
    }

    private static func run(_ steps: [Step]) -> [Inline] {
        var run = InlineRun()
        for step in steps {
            switch step {
            case .text(let text): run.appendText(text)
            case .inline(let inline): run.append(inline)
            case .contents(let inlines): run.append(contentsOf: inlines)
            }
        }
        return run.inlines()
    }

    @Test func mergesAsTheConcatenationItReplaced() {
        var sequences: [[Step]] = [[]]
        var checked = 0
        for _ in 1...4 {
            sequences = sequences.flatMap { sequence in Self.steps.map { sequence + [$0] } }
            for sequence in sequences {
                #expect(Self.run(sequence) == Self.reference(sequence), "\(sequence)")
                checked += 1
            }
        }
        #expect(checked == 11 + 121 + 1_331 + 14_641)
    }

    @Test func keepsAContainersFirstTextApartAndMergesItsLast() {
        var run = InlineRun()
        run.appendText("x")
        run.append(contentsOf: [.text("a"), .lineBreak, .text("b")])
        run.appendText("c")
        #expect(run.inlines() == [.text("x"), .text("a"), .lineBreak, .text("bc")])
    }
}
