import Testing
import Taal

struct JargonTests {
    @Test func shippedListsAreLargeEnough() throws {
        #expect(try JargonList.shipped(.netherlands).entries.count >= 60)
        #expect(try JargonList.shipped(.belgium).entries.count >= 60)
    }

    @Test func singleAndMultiWordEntriesMatchIgnoringCase() throws {
        let jargon = try JargonList.shipped(.netherlands)
        let text = "Middels deze brief, TEN BEHOEVE VAN de raad en in het kader van de begroting, informeren wij u inzake het plan."
        let findings = jargon.findings(in: text)
        #expect(findings.map(\.text) == ["Middels", "TEN BEHOEVE VAN", "in het kader van", "inzake"])
        #expect(findings.first?.message == "liever niet ‘Middels’, maar wel ‘met’ of ‘via’")
        #expect(findings[2].range == text.byteRange(of: "in het kader van"))
        #expect(findings[3].message == "liever niet ‘inzake’, maar wel ‘over’")
    }

    @Test func matchesOnlyWholeWordsAndAcrossWhiteSpace() throws {
        let jargon = try JargonList.shipped(.netherlands)
        // "conformiteit" and "teneindelijk" contain entries but are other words;
        // a comma between the words breaks a phrase.
        #expect(jargon.findings(in: "De conformiteit is teneindelijk getoetst. Ten, behoeve van niemand.").isEmpty)
        #expect(jargon.findings(in: "ten\nbehoeve  van").map(\.text) == ["ten\nbehoeve  van"])
    }

    @Test func flemishListHasItsOwnEntries() throws {
        let belgian = try JargonList.shipped(.belgium)
        let dutch = try JargonList.shipped(.netherlands)
        let text = "Gelet op het advies verklaart het college zich akkoord, desgevallend met voorwaarden."
        #expect(belgian.findings(in: text).map(\.text) == ["Gelet op", "desgevallend"])
        #expect(dutch.findings(in: text).isEmpty)
    }

    @Test func codeAndAddressesAreNotJargon() throws {
        let jargon = try JargonList.shipped(.netherlands)
        #expect(jargon.findings(in: "Gebruik `middels` of https://inzake.nl als voorbeeld.").isEmpty)
    }
}
