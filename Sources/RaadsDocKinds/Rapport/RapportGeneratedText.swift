import RaadsDocSchema

extension Rapport {
    public static let generatedText: [GeneratedText] = [
        GeneratedText("Inhoud / Inhoudstafel (Vlaams profiel)",
                      when: "als kop van de inhoudsopgave, bij 'inhoudsopgave' of bij vijf of meer hoofdstukken"),
        GeneratedText("Legende", when: "als kop onder een matrix"),
        GeneratedText(MatrixTable.colourNote, when: "onder de legende, alleen bij 'uitleg-kleuren: ja'"),
        GeneratedText("1. … (nummers voor de koppen)", when: "bij 'koppen-nummeren: ja'"),
    ]
}
