import RaadsDocCore
import RaadsDocSchema

extension Rapport {
    package static let matrixColumn: ObjectSpec = ObjectSpec("matrixkolom", "Een kolom (thema) van de matrix, met andere namen ervoor.", [
        .required("naam", .text, "De naam in de kop van de kolom."),
        .optional("ook", .list(.text), "Andere namen waarmee tabellen naar dit thema verwijzen, zoals 'Financiële middelen'."),
    ])

    package static let matrixRow: ObjectSpec = ObjectSpec("matrixrij", "Een rij van de matrix, zoals een stad.", [
        .required("naam", .text, "De naam vooraan de rij."),
        .optional("scores", .dictionary(.text),
                  "Per kolom: een score van 1 tot 5 in stappen van 0,25, een kort label of 'onbekend'. Hele scores krijgen "
                  + "de kleur van de legende (1 rood, 2 oranje, 3 geel, 4 lichtgroen, 5 donkergroen), tussenscores een "
                  + "mengkleur; 'tussen geel en groen' geldt als 3,5; andere labels en 'onbekend' blijven grijs."),
        .optional("onbekend", .boolean, "ja: de hele rij is onbekend (geen scores); 'toelichting' staat dan over de rij."),
        .optional("toelichting", .text, "Tekst over de hele rij als die onbekend is, zoals 'Bezorgd, maar zonder kleuren'."),
    ])

    package static let legendEntry: ObjectSpec = ObjectSpec("legenda-item", "Wat een score betekent.", [
        .required("score", .integer(1...5), "De score, 1 tot en met 5; de kleur volgt uit de score."),
        .optional("naam", .text, "De korte naam, zoals 'Heel matuur'."),
        .optional("omschrijving", .richText, "Wat de score inhoudt."),
    ])

    package static let matrix: ObjectSpec = ObjectSpec("matrix", "Een scorematrix met gekleurde cellen en een legende.", [
        .optional("rijkop", .text, "De kop boven de eerste kolom, zoals 'Stad'."),
        .required("kolommen", .list(.textOrObject(SpecReference { matrixColumn }, shorthand: "naam"), minimum: 1),
                  "De kolommen (thema's): een naam, of 'naam' met 'ook'."),
        .required("rijen", .list(.object { matrixRow }, minimum: 1), "De rijen; elke rij geeft elke kolom een waarde."),
        .optional("legende", .list(.object { legendEntry }), "Wat de scores betekenen; volgt onder de matrix."),
        .optional("uitleg-kleuren", .boolean,
                  "ja: onder de legende staat hoe tussenscores (2,5) en labels als 'tussen geel en groen' gekleurd worden."),
    ])

    package static let tableColumn: ObjectSpec = ObjectSpec("tabelkolom", "Een gedeclareerde kolom van een tabel.", [
        .required("sleutel", .text, "De naam waaronder de rijen de waarde geven."),
        .optional("kop", .text, "De kop boven de kolom; standaard de sleutel."),
        .optional("soort", .choice(DataTable.Kind.allCases.map(\.rawValue)),
                  "tekst (standaard), lijst (opsomming met '- '), getal (geheel getal) of thema (een kolom van de matrix)."),
        .optional("minimum", .integer(nil), "Bij een getal: de kleinste toegestane waarde."),
        .optional("maximum", .integer(nil), "Bij een getal: de grootste toegestane waarde."),
        .optional("breedte", .decimal(decimals: 2, range: nil), "Relatieve breedte van de kolom; standaard 1."),
    ])

    package static let table: ObjectSpec = ObjectSpec("tabel", "Een tabel met gedeclareerde kolommen.", [
        .required("kolommen", .list(.object { tableColumn }, minimum: 1), "De kolommen."),
        .required("rijen", .list(.dictionary(.richText), minimum: 1), "De rijen: per sleutel de waarde."),
    ])

    package static let recommendationGroup: ObjectSpec = ObjectSpec("aanbevelingen", "Genummerde aanbevelingen onder een kop.", [
        .optional("kop", .text, "De kop van de groep, zoals '1) STRATEGIE'."),
        .optional("punten", .list(.richText), "De aanbevelingen; de nummering loopt door over de groepen. Zonder punten: '/'."),
    ])

