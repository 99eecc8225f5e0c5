import RaadsDocCore
import RaadsDocSchema

extension Raadsmededeling {
    public static let noBody = Rule(
        "RD-RAAD-001", .fout, "Een raadsbrief heeft geen tekst en geen secties.",
        help: "Vul 'tekst' of 'secties' in.")
    public static let mayorMissing = Rule(
        "RD-RAAD-002", .fout, "Een raadsbrief is niet ondertekend door de burgemeester.",
        help: "Voeg de burgemeester toe aan 'ondertekenaars' (functie: burgemeester).")
    public static let secretaryMissing = Rule(
        "RD-RAAD-003", .fout, "Een raadsbrief is niet ondertekend door de secretaris of griffier.",
        help: "Voeg de gemeentesecretaris (of griffier) toe aan 'ondertekenaars'.")
    public static let mayorName = Rule(
        "RD-RAAD-004", .waarschuwing, "De burgemeester onder een raadsbrief is een ander dan in het profiel.",
        help: "Controleer de naam, of pas 'burgemeester' in raadsdoc.yaml aan (bij een loco-burgemeester is dit terecht).")
    public static let secretaryName = Rule(
        "RD-RAAD-005", .waarschuwing, "De secretaris of griffier onder een raadsbrief is een ander dan in het profiel.",
        help: "Controleer de naam, of pas 'secretaris' of 'griffier' in raadsdoc.yaml aan.")

    public static let rules = [noBody, mayorMissing, secretaryMissing, mayorName, secretaryName]
        + SigningRules.all + DealCollection.rules

    public static func check(_ model: Model, context: KindContext) -> Model {
        if (model.text?.isEmpty ?? true) && model.sections.isEmpty {
            context.report(noBody, at: model.position, "de brief heeft geen 'tekst' en geen 'secties'; vul ten minste een van beide in")
        }
        SigningRules.check(model.signing, context: context)
        let signatories = model.signing.signatories
        let mayor = signatories.first { $0.role == .burgemeester }
        let secretary = signatories.first { $0.role == .secretaris || $0.role == .griffier }
        let profile = context.profile
        if mayor == nil {
            context.report(mayorMissing, at: model.signing.position,
                           "de brief moet ook ondertekend zijn door de burgemeester; voeg een ondertekenaar toe met functie 'burgemeester'"
                           + expectedName(profile.burgemeester, profile: profile))
        }
        if secretary == nil {
            context.report(secretaryMissing, at: model.signing.position,
                           "de brief moet ook ondertekend zijn door de secretaris of de griffier; voeg een ondertekenaar toe met functie 'gemeentesecretaris' of 'griffier'"
                           + expectedName(profile.secretaris ?? profile.griffier, profile: profile))
        }
        if let mayor, let name = mayor.name, let expected = profile.burgemeester, !PersonName.same(name.value, expected) {
            context.report(mayorName, at: name.position,
                           "burgemeester '\(name.value)' wijkt af van '\(expected)' in \(profile.path ?? "het profiel"); controleer de naam (bij een loco-burgemeester is dit terecht)")
        }
        if let secretary, let name = secretary.name {
            let expected = secretary.role == .griffier ? profile.griffier : profile.secretaris
            if let expected, !PersonName.same(name.value, expected) {
                context.report(secretaryName, at: name.position,
                               "\(secretary.role == .griffier ? "griffier" : "secretaris") '\(name.value)' wijkt af van '\(expected)' in \(profile.path ?? "het profiel"); controleer de naam of pas het profiel aan")
            }
        }
        return model
    }

    /// " (volgens raadsdoc.yaml: drs. N. Stemerdink)" when the profile
    /// names the person.
    private static func expectedName(_ name: String?, profile: Profile) -> String {
        guard let name else { return "" }
        return " (volgens \(profile.path ?? "het profiel"): \(name))"
    }
}
