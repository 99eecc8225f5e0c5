import RaadsDocSchema

extension PlanVanAanpak {
    public static let generatedText: [GeneratedText] = [
        GeneratedText("versie …", when: "onder de titel, bij 'versie'"),
        GeneratedText("Resultaten, Werkstromen, Organisatie, Begroting",
                      when: "als kop van een hoofdstuk dat raadsdoc toevoegt, als geen hoofdstuk dat deel met 'inhoud' plaatst"),
        GeneratedText("Resultaten werkstroom …. …:", when: "als kop boven de resultaten van elke werkstroom met resultaten"),
        GeneratedText("Werkstroom …. …:", when: "als kop boven de inspanningen van elke werkstroom"),
        GeneratedText("Voor 1 oktober 2021 … (de timing voor het resultaat)", when: "voor de tekst van elk resultaat, uit zijn 'timing'"),
        GeneratedText("… budget voor werkstroom … –", when: "voor de 'toelichting' van een post, in de opsomming boven de begroting"),
        GeneratedText("Werkstroom, bedragen in k (x € 1.000) / bedragen x € 1.000 / bedragen in €",
                      when: "in de cel linksboven van de begroting, naar de 'eenheid'"),
        GeneratedText("Werkstroom …. …", when: "in de eerste kolom van de begroting, als de post geen 'omschrijving' heeft"),
        GeneratedText("Totaal", when: "als kop van de laatste kolom en de laatste rij van de begroting"),
        GeneratedText("De bedragen zijn inclusief …% onvoorziene kosten per post.",
                      when: "onder de begroting, alleen bij 'onvoorzien-vermelden: ja'"),
        GeneratedText("Rapportagekalender (met kolommen Resultaat van, Kwartaal, Afgerond op, Uiterlijk gereed op)",
                      when: "na de resultaten, alleen bij 'rapportagekalender: ja' en resultaten met timing 'na afronding kwartaal'"),
        GeneratedText("Bijlage …", when: "voor de titel van elke bijlage bij het plan; binnen bijlage 2 van een bundel Bijlage 2.1, 2.2"),
        GeneratedText("Bijlage … bij …", when: "in een bundel boven de titel van elke bijlage bij het plan, met de titel van het plan, zodat 'zie bijlage 1' in het plan te volgen blijft"),
    ]
}
