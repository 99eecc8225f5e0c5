import RaadsDocCore
import RaadsDocSchema

extension Overeenkomst {
    package static let idField = Field.optional(
        "id", .text, "Vaste naam (kleine letters, cijfers, streepjes) om ernaar te verwijzen met [[id]], los van het nummer.")

    package static let subpart: ObjectSpec = ObjectSpec("subonderdeel", "Een subonderdeel; raadsdoc nummert het.", [
        idField,
        .required("tekst", .richText, "De tekst, zonder nummer."),
    ])

    package static let part: ObjectSpec = ObjectSpec("onderdeel", "Een onderdeel; raadsdoc nummert het.", [
        idField,
        .required("tekst", .richText, "De tekst, zonder letter of nummer."),
        .optional("subonderdelen", .list(.textOrObject(SpecReference { subpart }, shorthand: "tekst")),
                  "De subonderdelen: een tekst, of een groep met 'id' en 'tekst'."),
    ])

    package static let member: ObjectSpec = ObjectSpec("lid", "Een lid van een artikel; raadsdoc nummert het.", [
        idField,
        .required("tekst", .richText, "De tekst, zonder nummer."),
        .optional("onderdelen", .list(.textOrObject(SpecReference { part }, shorthand: "tekst")),
                  "De onderdelen: een tekst, of een groep met 'id', 'tekst' en 'subonderdelen'."),
    ])

    package static let term: ObjectSpec = ObjectSpec("begrip", "Een begrip en wat het in de overeenkomst betekent.", [
        .required("begrip", .text, "Het begrip, zoals 'College'."),
        .required("betekenis", .richText, "De betekenis; raadsdoc zet de leestekens aan het eind."),
    ])

    package static let article: ObjectSpec = ObjectSpec("artikel", "Een artikel; raadsdoc nummert het.", [
        idField,
        .optional("titel", .text, "Het opschrift, zonder 'Artikel' en nummer, zoals 'Governance'."),
        .optional("tekst", .richText, "De tekst van een artikel zonder leden, of de inleiding vóór de onderdelen. "
                  + "Bij begrippen: de inleidende zin bij nummering 'vrij' (anders altijd 'In deze overeenkomst wordt verstaan onder:')."),
        .optional("leden", .list(.textOrObject(SpecReference { member }, shorthand: "tekst")),
                  "De leden: een tekst, of een groep met 'id', 'tekst' en 'onderdelen'."),
        .optional("onderdelen", .list(.textOrObject(SpecReference { part }, shorthand: "tekst")),
                  "Onderdelen van een artikel zonder leden."),
        .optional("begrippen", .list(.object { term }), "De begripsbepalingen van dit artikel."),
    ])

    package static let chapter: ObjectSpec = ObjectSpec("hoofdstuk-overeenkomst", "Een hoofdstuk met artikelen; raadsdoc nummert het.", [
        idField,
        .optional("titel", .text, "Het opschrift, zonder 'Hoofdstuk' en nummer."),
        .required("artikelen", .list(.object { article }, minimum: 1), "De artikelen van het hoofdstuk."),
    ])

    package static let representative: ObjectSpec = ObjectSpec("vertegenwoordiger-partij", "Wie de partij vertegenwoordigt.", [
        .required("naam", .text, "Naam, zoals 'F. Spijker'."),
        .optional("aanhef", .text, "'de heer' of 'mevrouw'."),
        .optional("functie", .text, "Functie, zoals 'burgemeester' of 'wethouder Duurzaamheid'."),
    ])

    package static let decision: ObjectSpec = ObjectSpec("besluit", "Het besluit op grond waarvan de partij handelt.", [
        .required("orgaan", .choice(Decision.Body.allCases.map(\.rawValue)), "Wie besloot: college, raad, bestuur of ledenvergadering."),
        .required("datum", .date, "Datum van het besluit; in een concept mag 'in te vullen'.").fillableInDraft(),
        .optional("kenmerk", .text, "Kenmerk van het besluit."),
    ])

    package static let partySignatory: ObjectSpec = ObjectSpec("ondertekenaar-partij", "Iemand die voor de partij tekent.", [
        .required("naam", .text, "Naam zoals onder de handtekening, zoals 'A. Peeters'."),
        .optional("aanhef", .text, "'de heer' of 'mevrouw'; raadsdoc noemt wie naast de vertegenwoordiger tekent ook bij de partij."),
        .required("functie", .text, "Functie, zoals 'burgemeester', 'algemeen directeur' of 'secretaris-directeur'."),
        .optional("mandaat", .text, "Wie tekent bij mandaat of delegatie: de regel onder de functie, zoals "
                  + "'bij mandaat van de burgemeester (artikel 171, tweede lid, Gemeentewet)'."),
    ])

