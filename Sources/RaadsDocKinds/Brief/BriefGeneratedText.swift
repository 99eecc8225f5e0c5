import RaadsDocSchema

extension Brief {
    public static let generatedText: [GeneratedText] = LetterText.common + [
        GeneratedText("Brief", when: "als titel, als de brief geen 'titel' heeft"),
        GeneratedText("Versie …", when: "onder de titel, bij 'versie'"),
        GeneratedText("Ons kenmerk", when: "als label in het briefhoofd, bij 'kenmerk'"),
        GeneratedText("Uw kenmerk", when: "als label in het briefhoofd, bij 'uw-kenmerk'"),
        GeneratedText("Afschrift aan:", when: "onder de brief, boven de lijst bij 'afschrift-aan'"),
    ]
}
