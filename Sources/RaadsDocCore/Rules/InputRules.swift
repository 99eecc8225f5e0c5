/// Rules about the input file itself: encoding, YAML syntax and the shape
/// of the fields. They apply to every document kind.
public enum InputRules {
    public static let unreadable = Rule(
        "RD-INVOER-001", .fout, "Het bestand kan niet gelezen worden of is leeg.",
        help: "Controleer het pad en of het bestand YAML-gegevens bevat.")
    public static let encoding = Rule(
        "RD-INVOER-002", .fout, "Het bestand is geen geldige UTF-8-tekst.",
        help: "Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als → Codering: UTF-8).")
    public static let syntax = Rule(
        "RD-INVOER-003", .fout, "Het bestand is geen geldige YAML.",
        help: "Controleer inspringing, dubbele punten en aanhalingstekens rond de aangewezen plek.")
    public static let tabIndent = Rule(
        "RD-INVOER-004", .fout, "Een tab wordt gebruikt om in te springen.",
        help: "YAML staat alleen spaties toe voor inspringing; vervang de tab door spaties.")
    public static let tooLarge = Rule(
        "RD-INVOER-005", .fout, "Het bestand of een waarde is groter dan raadsdoc verwerkt.",
        help: "Splits de tekst op of verwijder wat er per ongeluk in terecht is gekomen.")
    public static let tooDeep = Rule(
        "RD-INVOER-006", .fout, "De gegevens zijn dieper genest dan raadsdoc verwerkt.",
        help: "Geen document heeft zoveel niveaus nodig; controleer de inspringing.")
    public static let anchors = Rule(
        "RD-INVOER-007", .fout, "YAML-ankers (&) en -aliassen (*) worden niet ondersteund.",
        help: "Schrijf de waarde voluit; in lopende tekst mag * wel, maar niet aan het begin van een waarde.")
    public static let duplicateKey = Rule(
        "RD-INVOER-008", .fout, "Een veld staat twee keer in dezelfde groep.",
        help: "Verwijder of hernoem een van de twee.")
    public static let unknownKey = Rule(
        "RD-INVOER-009", .fout, "Een veld is onbekend voor deze soort document.",
        help: "Controleer de spelling; `raadsdoc schema <soort>` en docs/invoer.md noemen alle velden.")
    public static let missingField = Rule(
        "RD-INVOER-010", .fout, "Een verplicht veld ontbreekt of is leeg.",
        help: "Vul het veld in.")
    public static let wrongType = Rule(
        "RD-INVOER-011", .fout, "Een veld heeft de verkeerde vorm (tekst, lijst of groep).",
        help: "Zie docs/invoer.md voor de vorm van het veld.")
    public static let impossibleDate = Rule(
        "RD-INVOER-012", .fout, "Een datum bestaat niet.",
        help: "Controleer dag en maand, zoals 2021-02-28 in plaats van 2021-02-30.")
    public static let dateNotation = Rule(
        "RD-INVOER-013", .fout, "Een datum is niet geschreven als JJJJ-MM-DD.",
        help: "Schrijf datums als 2021-07-13; raadsdoc maakt er zelf '13 juli 2021' van.")
    public static let amount = Rule(
        "RD-INVOER-014", .fout, "Een bedrag is geen geheel aantal euro's of euro's met centen.",
        help: "Schrijf 2000000, \"2.000.000\" of \"1.234,56\"; nooit een decimale punt zoals 1.5.")
    public static let forbiddenCharacter = Rule(
        "RD-INVOER-015", .fout, "Het bestand bevat een teken dat in een document niet mag voorkomen.",
        help: "Verwijder het onzichtbare stuurteken (vaak meegekopieerd uit een ander programma).")
    public static let unknownKind = Rule(
        "RD-INVOER-016", .fout, "Het veld 'soort' ontbreekt of noemt een onbekende soort document.",
        help: "Kies een soort uit `raadsdoc schema --lijst`, bijvoorbeeld 'raadsmededeling'.")
    public static let invalidChoice = Rule(
        "RD-INVOER-017", .fout, "Een veld heeft een waarde die niet in de lijst van mogelijke waarden staat.",
        help: "Kies een van de genoemde waarden.")
    public static let invalidNumber = Rule(
        "RD-INVOER-018", .fout, "Een getal is geen geheel getal of valt buiten het toegestane bereik.",
        help: "Schrijf een geheel getal binnen het genoemde bereik.")
    public static let unsupportedMarkup = Rule(
        "RD-INVOER-019", .waarschuwing, "Opmaak in een tekstveld die raadsdoc als gewone tekst weergeeft.",
        help: "Een tekstveld kent alinea's, *nadruk*, **vet**, ~~doorhalen~~, opsommingen, links, tabellen, voetnoten ([^1]) "
            + "en afbeeldingen op een eigen regel; HTML, `code` en codeblokken komen er als gewone tekst te staan, een citaat (>) zonder inspringing "
            + "en een kop als vette alinea. "
            + "Gebruik 'secties' voor koppen.")
    public static let complexKey = Rule(
        "RD-INVOER-020", .fout, "Een veldnaam is geen gewone tekst.",
        help: "Gebruik als veldnaam een woord zoals 'onderwerp'.")
    public static let tooFewItems = Rule(
        "RD-INVOER-021", .fout, "Een lijst heeft te weinig onderdelen.",
        help: "Vul de lijst aan tot het genoemde minimum.")
    public static let notBoolean = Rule(
        "RD-INVOER-022", .fout, "Een ja/nee-veld heeft een andere waarde dan ja of nee.",
        help: "Schrijf ja of nee.")
    public static let refusedMarkup = Rule(
        "RD-INVOER-023", .fout, "Opmaak in een tekstveld die raadsdoc niet kan weergeven.",
        help: "Afvinkvakjes, horizontale lijnen, te diep geneste opsommingen, afbeeldingen midden in een zin en voetnoten "
            + "zonder tekst of zonder verwijzing kan raadsdoc niet weergeven; de melding zegt wat er anders moet.")
    public static let unusablePicture = Rule(
        "RD-INVOER-024", .fout, "Een afbeelding in een tekstveld kan niet worden opgenomen.",
        help: "Een afbeelding is een PNG-, JPEG- of SVG-bestand van hoogstens 10 MB in de map van het invoerbestand (of een submap), "
            + "genoemd als ![omschrijving](pad.png \"bijschrift\").")