    package static let partySigning: ObjectSpec = ObjectSpec("ondertekening-partij", "Wie voor de partij tekent, waar en wanneer.", [
        .optional("naam", .text, "Eén ondertekenaar: naam van wie tekent; standaard de vertegenwoordiger."),
        .optional("functie", .text, "Eén ondertekenaar: functie van wie tekent; standaard die van de vertegenwoordiger."),
        .optional("ondertekenaars", .list(.object { partySignatory }, minimum: 1),
                  "Meer ondertekenaars, naast elkaar onder de partij (in plaats van 'naam' en 'functie'), zoals burgemeester "
                  + "en algemeen directeur. Ontbreekt bij de eigen gemeente de medeondertekenaar, dan vult raadsdoc die aan uit raadsdoc.yaml."),
        .optional("plaats", .text, "Plaats van ondertekening."),
        .optional("datum", .date, "Datum van ondertekening."),
    ])

    package static let party: ObjectSpec = ObjectSpec("partij", "Een partij bij de overeenkomst.", [
        .required("naam", .text, "Naam, zoals 'Gemeente Leiden' of 'Coöperatie Zonnedak U.A.'."),
        .optional("rechtsvorm", .text, "Zoals 'publiekrechtelijke rechtspersoon' (standaard bij een gemeente), 'stichting' of 'coöperatie'."),
        .optional("vestigingsplaats", .text, "Waar de partij is gevestigd (niet bij een gemeente)."),
        .optional("hierna-te-noemen", .text, "Korte naam in de overeenkomst, zoals 'de Gemeente'."),
        .required("vertegenwoordiger", .object { representative }, "Wie de partij vertegenwoordigt."),
        .optional("gemachtigd-door", .text, "Wie de vertegenwoordiger machtigde; bij een gemeente standaard 'de burgemeester'."),
        .optional("grondslag", .text, "Grondslag van de machtiging, zoals 'artikel 171, tweede lid, Gemeentewet'."),
        .optional("besluit", .object { decision }, "Het besluit op grond waarvan de partij handelt."),
        .optional("soort-partij", .choice(PublicBody.allCases.map(\.rawValue)),
                  "gemeente (Nederland), vlaamse-gemeente (stad of gemeente), waterschap, provincie of andere; bepaalt wie samen "
                  + "tekenen. Standaard uit de naam ('Gemeente …', 'Stad …', 'Waterschap …', 'Provincie …') en het land in raadsdoc.yaml."),
        .optional("ondertekening", .object { partySigning }, "Wie voor de partij tekent, waar en wanneer: één ondertekenaar of 'ondertekenaars'."),
    ])

    package static let councilDecision: ObjectSpec = ObjectSpec("raadsbesluit", "Een raadsbesluit waarop de overeenkomst berust.", [
        .required("gemeente", .text, "De gemeente, zoals 'Leiden'."),
        .required("datum", .date, "Datum van het raadsbesluit; in een concept mag 'in te vullen'.").fillableInDraft(),
        .optional("kenmerk", .text, "Kenmerk van het raadsbesluit."),
    ])

    package static let legalBasis: ObjectSpec = ObjectSpec("gelet-op", "Onderdeel 'Gelet op': de besluiten waarop de overeenkomst berust.", [
        .optional("inleiding", .richText, "De tekst vóór de raadsbesluiten."),
        .optional("raadsbesluiten", .list(.object { councilDecision }), "De raadsbesluiten van de deelnemende gemeenten."),
        .optional("slot", .richText, "Een opmerking na de raadsbesluiten, zoals een wensen-en-bedenkingenprocedure."),
    ])

    package static let consideration: ObjectSpec = ObjectSpec("overweging", "Een overweging met onderdelen; raadsdoc nummert beide.", [
        idField,
        .required("tekst", .richText, "De tekst, zonder letter."),
        .optional("onderdelen", .list(.textOrObject(SpecReference { subpart }, shorthand: "tekst")), "De onderdelen, zonder nummer."),
    ])

    package static let evaluation: ObjectSpec = ObjectSpec("evaluatie", "Een evaluatiemoment.", [
        idField,
        .required("uiterlijk", .text, "Een datum (2022-12-01) of een termijn, zoals '11 maanden na inwerkingtreding'."),
    ])

    package static let articleExplanation: ObjectSpec = ObjectSpec("toelichting-artikel", "De toelichting op één artikel.", [
        .required("artikel", .text, "Het id van het artikel; het nummer volgt vanzelf."),
        .optional("kop", .text, "Opschrift; standaard de titel van het artikel."),
        .required("tekst", .richText, "De toelichting."),
    ])

    package static let explanation: ObjectSpec = ObjectSpec("toelichting", "De toelichting bij de overeenkomst.", [
        .optional("algemeen", .richText, "Het algemene deel."),
        .optional("artikelen", .list(.object { articleExplanation }), "De toelichting per artikel."),
    ])

    package static let signing: ObjectSpec = ObjectSpec("ondertekening-overeenkomst", "Plaats en datum van ondertekening voor alle partijen.", [
        .optional("plaats", .text, "Plaats van ondertekening."),
        .optional("datum", .date, "Datum van ondertekening."),
        .optional("exemplaren", .integer(1...99), "In hoeveel exemplaren de overeenkomst wordt ondertekend; standaard één per partij "
                  + "('in drievoud', of in Vlaanderen 'in drie exemplaren')."),
    ])

