import RaadsDocCore

/// The rules of the language check (`--taal`). All are warnings: language
/// is advice to the author, never a reason to refuse a document.
public enum LanguageRules {
    public static let spelling = Rule(
        "RD-TAAL-001", .waarschuwing, "Woord dat de spellingcontrole niet kent",
        help: "Verbeter de spelling (de melding stelt woorden voor), of zet een eigen naam of vakterm onder 'taal: woorden:' in raadsdoc.yaml. Namen van partijen, personen, plaatsen en gedefinieerde begrippen uit het document zelf gelden al als goed.")
    public static let longSentence = Rule(
        "RD-TAAL-002", .waarschuwing, "Zin van meer dan 25 woorden",
        help: "Splits de zin: één gedachte per zin. Een opsomming in losse punten leest ook makkelijker.")
    public static let longWord = Rule(
        "RD-TAAL-003", .waarschuwing, "Lang woord in een document voor inwoners (B1)",
        help: "Kies een korter woord, of zeg het in een paar gewone woorden. Alleen voor soorten onder 'taal: b1:' in raadsdoc.yaml.")
    public static let passive = Rule(
        "RD-TAAL-004", .waarschuwing, "Lijdende vorm in een document voor inwoners (B1)",
        help: "Schrijf wie wat doet: 'het college besluit' in plaats van 'er wordt besloten'. Alleen voor soorten onder 'taal: b1:' in raadsdoc.yaml.")
    public static let jargon = Rule(
        "RD-TAAL-005", .waarschuwing, "Ambtelijk woord met een eenvoudiger alternatief",
        help: "Gebruik een van de woorden die de melding voorstelt (liever niet / maar wel). De lijst verschilt voor Nederland en Vlaanderen (land: in raadsdoc.yaml).")
    public static let plainLanguage = Rule(
        "RD-TAAL-006", .waarschuwing, "Document of sectie haalt taalniveau B1 niet",
        help: "Doel voor B1: Flesch-Douma 60 of meer en gemiddeld hoogstens 15 woorden per zin. Maak zinnen korter en kies kortere woorden; 'raadsdoc taal' toont de moeilijkste zinnen.")
    public static let unknownSoort = Rule(
        "RD-TAAL-007", .waarschuwing, "Onbekende soort onder 'taal: b1:' in het profiel",
        help: "Noem onder 'taal: b1:' alleen soorten die raadsdoc kent, zoals 'brief' of 'raadsinformatiebrief'.")

    public static let all = [spelling, longSentence, longWord, passive, jargon, plainLanguage, unknownSoort]
}
