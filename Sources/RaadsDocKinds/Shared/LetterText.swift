import RaadsDocSchema

/// What every letter writes itself (`LetterComposer`).
package enum LetterText {
    package static let common: [GeneratedText] = [
        GeneratedText("Aan, Datum, Onderwerp", when: "als labels in het briefhoofd, elk naast zijn waarde uit de invoer"),
        GeneratedText("Bijlage / Bijlagen", when: "als kop boven de lijst van bijlagen, als de brief 'bijlagen' heeft"),
        GeneratedText("Postadres: …, Bezoekadres: … (en de contactregel)",
                      when: "in het briefhoofd op de eerste pagina, uit 'postadres' (of 'adres'), 'bezoekadres' en 'contact' van het profiel"),
        GeneratedText("Paraaf: ____", when: "onderaan elke pagina, een regel per ondertekenaar, bij 'paraaf: ja' in het profiel"),
        GeneratedText("Inhoud van deze bundel", when: "als titel van de inhoudsopgave van een bundel (--bundel of 'bundel: ja')"),
        GeneratedText("Bijlage … bij … …", when: "boven de titel van elke bijlage in een bundel, met de soort en het kenmerk van de brief"),
        GeneratedText("… — Bijlage …", when: "in de kopregel van elke bijlage in een bundel, na de titel of organisatie van die bijlage"),
        GeneratedText("Bijlage …, pagina … van …", when: "in de voettekst van elke bijlage in een bundel; de PDF-stap vult de nummers in"),
        GeneratedText("….1, ….2 (nummers van de bijlagen)", when: "voor de bijlagen van een brief die zelf bijlage is in een bundel"),
    ]
}
