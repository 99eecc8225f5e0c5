import Testing
import Taal

/// Input the checker cannot trust must give findings, never a crash, and
/// every range must lie inside the text.
struct HostileInputTests {
    @Test(arguments: [
        "",
        "   \n\n\t",
        String(repeating: "a", count: 5_000),
        String(repeating: "ab-", count: 2_000),
        "`niet gesloten <b niet gesloten &amp zonder puntkomma",
        "\u{0301}\u{0308} losse accenten e\u{0301}e\u{0301}n",
        "emoji 👩‍👩‍👧 en vlaggen 🇳🇱🇧🇪 in een zin.",
        "....!!!???---''’’",
        "a. b. c. 1. 2) - * • o",
        "Zo'n'n'n 'sss '-'-' d.d.d.d.d. http:// www. @ x@ @y.nl",
        "\u{0}\u{1}\u{7F} stuurtekens\u{2028}en scheiders",
    ])
    func noCrashAndRangesInside(text: String) throws {
        let check = try Shared.language()
        let length = text.utf8.count
        let findings = check.findings(in: text, suggestionLimit: 1)
        for finding in findings {
            #expect(finding.range.lowerBound >= 0 && finding.range.upperBound <= length)
        }
        for sentence in SentenceSplitter.sentences(in: text) {
            #expect(sentence.range.upperBound <= length)
        }
        let index = LineIndex(text)
        for finding in findings { _ = index.position(ofByte: finding.range.lowerBound) }
    }

    @Test func outputIsDeterministic() throws {
        let check = try Shared.language()
        let text = "Middels deze raadsmededelingg wordt u geïnformeerd over het warmteplan d.d. 1 mei jl. Wij doen dit z.s.m."
        #expect(check.findings(in: text) == check.findings(in: text))
    }
}
