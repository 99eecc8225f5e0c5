import RaadsDocCore
import RaadsDocSchema

extension Klimaatakkoord {
    public static let spec: ObjectSpec = ObjectSpec(
        "klimaatakkoord", "Een lokaal klimaatakkoord: de bundel klimaatdeals die iedere deelnemer mede ondertekent.", [
            .optional("gemeente", .text, "De gemeente; standaard die uit raadsdoc.yaml."),
            .required("titel", .text, "De titel, zoals 'Lokaal Klimaatakkoord Leidschendam-Voorburg'."),
            .optional("ondertitel", .text, "Een regel onder de titel op het voorblad."),
            .required("datum", .date, "Datum van ondertekening, als JJJJ-MM-DD; niet vóór de datum van een deal. In een concept mag 'in te vullen'.").fillableInDraft(),
            .optional("plaats", .text, "Plaats van ondertekening; staat bij iedere handtekening."),
            .required("inleiding", .richText, "De inleiding van het akkoord."),
            .optional("secties", .list(.object { CommonSpecs.section }), "Verdere hoofdstukken met een kop en tekst, vóór het overzicht."),
            .optional("deals", .list(.filePath),
                      "De klimaatdeals: paden naar 'soort: klimaatdeal'-bestanden, relatief aan dit bestand. Iedere deelnemer tekent het akkoord."),
            .optional("extra-ondertekenaars", .list(.object { CommonSpecs.signatory }),
                      "Wie daarnaast tekent, zoals de burgemeester namens de gemeente als die geen deelnemer is. "
                      + "Ondertekenaars van dezelfde organisatie direct na elkaar tekenen samen, naast elkaar; een waterschap of "
                      + "Vlaamse stad tekent, net als een deelnemer, met het paar dat de wet vraagt."),
            .optional("voorbeeld", .boolean, "ja: het akkoord is een fictief voorbeeld; dat staat dan zichtbaar in het document."),
        ])

    public static let starter = """
        # Een lokaal klimaatakkoord. Controleer met: raadsdoc check <dit bestand>
        soort: klimaatakkoord
        titel: Lokaal Klimaatakkoord Voorbeeldgemeente
        datum: 2025-06-12                 # dag van ondertekening
        plaats: Voorbeeldstad
        inleiding: |
          Partijen in de gemeente bundelen hun klimaatdeals in dit akkoord.

          Door mede te ondertekenen committeren zij zich eraan.
        # De deals staan ieder in een eigen bestand, relatief aan dit bestand.
        # Iedere deelnemer van iedere deal tekent het akkoord één keer.
        deals:
          - klimaatdeal.yaml              # gemaakt met: raadsdoc nieuw klimaatdeal > klimaatdeal.yaml
        extra-ondertekenaars:
          - organisatie: Gemeente Voorbeeldgemeente
            naam: A. de Vries
            functie: burgemeester

        """
}
