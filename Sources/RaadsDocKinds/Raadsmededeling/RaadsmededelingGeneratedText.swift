import RaadsDocSchema

extension Raadsmededeling {
    public static let generatedText: [GeneratedText] = LetterText.common + [
        GeneratedText("Raadsmededeling / Raadsinformatiebrief", when: "als titel, naar de soort"),
        GeneratedText("Kenmerk, Portefeuillehouder, Contactpersoon",
                      when: "als labels in het briefhoofd, bij 'kenmerk', 'portefeuillehouder' en 'contactpersoon'"),
        GeneratedText("de gemeenteraad", when: "naast 'Aan', als de brief geen 'aan' heeft"),
        GeneratedText("Deze brief is digitaal vastgesteld. Hierdoor staat er geen fysieke handtekening in de brief.",
                      when: "bij 'digitaal-vastgesteld: ja'"),
        GeneratedText("1. … (nummers voor de koppen)", when: "bij 'koppen-nummeren: ja'"),
    ]
}