    public static let tags = Rule(
        "RD-INVOER-025", .fout, "Een YAML-tag (zoals !!str of !eigen) of %TAG-regel wordt niet ondersteund.",
        help: "Verwijder de tag; raadsdoc bepaalt zelf hoe een waarde gelezen wordt. Zet tekst die met ! begint tussen aanhalingstekens.")
    public static let invisibleCharacter = Rule(
        "RD-INVOER-026", .waarschuwing, "Een naam, onderwerp of andere tekst bevat een onzichtbaar teken dat de tekst anders laat lezen of zoeken.",
        help: "Verwijder tekens die de leesrichting omkeren (U+202A–U+202E, U+2066–U+2069) en tekens zonder breedte (U+200B–U+200D, U+2060, U+FEFF); ze komen vaak mee bij kopiëren.")
    public static let linkScheme = Rule(
        "RD-INVOER-027", .fout, "Een link wijst naar iets anders dan een webpagina, e-mailadres of plek in het document.",
        help: "Gebruik alleen links die met http://, https:// of mailto: beginnen, of #… voor een plek in het document; andere links kunnen programma's of scripts starten.")
    public static let draft = Rule(
        "RD-INVOER-028", .waarschuwing, "Het document is een concept (status: concept).",
        help: "Een concept krijgt een zichtbare CONCEPT-markering en geen handtekeningen, en mag datums 'in te vullen' hebben; "
            + "met --strikt wordt het geweigerd. Haal 'status: concept' weg voor de versie die verstuurd of ondertekend wordt.")
    public static let tooiCode = Rule(
        "RD-INVOER-029", .fout, "De TOOI-code in het profiel is geen gemeentecode, of staat in een Vlaams profiel.",
        help: "Schrijf 'tooi: gm' met de viercijferige CBS-code van de gemeente, zoals 'tooi: gm0626' (Voorschoten); "
            + "raadsdoc maakt er https://identifier.overheid.nl/tooi/id/gemeente/gm0626 van. TOOI en DiWoo zijn Nederlands: "
            + "een profiel met 'land: BE' heeft geen TOOI-code.")

    public static let all: [Rule] = [
        unreadable, encoding, syntax, tabIndent, tooLarge, tooDeep, anchors, duplicateKey, unknownKey,
        missingField, wrongType, impossibleDate, dateNotation, amount, forbiddenCharacter, unknownKind,
        invalidChoice, invalidNumber, unsupportedMarkup, complexKey, tooFewItems, notBoolean, refusedMarkup,
        unusablePicture, tags, invisibleCharacter, linkScheme, draft, tooiCode,
    ]
}
