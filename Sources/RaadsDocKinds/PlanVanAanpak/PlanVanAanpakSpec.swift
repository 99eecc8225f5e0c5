import RaadsDocCore
import RaadsDocSchema

extension PlanVanAanpak {
    package static let periode: ObjectSpec = ObjectSpec("periode", "De periode waarop het plan betrekking heeft; beide dagen tellen mee.", [
        .required("van", .date, "Eerste dag, als JJJJ-MM-DD."),
        .required("tot", .date, "Laatste dag, als JJJJ-MM-DD."),
    ])

    package static let chapter: ObjectSpec = ObjectSpec("hoofdstuk", "Een genummerd hoofdstuk; raadsdoc zet het nummer voor de kop.", [
        .required("kop", .text, "De kop, zonder nummer."),
        .optional("tekst", .richText, "De tekst onder de kop."),
        .optional("inhoud", .choice(Part.allCases.map(\.rawValue)),
                  "Wat raadsdoc na de tekst invoegt: de resultaten of inspanningen per werkstroom, de organisatie of de begroting."),
        .optional("slot", .richText, "Tekst na de ingevoegde inhoud."),
        .optional("secties", .list(.object { CommonSpecs.section }), "Paragrafen met een eigen kop."),
    ])

    package static let resultaat: ObjectSpec = ObjectSpec("resultaat", "Een resultaat met zijn timing.", [
        .required("timing", .text, "Wanneer: " + Timing.forms + "."),
        .required("tekst", .richText, "Het resultaat; raadsdoc zet de timing ervoor ('Voor 1 oktober 2021 …')."),
    ])

    package static let werkstroom: ObjectSpec = ObjectSpec("werkstroom", "Een werkstroom met resultaten en inspanningen.", [
        .required("id", .text, "Het nummer of de code, zoals 1; posten van de begroting verwijzen ernaar."),
        .required("naam", .text, "De naam, zoals 'samenwerking en organisatie'."),
        .optional("resultaten", .list(.object { resultaat }), "De resultaten, elk met een timing."),
        .optional("inspanningen", .list(.richText), "De inspanningen op hoofdlijnen."),
        .optional("toelichting", .richText, "Tekst na de inspanningen."),
    ])

    package static let organisation: ObjectSpec = ObjectSpec("organisatie", "Organisatie en bedrijfsvoering.", [
        .optional("tekst", .richText, "De tekst."),
        .optional("secties", .list(.object { CommonSpecs.section }), "Paragrafen, zoals 'Personele inzet'."),
    ])

    package static let post: ObjectSpec = ObjectSpec("post", "Een post van de begroting.", [
        .required("werkstroom", .text, "Het id van de werkstroom waartoe de post hoort."),
        .optional("omschrijving", .text, "De omschrijving in de tabel; standaard de naam van de werkstroom."),
        .optional("toelichting", .richText,
                  "Toelichting in de opsomming boven de tabel: '600k euro budget voor werkstroom 1 – <toelichting>'."),
        .required("bedragen", .dictionary(.text), "Het bedrag per jaar, zoals '2021: 200k'; hele eenheden, nooit negatief."),
        .optional("totaal", .text, "Het totaal van de post zoals opgegeven; raadsdoc controleert het."),
    ])

    package static let begroting: ObjectSpec = ObjectSpec("begroting", "De begroting: posten met een bedrag per jaar.", [
        .required("eenheid", .choice(BegrotingUnit.allCases.map(\.rawValue)),
                  "euro (hele euro's), 'x € 1.000' (duizenden, met dat opschrift) of k (duizenden, geschreven als 1.285k)."),
        .required("jaren", .list(.integer(1900...2199), minimum: 1), "De jaren, de kolommen van de tabel."),
        .required("posten", .list(.object { post }, minimum: 1), "De posten."),
        .optional("totaal", .text, "Het totaal van het plan zoals opgegeven; raadsdoc controleert het."),
        .optional("totaal-per-jaar", .dictionary(.text), "Het totaal per jaar zoals opgegeven; raadsdoc controleert het."),
        .optional("onvoorzien", .decimal(decimals: 2, range: nil), "Percentage onvoorziene kosten in elke post, van 0 tot 100; raadsdoc controleert de tekst ertegen."),
        .optional("onvoorzien-vermelden", .boolean,
                  "ja: onder de tabel staat 'De bedragen zijn inclusief N% onvoorziene kosten per post.'"),
        .optional("toelichting", .richText, "Tekst vóór de tabel."),
    ])

    package static let appendix: ObjectSpec = ObjectSpec("bijlage bij het plan", "Een bijlage die bij het plan hoort, met eigen tekst.", [
        .required("titel", .text, "De titel; raadsdoc zet 'Bijlage N.' ervoor."),
        .optional("versie", .date, "Datum van de versie van de bijlage."),
        .optional("tekst", .richText, "De tekst."),
        .optional("secties", .list(.object { CommonSpecs.section }), "Paragrafen met een eigen kop."),
    ])

    public static let spec: ObjectSpec = ObjectSpec(
        "plan-van-aanpak", "Een plan van aanpak met werkstromen, resultaten, organisatie en een begroting.", [
            .optional("gemeente", .text, "De gemeente; standaard die uit raadsdoc.yaml."),
            .required("titel", .text, "De titel, zoals 'Plan van aanpak Warmte Leidse regio'."),
            .optional("versie", .date, "Datum van deze versie; toont 'versie 6 juli 2021'."),
            .required("periode", .object { periode }, "De periode van het plan (van, tot)."),
            .optional("hoofdstukken", .list(.object { chapter }), "De hoofdstukken, genummerd 1, 2, …"),
            .required("werkstromen", .list(.object { werkstroom }, minimum: 1), "De werkstromen."),
            .optional("organisatie", .object { organisation }, "Organisatie en bedrijfsvoering."),
            .optional("begroting", .object { begroting }, "De begroting."),
            .optional("bijlagen", .list(.object { appendix }), "Bijlagen met eigen tekst, na het plan."),
            .optional("rapportagekalender", .boolean,
                      "ja: na de resultaten staat een tabel 'Rapportagekalender' met de data die volgen uit resultaten met timing 'na elk kwartaal'."),
        ])

    public static let starter = """
        # Een plan van aanpak. Controleer met: raadsdoc check <dit bestand>
        soort: plan-van-aanpak
        titel: Plan van aanpak Voorbeeld
        versie: 2025-03-04
        periode:
          van: 2025-04-01
          tot: 2026-12-31
        hoofdstukken:
          - kop: Inleiding
            tekst: |
              Waarom dit plan er is.
          - kop: Resultaten
            tekst: 'We bereiken de volgende resultaten:'
            inhoud: resultaten              # de resultaten per werkstroom
          - kop: Begroting
            inhoud: begroting               # de tabel, met berekende totalen
        werkstromen:
          - id: 1
            naam: verkenning
            resultaten:
              - timing: voor 2025-10-01     # of: per, vanaf, uiterlijk, halfjaarlijks, gedurende het jaar
                tekst: een rapport opgeleverd.
              - timing: uiterlijk binnen 1 maand na afronding kwartaal
                tekst: een voortgangsrapportage gedeeld met de raad.
            inspanningen:
              - gesprekken met partners
        begroting:
          eenheid: k                        # of: euro, 'x € 1.000'
          jaren: [2025, 2026]
          posten:
            - werkstroom: 1
              omschrijving: Verkenning
              bedragen: {2025: 100k, 2026: 150k}
              totaal: 250k                  # raadsdoc rekent na
          totaal: 250k
          onvoorzien: 10

        """
}
