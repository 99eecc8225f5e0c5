import Testing
import Taal

struct TokenizerTests {
    @Test func rangesAreUTF8BytesAroundMultibyteCharacters() {
        let text = "Café één: € 12,50 voor ideeën."
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["Café", "één", "12,50", "voor", "ideeën"])
        // "Café" is 5 bytes (é is 2), a space, "één" is 5 bytes.
        #expect(tokens[0].range == 0..<5)
        #expect(tokens[1].range == 6..<11)
        // ": " (11–12), "€" (13–15) and a space.
        #expect(tokens[2].range == 17..<22)
        #expect(tokens[2].kind == .number)
        for token in tokens { #expect(text.slice(token.range) == token.text) }
    }

    @Test func apostrophesStayInsideWords() {
        let tokens = Tokenizer.tokens(in: "Zo'n auto's en collega’s, ‘bindende afspraken’ en 's avonds.")
        #expect(tokens.map(\.text) == ["Zo'n", "auto's", "en", "collega’s", "bindende", "afspraken", "en", "'s", "avonds"])
    }

    @Test func hyphenatedCompoundsAreOneWord() {
        let tokens = Tokenizer.tokens(in: "Stuur een e-mail naar Noord-Holland over wind- en zonne-energie en -adaptatie.")
        #expect(tokens.map(\.text) == ["Stuur", "een", "e-mail", "naar", "Noord-Holland", "over", "wind-", "en", "zonne-energie", "en", "-adaptatie"])
    }

    @Test func numbersDatesAndCodes() {
        let tokens = Tokenizer.tokens(in: "Op 1/1/2023 en 13-07-2021 kostte het 1.000,50; kenmerk RM-2021-WLR-01 en de 3e CO2-meting.")
        let kinds = Dictionary(tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["1/1/2023"] == .number)
        #expect(kinds["13-07-2021"] == .number)
        #expect(kinds["1.000,50"] == .number)
        #expect(kinds["RM-2021-WLR-01"] == .word)
        #expect(kinds["3e"] == .word)
        #expect(kinds["CO2-meting"] == .word)
    }

    @Test func abbreviationsKeepTheirStops() {
        let tokens = Tokenizer.tokens(in: "Brief d.d. 1 augustus t.a.v. de raad, o.a. over bijv. kosten.")
        #expect(tokens.filter { $0.kind == .abbreviation }.map(\.text) == ["d.d.", "t.a.v.", "o.a."])
        #expect(tokens.contains { $0.text == "bijv" && $0.kind == .word })
    }

    @Test func addressesCodeAndMarkupAreNotWords() {
        let text = "Zie https://www.zaanstad.nl/klimaat, mail info@gemeente.nl of kijk op gemeente.nl. Typ `raadsdoc render` <b>nu</b> &amp; klaar."
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.filter { $0.kind == .url }.map(\.text) == ["https://www.zaanstad.nl/klimaat", "gemeente.nl"])
        #expect(tokens.filter { $0.kind == .email }.map(\.text) == ["info@gemeente.nl"])
        #expect(tokens.filter { $0.kind == .code }.map(\.text) == ["`raadsdoc render`"])
        #expect(!tokens.contains { $0.text == "b" || $0.text == "amp" })
        #expect(tokens.contains { $0.text == "nu" })
    }
}
