/// Rules about house-style templates (.ott/.odt made in LibreOffice). They
/// are reported at the profile line that names the template, or at the
/// template itself when it was given with `--sjabloon`.
public enum TemplateRules {
    public static let unreadable = Rule(
        "RD-SJABLOON-001", .fout, "Het sjabloon kan niet gelezen worden of is geen tekstdocument.",
        help: "Geef een .ott- of .odt-bestand dat in LibreOffice Writer is opgeslagen (Bestand → Opslaan als → ODF-tekstdocumentsjabloon).")
    public static let unknownPlaceholder = Rule(
        "RD-SJABLOON-002", .fout, "Het sjabloon bevat een onbekende plaatshouder.",
        help: "Controleer de spelling; `raadsdoc velden <soort>` en docs/huisstijl.md noemen alle plaatshouders.")
    public static let missingBody = Rule(
        "RD-SJABLOON-003", .fout, "Het sjabloon heeft geen plaatshouder {{inhoud}}.",
        help: "Zet {{inhoud}} alleen in een eigen alinea op de plek waar de tekst van het document moet komen.")
    public static let misplacedBlock = Rule(
        "RD-SJABLOON-004", .fout, "Een blokplaatshouder staat niet alleen in een eigen alinea in de tekst.",
        help: "{{briefhoofd}}, {{inhoud}}, {{ondertekening}} en {{bijlagen}} staan elk alleen in een alinea in de hoofdtekst of een tabelcel, niet in een kop- of voettekst, lijst of tekstvak.")
    public static let tooManyEntries = Rule(
        "RD-SJABLOON-005", .fout, "Het sjabloon bestaat uit meer bestanden dan raadsdoc leest.",
        help: "Een sjabloon uit LibreOffice bevat enkele tientallen bestanden; sla het opnieuw op vanuit LibreOffice.")
    public static let tooLarge = Rule(
        "RD-SJABLOON-006", .fout, "Het sjabloon is uitgepakt te groot of verdacht sterk gecomprimeerd (zip-bom).",
        help: "Verklein grote afbeeldingen in het sjabloon en sla het opnieuw op vanuit LibreOffice.")
    public static let unsafeEntryName = Rule(
        "RD-SJABLOON-007", .fout, "Het sjabloon bevat een bestand met een absoluut pad, '..' of een te lange naam.",
        help: "Zo'n archief is niet door LibreOffice gemaakt; sla het sjabloon opnieuw op vanuit LibreOffice.")
    public static let declarations = Rule(
        "RD-SJABLOON-008", .fout, "Het sjabloon bevat XML met een DOCTYPE- of ENTITY-declaratie.",
        help: "LibreOffice schrijft die nooit; zo'n bestand kan gegevens lekken of het geheugen opblazen. Sla het sjabloon opnieuw op vanuit LibreOffice.")
    public static let repeatedBlock = Rule(
        "RD-SJABLOON-009", .fout, "Een blokplaatshouder staat meer dan eens in het sjabloon.",
        help: "Elk blok (zoals {{inhoud}}) komt één keer in het document; verwijder de tweede.")
    public static let invalidResult = Rule(
        "RD-SJABLOON-010", .waarschuwing, "Het sjabloon bevat opmaak die niet aan ODF 1.3 voldoet.",
        help: "raadsdoc haalt LibreOffice-uitbreidingen zelf weg; wat overblijft staat in de melding. Verwijder die opmaak of sla het sjabloon op als ODF 1.3 (Extra → Opties → Laden/opslaan → Algemeen).")

    public static let placeholderInAttribute = Rule(
        "RD-SJABLOON-011", .fout, "Een plaatshouder staat in een attribuut (zoals een link of naam) in plaats van in de tekst.",
        help: "Zet de plaatshouder in de tekst van een alinea; in een link, naam of andere eigenschap wordt hij niet ingevuld.")

    public static let all: [Rule] = [
        unreadable, unknownPlaceholder, missingBody, misplacedBlock, tooManyEntries, tooLarge, unsafeEntryName,
        declarations, repeatedBlock, invalidResult, placeholderInAttribute,
    ]
}