    package static let section: ObjectSpec = ObjectSpec("rapportsectie", "Een hoofdstuk of paragraaf van het rapport.", [
        .required("kop", .text, "De kop."),
        .optional("nieuwe-pagina", .boolean, "ja: de sectie begint op een nieuwe pagina."),
        .optional("tekst", .richText, "De tekst onder de kop."),
        .optional("matrix", .object { matrix }, "Een scorematrix, na de tekst."),
        .optional("tabel", .object { table }, "Een tabel met gedeclareerde kolommen, na de tekst."),
        .optional("aanbevelingen", .list(.object { recommendationGroup }), "Genummerde aanbevelingen, na de tekst."),
        .optional("slot", .richText, "Tekst na de matrix, tabel of aanbevelingen."),
        .optional("secties", .list(.object { section }), "Onderliggende paragrafen."),
    ])

    package static let contents: ObjectSpec = ObjectSpec("inhoudsopgave", "Waar de inhoudsopgave staat en hoe diep zij gaat.", [
        .optional("vanaf", .text, "De kop van het hoofdstuk waarvóór zij staat; zij noemt de hoofdstukken vanaf daar. "
                  + "Standaard vooraan, met alle hoofdstukken."),
        .optional("diepte", .integer(1...4), "Tot welk niveau van koppen zij gaat; standaard 2."),
    ])

    public static let spec: ObjectSpec = ObjectSpec(
        "rapport", "Een rapport of position paper met secties, scorematrices, tabellen en aanbevelingen.", [
            .optional("gemeente", .text, "De gemeente; standaard die uit raadsdoc.yaml."),
            .optional("aanduiding", .text, "Het woord boven de titel, zoals 'Rapport'."),
            .required("titel", .text, "De titel."),
            .optional("ondertitel", .text, "De regel onder de titel, zoals 'Juni 2025'."),
            .optional("auteur", .text, "Wie het rapport uitbrengt."),
            .optional("datum", .date, "Datum van het rapport, als JJJJ-MM-DD."),
            .optional("koppen-nummeren", .boolean, "ja: de hoofdstukken krijgen nummers (1. Introductie)."),
            .required("secties", .list(.object { section }, minimum: 1), "De hoofdstukken."),
            .optional("inhoudsopgave", .object { contents },
                      "Waar de inhoudsopgave (in Vlaanderen: inhoudstafel) staat. Zonder dit veld krijgt een rapport "
                      + "met vijf of meer hoofdstukken er vooraan een."),
        ])

    public static let starter = """
        # Een rapport. Controleer met: raadsdoc check <dit bestand>
        soort: rapport
        aanduiding: Rapport
        titel: Klimaatgovernance
        ondertitel: Maart 2025
        datum: 2025-03-04
        koppen-nummeren: ja
        secties:
          - kop: Inleiding
            tekst: |
              Waarom dit rapport er is.
          - kop: Maturiteit
            matrix:
              rijkop: Stad
              kolommen: [Strategie, Aanpak]
              rijen:
                - naam: Aalst
                  scores: {Strategie: '2,5', Aanpak: 3}      # 1 tot 5 in stappen van 0,25
                - naam: Brugge
                  scores: {Strategie: tussen geel en groen, Aanpak: onbekend}
              legende:
                - score: 5
                  naam: Heel matuur
                - score: 1
                  naam: Niet matuur
          - kop: Werkpakketten
            tabel:
              kolommen:
                - sleutel: werkpakket
                - sleutel: thema
                  soort: thema                # een kolom van de matrix
                - sleutel: prioriteit
                  soort: getal
                  minimum: 1
                  maximum: 4
              rijen:
                - {werkpakket: Datagedreven beleid, thema: Strategie, prioriteit: 1}
          - kop: Aanbevelingen
            aanbevelingen:
              - kop: Strategie
                punten:
                  - Meer strategische afstemming.

        """
}
