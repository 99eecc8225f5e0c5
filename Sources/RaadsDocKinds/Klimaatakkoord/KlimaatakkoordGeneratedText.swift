import RaadsDocSchema

extension Klimaatakkoord {
    public static let generatedText: [GeneratedText] = Klimaatdeal.generatedText.filter { $0.text != "Ondertekening" } + [
        GeneratedText("Inhoud", when: "als kop van de inhoudsopgave vooraan"),
        GeneratedText("Inleiding", when: "als kop boven de 'inleiding'"),
        GeneratedText("Overzicht van de klimaatdeals", when: "als kop boven het overzicht"),
        GeneratedText("Dit akkoord bundelt nog geen klimaatdeals.", when: "onder het overzicht, als het akkoord geen 'deals' heeft"),
        GeneratedText("… — … klimaatdeals; Totaal: … in … thema's", when: "in het overzicht: per thema en in totaal"),
        GeneratedText("Nr, Klimaatdeal, Trekker, Aard", when: "als koppen van de tabel in het overzicht"),
        GeneratedText("Ondertekening", when: "als kop boven de handtekeningen van de deals en van het akkoord"),
        GeneratedText("Door te ondertekenen committeren de deelnemers zich aan het … en aan de klimaatdeals waarin zij deelnemen.",
                      when: "boven de handtekeningen van het akkoord"),
    ]
}
