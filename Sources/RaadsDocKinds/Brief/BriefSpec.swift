import RaadsDocCore
import RaadsDocSchema

extension Brief {
    package static let attentionPoints: ObjectSpec = ObjectSpec("aandachtspunten", "Een opsomming van aandachtspunten met een inleidende zin.", [
        .optional("inleiding", .text, "De zin vóór de punten, zoals 'Deze aandachtpunten zijn:'."),
        .required("punten", .list(.richText, minimum: 1), "De aandachtspunten, elk een alinea."),
    ])

    public static let spec: ObjectSpec = ObjectSpec(
        "brief", "Een uitgaande brief aan een externe partij, zoals een antwoordbrief aan Gedeputeerde Staten.", [
            .optional("gemeente", .text, "De afzendende gemeente; standaard die uit raadsdoc.yaml."),
            .optional("titel", .text, "Een titel boven de brief, zoals 'Antwoordbrief PIP WLQ+'."),
            .optional("versie", .date, "Datum van deze versie; toont 'Versie 6 juli 2021'."),
            .optional("datum", .date, "Verzenddatum, als JJJJ-MM-DD."),
            .optional("kenmerk", .text, "Ons kenmerk."),
            .optional("uw-kenmerk", .text, "Kenmerk van de brief waarop dit antwoord is."),
            .required("geadresseerde", .text, "Aan wie de brief is gericht, zoals 'Gedeputeerde Staten van Provincie Zuid-Holland'."),
            .optional("adres", .list(.text), "Adresregels onder de geadresseerde."),
            .required("onderwerp", .text, "Het onderwerp."),
            .required("aanhef", .text, "De aanhef, zoals 'Geachte college,'."),
            .required("tekst", .richText, "De tekst vóór de aandachtspunten."),
            .optional("aandachtspunten", .object { attentionPoints }, "Een opsomming van aandachtspunten."),
            .optional("afsluiting", .richText, "De tekst na de aandachtspunten."),
            .required("slot", .text, "De slotformule, zoals 'Hoogachtend,'."),
            .required("ondertekening", .object { CommonSpecs.signing }, "Namens wie, en eventueel de ondertekenaars."),
            .optional("afschrift-aan", .list(.text, minimum: 1), "Wie een afschrift krijgt; staat onder de brief als 'Afschrift aan:'."),
            CommonSpecs.attachmentsField,
            CommonSpecs.bundleField,
        ])

    public static let starter = """
        # Een uitgaande brief. Controleer met: raadsdoc check <dit bestand>
        soort: brief
        datum: 2025-03-04
        kenmerk: UIT-2025-0042
        geadresseerde: Gedeputeerde Staten van Provincie Zuid-Holland
        adres:
          - Postbus 90602
          - 2509 LP Den Haag
        onderwerp: Reactie op uw verzoek
        aanhef: Geachte college,
        tekst: |
          Hartelijk dank voor uw brief.
        aandachtspunten:
          inleiding: 'Onze aandachtspunten zijn:'
          punten:
            - Er is een heldere rolverdeling.
            - De gemeenten houden invloed op het tracé.
        afsluiting: |
          Wij blijven graag met u in overleg.
        slot: Hoogachtend,
        ondertekening:
          namens: Burgemeester en wethouders van Voorbeeldgemeente,
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester

        """
}
