import Testing
import SpellSupport
import Taal

struct ReadabilityTests {
    @Test func syllablesFromThePatternsAndInsideTheirParts() throws {
        let syllables = Syllables(hyphenation: try HyphenationDictionary.dutch())
        let expected: [String: Int] = [
            "gemeenteraad": 4, "raad": 1, "besluit": 2, "college": 3, "idee": 2, "avond": 2, "agenda": 3,
            "België": 3, "ideeën": 3, "samenwerkingsovereenkomst": 8, "zijn": 1, "auto's": 2, "ĳs": 1,
        ]
        for (word, count) in expected {
            #expect(syllables.count(word) == count, "\(word)")
        }
    }

    @Test func fleschDoumaMatchesAHandComputedValue() throws {
        let readability = try Shared.language().readability
        // 10 words, 2 sentences, 14 syllables:
        // de raad be-sluit van-daag (6) · het col-le-ge voert het plan uit (8).
        let report = readability.report(for: "De raad besluit vandaag. Het college voert het plan uit.")
        #expect(report.wordCount == 10)
        #expect(report.sentenceCount == 2)
        #expect(report.syllableCount == 14)
        #expect(report.averageSentenceLength == 5)
        // 206.835 − 0.93 × 5 − 77 × 1.4 = 94.385
        #expect(abs(report.fleschDouma - 94.385) < 0.0001)
    }

    @Test func longSentencesAreFlaggedWithTheirRange() throws {
        let readability = try Shared.language().readability
        // A new sentence starts with a capital: after "goed." a lowercase
        // word would continue the sentence.
        let long = "Dit" + String(repeating: " woord", count: 25) + "."
        let text = "Kort is goed. " + long + " Weer kort."
        let report = readability.report(for: text)
        #expect(report.longSentences.count == 1)
        #expect(report.longSentences.first?.range == text.byteRange(of: long))
        let exactly25 = "Dit" + String(repeating: " woord", count: 24) + "."
        #expect(readability.report(for: exactly25).longSentences.isEmpty)
        let findings = readability.findings(in: text).filter { $0.kind == .longSentence }
        #expect(findings.map(\.message) == ["lange zin: 26 woorden (meer dan 25); splits de zin"])
    }

    @Test func longWordsByLettersOrSyllables() throws {
        let readability = try Shared.language().readability
        let report = readability.report(for: "De samenwerkingsovereenkomst en de gemeenteraad zijn verantwoordelijk voor de raadsinformatiebrief.")
        // gemeenteraad: 4 syllables, 12 letters: not long.
        #expect(report.longWords.map(\.text) == ["samenwerkingsovereenkomst", "verantwoordelijk", "raadsinformatiebrief"])
    }

    @Test func sectionsAndTheirTotal() throws {
        let readability = try Shared.language().readability
        let report = readability.report(for: [
            Section(title: "Aanleiding", text: "De raad besluit vandaag."),
            Section(title: "Kern", text: "Het college voert het plan uit."),
        ])
        #expect(report.sections.map(\.title) == ["Aanleiding", "Kern"])
        #expect(report.sections.map(\.report.wordCount) == [4, 6])
        #expect(report.total.wordCount == 10)
        #expect(report.total.sentenceCount == 2)
        #expect(abs(report.total.fleschDouma - 94.385) < 0.0001)
    }

    @Test func emptyTextHasNoScore() throws {
        let report = try Shared.language().readability.report(for: "  \n 2021 ")
        #expect(report.wordCount == 0)
        #expect(report.fleschDouma == 0)
    }
}
