import RaadsDocCore
import RaadsDocSchema

extension Klimaatdeal {
    /// The kinds of organisation a deelnemer can be (seed 000's sectors).
    public static let participantTypes = [
        "bedrijf", "vereniging", "bewonersinitiatief", "woningcorporatie", "zorginstelling", "onderwijs",
        "gemeente", "waterschap", "overig",
    ]
    public static let natures = ["onderzoeken", "realiseren"]
    public static let frequencies = ["maandelijks", "per kwartaal", "halfjaarlijks", "jaarlijks"]
    public static let statuses = ["in voorbereiding", "gereed voor ondertekening", "ondertekend", "in uitvoering", "afgerond"]
    /// Decimals allowed in start values, target values and CO2 effects.
    package static let valueDecimals = 2

    private static let mandateHelp = "Wie tekent bij mandaat of delegatie: de regel onder de functie, zoals "
        + "'bij mandaat van de burgemeester (artikel 171, tweede lid, Gemeentewet)'."

    package static let representative: ObjectSpec = ObjectSpec("vertegenwoordiger", "Wie namens een deelnemer tekent.", [
        .required("naam", .text, "Naam zoals onder de deal, zoals 'J. de Boer'."),
        .required("functie", .text, "Functie, zoals 'voorzitter' of 'directeur'."),
        .optional("mandaat", .text, mandateHelp),
    ])

    package static let participantSignatory: ObjectSpec = ObjectSpec("ondertekenaar-deelnemer", "Iemand die samen met anderen voor een deelnemer tekent.", [
        .required("naam", .text, "Naam zoals onder de deal, zoals 'H. Zwart'."),
        .required("functie", .text, "Functie, zoals 'dijkgraaf', 'secretaris-directeur', 'burgemeester' of 'algemeen directeur'."),
        .optional("mandaat", .text, mandateHelp),
    ])

    package static let participantSigning: ObjectSpec = ObjectSpec("ondertekening-deelnemer", "Wie samen voor een deelnemer tekenen.", [
        .optional("namens", .text, "Regel onder de naam van de deelnemer, zoals 'namens het dagelijks bestuur'; bij een Vlaamse "
                  + "stad of gemeente standaard 'namens het college van burgemeester en schepenen'."),
        .required("ondertekenaars", .list(.object { participantSignatory }, minimum: 1),
                  "Wie tekenen, naast elkaar onder de deelnemer: zoals de dijkgraaf en de secretaris-directeur van een waterschap, "
                  + "of de burgemeester en de algemeen directeur van een Vlaamse stad. Ontbreekt bij de eigen gemeente de "
                  + "medeondertekenaar, dan vult raadsdoc die aan uit raadsdoc.yaml."),
    ])

    package static let participant: ObjectSpec = ObjectSpec("deelnemer", "Een organisatie of groep die aan de deal deelneemt en tekent.", [
        .required("naam", .text, "Naam van de organisatie, zoals 'Sportvereniging De Vliet'."),
        .required("type", .choice(participantTypes), "Soort deelnemer: " + participantTypes.joined(separator: ", ")
                  + ". Bij gemeente en waterschap bepaalt het wie samen tekenen."),
        .optional("vertegenwoordiger", .object { representative }, "Wie namens de deelnemer tekent, als één persoon tekent."),
        .optional("ondertekening", .object { participantSigning },
                  "Als meer mensen samen voor de deelnemer tekenen: 'ondertekenaars' (in plaats van 'vertegenwoordiger')."),
        .optional("acties", .list(.text), "Wat deze deelnemer doet, elk een korte zin."),
    ])

    package static let goal: ObjectSpec = ObjectSpec("doel", "Een zo SMART mogelijk geformuleerd doel.", [
        .required("omschrijving", .text, "Het doel in één zin."),
        .required("indicator", .text, "Waaraan het doel wordt gemeten, zoals 'opgewekte zonnestroom'."),
        .optional("startwaarde", .decimal(decimals: valueDecimals, range: nil), "De waarde bij de start, als getal."),
        .optional("streefwaarde", .decimal(decimals: valueDecimals, range: nil),
                  "De waarde die op de peildatum bereikt is, als getal (zoals 120 of 2,5)."),
        .optional("eenheid", .text, "Eenheid van start- en streefwaarde, zoals 'ton CO2/jaar', 'm² groen dak' of 'aansluitingen'."),
        .required("peildatum", .date, "Datum waarop de streefwaarde bereikt is, binnen de looptijd."),
        .optional("co2-effect", .decimal(decimals: valueDecimals, range: 0...1_000_000_000),
                  "Verwachte CO2-reductie in ton CO2 per jaar."),
    ])

    package static let milestone: ObjectSpec = ObjectSpec("mijlpaal", "Een moment waarop iets klaar is.", [
        .required("datum", .date, "Datum van de mijlpaal."),
        .required("omschrijving", .text, "Wat er dan klaar is."),
    ])

