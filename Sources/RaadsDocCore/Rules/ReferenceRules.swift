/// Rules about references between input files (bijlagen, deals).
public enum ReferenceRules {
    public static let missing = Rule(
        "RD-VERWIJZING-001", .fout, "Een verwezen invoerbestand bestaat niet.",
        help: "Controleer het pad; het is relatief aan het bestand waarin het staat.")
    public static let cycle = Rule(
        "RD-VERWIJZING-002", .fout, "Verwijzingen tussen invoerbestanden vormen een kring.",
        help: "Een bijlage mag niet (via andere bijlagen) naar het document zelf verwijzen.")
    public static let brokenReference = Rule(
        "RD-VERWIJZING-003", .fout, "Een verwezen invoerbestand bevat fouten.",
        help: "Los eerst de fouten in dat bestand op; ze staan in dezelfde uitvoer.")
    public static let wrongKind = Rule(
        "RD-VERWIJZING-004", .fout, "Een verwezen invoerbestand is van een soort die hier niet past.",
        help: "Verwijs naar een bestand van de genoemde soort.")
    public static let tooDeep = Rule(
        "RD-VERWIJZING-005", .fout, "Verwijzingen tussen invoerbestanden gaan te diep.",
        help: "Een keten van bijlagen die naar bijlagen verwijzen mag hoogstens 64 documenten lang zijn; verwijs rechtstreeks.")

    public static let all = [missing, cycle, brokenReference, wrongKind, tooDeep]
}
