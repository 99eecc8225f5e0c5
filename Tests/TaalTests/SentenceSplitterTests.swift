import Testing
import Taal

struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { text.slice($0.range) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        let abbreviations = [
            "d.d.", "o.a.", "bijv.", "art.", "nr.", "t.a.v.", "i.p.v.", "m.b.t.", "n.a.v.", "resp.", "ca.", "dhr.",
            "mevr.", "mr.", "drs.", "ir.", "prof.", "dr.", "m.u.v.",
        ]
        for abbreviation in abbreviations {
            let text = "Wij schrijven \(abbreviation) Jansen 12 keer. Daarna volgt meer."
            #expect(sentences(text) == ["Wij schrijven \(abbreviation) Jansen 12 keer.", "Daarna volgt meer."], "\(abbreviation)")
        }
    }

    @Test func dateAfterDdStaysInTheSentence() {
        let text = "Het besluit d.d. 1 augustus 2021 is vastgesteld. De raad stemde in."
        #expect(sentences(text) == ["Het besluit d.d. 1 augustus 2021 is vastgesteld.", "De raad stemde in."])
    }

    @Test func abbreviationsThatMayEndASentence() {
        for abbreviation in ["enz.", "etc.", "e.d.", "e.a.", "jl.", "z.s.m."] {
            let text = "Wij regelen kosten, plannen \(abbreviation) Daarna volgt meer. Ook \(abbreviation) en verder."
            #expect(sentences(text) == ["Wij regelen kosten, plannen \(abbreviation)", "Daarna volgt meer.", "Ook \(abbreviation) en verder."], "\(abbreviation)")
        }
    }

    @Test func numbersInitialsAndOrdinals() {
        let text = "Zie paragraaf 1.2 van het plan. J. de Vries en A.B. Jansen tekenden op 1. januari. Het kost 2.500 euro."
        #expect(sentences(text) == [
            "Zie paragraaf 1.2 van het plan.", "J. de Vries en A.B. Jansen tekenden op 1. januari.", "Het kost 2.500 euro.",
        ])
    }

    @Test func questionsExclamationsAndQuotes() {
        let text = "Is dat zo? Ja! Hij zei: ‘Wij doen het.’ Dan gaan we."
        #expect(sentences(text) == ["Is dat zo?", "Ja!", "Hij zei: ‘Wij doen het.’", "Dan gaan we."])
    }

    @Test func listItemsAreTheirOwnUnits() {
        let text = """
        De raad besluit tot het volgende
        - het plan vast te stellen
        - de kosten te dekken uit de reserve
        1. Inventariseren en inspireren
        2. Verbinden en
        verrijken
        a. eerste punt
        b) tweede punt

        # Kop zonder punt
        Gewone tekst volgt hier.
        """
        #expect(sentences(text) == [
            "De raad besluit tot het volgende", "het plan vast te stellen", "de kosten te dekken uit de reserve",
            "Inventariseren en inspireren", "Verbinden en\nverrijken", "eerste punt", "tweede punt", "# Kop zonder punt",
            "Gewone tekst volgt hier.",
        ])
    }

    @Test func rangesAreBytes() {
        let text = "Één zin met € erin. Tweede zin."
        let found = SentenceSplitter.sentences(in: text)
        #expect(found.count == 2)
        #expect(found[1].range == text.byteRange(of: "Tweede zin."))
        #expect(found[0].words.map(\.text) == ["Één", "zin", "met", "erin"])
    }
}