    package static let term: ObjectSpec = ObjectSpec("looptijd", "Begin en einde van de deal.", [
        .required("begin", .date, "Eerste dag van de deal."),
        .required("einde", .date, "Laatste dag van de deal."),
    ])

    package static let monitoring: ObjectSpec = ObjectSpec("monitoring", "Wie over de voortgang rapporteert, en hoe vaak.", [
        .required("door", .text, "Wie rapporteert, meestal de trekker."),
        .required("frequentie", .choice(frequencies), "Hoe vaak: " + frequencies.joined(separator: ", ") + "."),
        .optional("aan", .text, "Aan wie, zoals 'de stuurgroep Lokaal Klimaatakkoord'."),
    ])

    public static let spec: ObjectSpec = ObjectSpec(
        "klimaatdeal", "Een klimaatdeal: een zo SMART mogelijke afspraak tussen partijen, met een trekker, voor het lokale klimaatakkoord.", [
            .optional("gemeente", .text, "De gemeente; standaard die uit raadsdoc.yaml."),
            .required("nummer", .integer(1...999), "Nummer van de deal binnen het akkoord."),
            .required("titel", .text, "Korte titel, zoals 'Zonnedak op het clubhuis'."),
            .required("datum", .date, "Datum van deze tekst van de deal, als JJJJ-MM-DD."),
            .required("thema", .text, "Een van de thema's uit 'themas' in raadsdoc.yaml, zoals 'energietransitie'."),
            .required("trekker", .text, "De deelnemer die de deal trekt; dat hoeft niet de gemeente te zijn."),
            .required("deelnemers", .list(.object { participant }, minimum: 1), "De deelnemers; ieder ondertekent de deal."),
            .optional("aanleiding", .richText, "Waarom deze deal er komt."),
            .optional("knelpunt", .richText, "Welk knelpunt of welke hulpvraag de deal oplost."),
            .required("ambitie", .richText, "Wat de deelnemers samen willen bereiken."),
            .required("doelen", .list(.object { goal }, minimum: 1), "De SMART-doelen, met indicator, streefwaarde en peildatum."),
            .optional("mijlpalen", .list(.object { milestone }), "Mijlpalen met datum; verplicht bij aard 'realiseren'."),
            .required("looptijd", .object { term }, "Begin en einde van de deal."),
            .required("aard", .choice(natures), "onderzoeken (inspanning) of realiseren (resultaat)."),
            .required("monitoring", .object { monitoring }, "Wie over de voortgang rapporteert, en hoe vaak."),
            .required("status", .choice(statuses), "Stand van de deal: " + statuses.joined(separator: ", ") + "."),
            .optional("voorbeeld", .boolean, "ja: de deal is een fictief voorbeeld; dat staat dan zichtbaar in het document."),
        ])

    public static let starter = """
        # Een klimaatdeal. Controleer met: raadsdoc check <dit bestand>
        soort: klimaatdeal
        nummer: 1
        titel: Zonnedak op het clubhuis
        datum: 2025-03-04                 # JJJJ-MM-DD
        thema: energietransitie           # een van de 'themas' in raadsdoc.yaml
        trekker: Sportvereniging De Vliet # een van de deelnemers
        deelnemers:
          - naam: Sportvereniging De Vliet
            type: vereniging
            vertegenwoordiger:
              naam: J. de Boer
              functie: voorzitter
            acties:
              - Stelt het dak van het clubhuis beschikbaar.
          - naam: Energiecoöperatie Voorbeeld
            type: overig
            # Tekenen meer mensen samen, zoals de dijkgraaf en de secretaris-directeur
            # van een waterschap? Schrijf dan 'ondertekening:' met 'ondertekenaars:'
            # (ieder met naam en functie) in plaats van 'vertegenwoordiger:'.
            vertegenwoordiger:
              naam: A. Jansen
              functie: secretaris
            acties:
              - Ontwerpt en financiert de installatie.
        aanleiding: |
          Het clubhuis heeft een groot plat dak dat nog niets opwekt.
        ambitie: |
          Het clubhuis wekt zelf de stroom op die het gebruikt.
        doelen:
          - omschrijving: Zonnepanelen op het dak van het clubhuis.
            indicator: opgesteld vermogen
            startwaarde: 0
            streefwaarde: 60
            eenheid: kWp
            peildatum: 2025-12-31
            co2-effect: 18                # ton CO2 per jaar (niet verplicht)
        mijlpalen:                        # verplicht bij aard: realiseren
          - datum: 2025-09-01
            omschrijving: Panelen geplaatst.
        looptijd:
          begin: 2025-04-01
          einde: 2026-03-31
        aard: realiseren                  # of: onderzoeken
        monitoring:
          door: Sportvereniging De Vliet
          frequentie: jaarlijks
        status: in voorbereiding

        """
}
