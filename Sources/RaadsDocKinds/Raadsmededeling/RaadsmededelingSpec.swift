import RaadsDocCore
import RaadsDocSchema

extension Raadsmededeling {
    public static let spec: ObjectSpec = ObjectSpec(
        "raadsmededeling", "Een brief van het college aan de gemeenteraad (raadsmededeling of raadsinformatiebrief).", [
            .optional("gemeente", .text, "De gemeente; standaard die uit raadsdoc.yaml."),
            .required("datum", .date, "Datum van de brief, als JJJJ-MM-DD; in een concept mag 'in te vullen'.").fillableInDraft(),
            .required("kenmerk", .text, "Het kenmerk (zaaknummer) van de brief."),
            .required("onderwerp", .text, "Het onderwerp."),
            .optional("aan", .text, "Aan wie de brief is gericht; standaard 'de gemeenteraad'."),
            .optional("portefeuillehouder", .text, "De verantwoordelijke wethouder."),
            .optional("contactpersoon", .text, "Naam en telefoon of e-mail van de contactpersoon."),
            .optional("aanhef", .text, "De aanhef, zoals 'Geachte Raad,'."),
            .optional("tekst", .richText, "De tekst vóór de eerste sectie; alinea's scheiden met een lege regel."),
            .optional("secties", .list(.object { CommonSpecs.section }), "Secties met een kop en tekst, eventueel genest."),
            .optional("koppen-nummeren", .boolean, "ja: de koppen van de secties krijgen nummers (1. Aanleiding)."),
            CommonSpecs.attachmentsField,
            .optional("klimaatdeals", .list(.filePath, minimum: 1),
                      "Paden naar klimaatdeal-bestanden: hun overzicht, zoals in het klimaatakkoord, staat als tabel aan het eind van de tekst."),
            CommonSpecs.bundleField,
            .optional("slot", .text, "De slotformule, zoals 'Met vriendelijke groet,'."),
            .required("ondertekening", .object { CommonSpecs.signing }, "Namens wie, en de ondertekenaars."),
            .optional("digitaal-vastgesteld", .boolean, "ja: vermeldt dat de brief digitaal is vastgesteld en geen handtekening draagt."),
        ])

    public static let starter = """
        # Een raadsinformatiebrief. Controleer met: raadsdoc check <dit bestand>
        soort: raadsinformatiebrief
        datum: 2025-03-04                 # JJJJ-MM-DD
        kenmerk: RIB-2025-001
        onderwerp: Voortgang lokaal klimaatakkoord
        aanhef: Geachte leden van de raad,
        tekst: |
          Met deze brief informeert het college u over de voortgang.

          Alinea's scheidt u met een lege regel. *Nadruk* en **vet** mogen.
        secties:
          - kop: Aanleiding
            tekst: |
              Waarom het college u deze brief stuurt.
          - kop: Vervolg
            tekst: |
              Wat er nu gebeurt:

              1. eerst dit;
              2. dan dat.
        koppen-nummeren: ja
        bijlagen:
          - Planning 2025                  # of: - bestand: ander-document.yaml
        slot: Met vriendelijke groet,
        ondertekening:
          namens: Burgemeester en wethouders van Voorbeeldgemeente,
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester
        digitaal-vastgesteld: ja

        """
}