    public static let spec: ObjectSpec = ObjectSpec(
        "overeenkomst", "Een samenwerkings- of intentieovereenkomst met partijen, overwegingen en artikelen.", [
            .required("titel", .text, "De titel, zoals 'Samenwerkingsovereenkomst Warmte Leidse regio'."),
            .optional("versie", .text, "Versienummer, zoals '1.0'."),
            .optional("kenmerk", .text, "Kenmerk van de overeenkomst; staat met de titel op het ondertekeningsblad."),
            .required("versiedatum", .date, "Datum van deze versie; in een concept mag 'in te vullen'.").fillableInDraft(),
            .optional("nummering", .choice(Overeenkomst.NumberingStyle.allCases.map(\.rawValue)),
                      "Nummering: aanwijzingen, vrij of vlaams; standaard die uit raadsdoc.yaml."),
            .optional("wijziging", .boolean,
                      "ja: een wijzigingsovereenkomst, genummerd als in hoofdstuk 6 van de Aanwijzingen: Artikel I, II, en de wijzigingsopdrachten als onderdelen A., B., C."),
            .required("partijen", .list(.object { party }, minimum: 1), "De partijen, in volgorde."),
            .optional("samen-te-noemen", .text, "Hoe de partijen samen heten, zoals 'de deelnemende gemeenten'."),
            .optional("overwegingen", .list(.textOrObject(SpecReference { consideration }, shorthand: "tekst")),
                      "Onderdeel 'Overwegende dat': de overwegingen, zonder letters."),
            .optional("gelet-op", .object { legalBasis }, "Onderdeel 'Gelet op'."),
            .optional("hoofdstukken", .list(.object { chapter }, minimum: 1), "Hoofdstukken met artikelen (of gebruik 'artikelen')."),
            .optional("artikelen", .list(.object { article }, minimum: 1), "De artikelen, zonder nummers."),
            .optional("inwerkingtreding", .date, "Datum van inwerkingtreding; in tekst: [[datum:inwerkingtreding]]."),
            .optional("einddatum", .date, "Datum waarop de overeenkomst eindigt; in tekst: [[datum:einddatum]]."),
            .optional("looptijd", .text, "Looptijd in plaats van een einddatum, zoals '2 jaar'."),
            .optional("evaluatie", .list(.textOrObject(SpecReference { evaluation }, shorthand: "uiterlijk")),
                      "Evaluatiemomenten: een datum of een termijn zoals '11 maanden na inwerkingtreding'."),
            .optional("citeertitel", .text, "De citeertitel; raadsdoc maakt er het laatste artikel van."),
            .optional("toelichting", .object { explanation }, "De toelichting, algemeen en per artikel."),
            .optional("ondertekening", .object { signing }, "Plaats en datum van ondertekening voor alle partijen."),
        ])

    public static let starter = """
        # Een samenwerkingsovereenkomst. Controleer met: raadsdoc check <dit bestand>
        # Nummers van artikelen, leden en onderdelen maakt raadsdoc zelf; schrijf ze
        # niet in de tekst. Verwijs met [[id]] of [[id/lid/onderdeel]] naar een
        # artikel, en met [[datum:inwerkingtreding]] naar een datum.
        soort: samenwerkingsovereenkomst
        titel: Samenwerkingsovereenkomst Zon op Dak
        versie: "1.0"
        versiedatum: 2025-03-04
        partijen:
          - naam: Gemeente Voorbeeld
            vertegenwoordiger:
              naam: A. de Vries
              aanhef: de heer
              functie: wethouder Duurzaamheid
            grondslag: artikel 171, tweede lid, Gemeentewet
          - naam: Zonnedak Voorbeeld
            rechtsvorm: coöperatie
            vestigingsplaats: Voorbeeld
            vertegenwoordiger:
              naam: B. Jansen
              aanhef: mevrouw
              functie: voorzitter
        samen-te-noemen: Partijen
        overwegingen:
          - Partijen meer daken in de gemeente willen benutten voor zonnepanelen;
          - tekst: 'Partijen daarbij samen willen optrekken om:'
            onderdelen:
              - bewoners te informeren;
              - collectieve inkoop mogelijk te maken.
        artikelen:
          - id: begrippen
            titel: Begripsbepalingen
            begrippen:
              - begrip: dakeigenaar
                betekenis: eigenaar van een dak in de gemeente Voorbeeld
          - id: doel
            titel: Doel
            leden:
              - Partijen werken samen om elke dakeigenaar een aanbod voor zonnepanelen te doen.
              - tekst: 'Daartoe zorgen Partijen voor:'
                onderdelen:
                  - id: voorlichting
                    tekst: voorlichting in elke wijk;
                  - een collectieve inkoop.
          - id: inzet
            titel: Inzet van partijen
            tekst: De voorlichting, bedoeld in [[doel/2/voorlichting]], begint binnen drie maanden.
        inwerkingtreding: 2025-04-01
        looptijd: 2 jaar
        evaluatie:
          - 12 maanden na inwerkingtreding
        citeertitel: Samenwerkingsovereenkomst Zon op Dak
        ondertekening:
          plaats: Voorbeeld

        """
}
