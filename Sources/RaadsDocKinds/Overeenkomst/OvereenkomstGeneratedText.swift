import RaadsDocSchema

extension Overeenkomst {
    public static let generatedText: [GeneratedText] = [
        GeneratedText("versie …, …", when: "onder de titel, bij 'versie' of 'versiedatum'"),
        GeneratedText("Partijen:", when: "boven de partijen"),
        GeneratedText("…, gevestigd te …, namens deze …, op grond van artikel 171, eerste lid, Gemeentewet, hierna te noemen “…”",
                      when: "de beschrijving van elke partij, uit haar velden: vestiging (niet bij een gemeente), vertegenwoordiger, "
                          + "grond van de bevoegdheid of machtiging, besluit met kenmerk, korte naam"),
        GeneratedText("…, vertegenwoordigd door …, en de algemeen directeur, …, namens het college van burgemeester en schepenen, "
                      + "op grond van …, in uitvoering van de beslissing van … van …, hierna genoemd “…”",
                      when: "de beschrijving van een Vlaamse stad of gemeente, en van elke partij onder een profiel met 'land: BE' "
                          + "(zonder 'namens het college' bij een partij die geen stad of gemeente is)"),
        GeneratedText("publiekrechtelijke rechtspersoon", when: "als rechtsvorm van een gemeente zonder 'rechtsvorm'"),
        GeneratedText("Samen te noemen “…”,", when: "na de partijen, bij 'samen'"),
        GeneratedText("Overwegende dat:", when: "als kop boven de 'overwegingen'"),
        GeneratedText("Gelet op:", when: "als kop boven 'gelet-op'"),
        GeneratedText("Raadsbesluit … van … met kenmerk ….", when: "voor elk raadsbesluit onder 'gelet-op'"),
        GeneratedText("Komen als volgt overeen:", when: "als kop boven de artikelen"),
        GeneratedText("Artikel …, § …, 1., a., 1° (nummers)", when: "voor artikelen, leden, onderdelen en subonderdelen, naar de 'nummering'"),
        GeneratedText("In deze overeenkomst wordt verstaan onder:", when: "boven de 'begrippen' van een artikel, behalve bij nummering vrij"),
        GeneratedText("Citeertitel", when: "als kop van het laatste artikel, bij 'citeertitel'"),
        GeneratedText("Deze overeenkomst wordt aangehaald als: ….", when: "in het artikel Citeertitel"),
        GeneratedText("Aldus overeengekomen en in …voud ondertekend te … op ….",
                      when: "boven de handtekeningen, met het aantal partijen of 'exemplaren'"),
        GeneratedText("Opgemaakt te … op … in … exemplaren, waarvan elke partij erkent er één te hebben ontvangen.",
                      when: "boven de handtekeningen onder een profiel met 'land: BE', in plaats van 'Aldus overeengekomen'; "
                          + "de plaats uit 'ondertekening' of de eigen stad of gemeente van het profiel, anders een stippellijn"),
        GeneratedText("namens het college van burgemeester en schepenen", when: "in het ondertekeningsvak, onder een Vlaamse stad of gemeente"),
        GeneratedText("artikel 4, tweede lid, onderdelen b en c; het tweede lid; § 2, 3°; de artikelen 2 en 3",
                      when: "voor elke verwijzing [[…]], in de gekozen nummering; binnen hetzelfde artikel zonder het artikel, "
                          + "verwijzingen direct na elkaar samen (docs/verwijzingen.md)"),
        GeneratedText("Toelichting op de …", when: "als kop, bij 'toelichting'"),
        GeneratedText("Algemeen, Artikelsgewijs", when: "als koppen in de toelichting, als die allebei heeft"),
    ]
}
