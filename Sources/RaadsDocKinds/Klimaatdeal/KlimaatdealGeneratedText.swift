import RaadsDocSchema

extension Klimaatdeal {
    public static let generatedText: [GeneratedText] = [
        GeneratedText("Klimaatdeal …: …", when: "als titel, uit 'nummer' en 'titel'"),
        GeneratedText("Thema, Trekker, Aard, Looptijd, Status, Datum", when: "als labels in de kop van de deal, elk naast zijn waarde"),
        GeneratedText("realiseren (resultaatverplichting) / onderzoeken (inspanningsverplichting)", when: "naast 'Aard', naar de aard van de deal"),
        GeneratedText("Aanleiding, Knelpunt, Ambitie", when: "als kop boven de tekst van elk van die velden"),
        GeneratedText("SMART-doelen, Acties per deelnemer", when: "als kop boven de tabel van doelen en die van acties"),
        GeneratedText("Mijlpalen", when: "als kop, als de deal 'mijlpalen' heeft"),
        GeneratedText("Monitoring", when: "als kop, als de deal 'monitoring' heeft"),
        GeneratedText("… rapporteert … over de voortgang aan ….", when: "onder 'Monitoring', uit 'monitoring'"),
        GeneratedText("Ondertekening", when: "als kop boven de handtekeningen"),
        GeneratedText("Aldus overeengekomen door de deelnemers aan deze klimaatdeal:", when: "boven de handtekeningen"),
        GeneratedText("namens het college van burgemeester en schepenen",
                      when: "in het ondertekeningsvak, onder een Vlaamse stad of gemeente die geen 'namens' noemt"),
        GeneratedText(KlimaatdealComposer.exampleNote, when: "bij 'voorbeeld: ja'"),
    ]
}
