import RaadsDocCore
import RaadsDocSchema

/// The rules of an agreement, RD-OVK-001 and on. Parties, representation
/// and dates are checked here; texts, numbers, references and begrippen in
/// OvereenkomstTextRules.swift.
extension Overeenkomst {
    public static let tooFewParties = Rule(
        "RD-OVK-001", .fout, "Een overeenkomst heeft minder dan twee partijen.",
        help: "Een overeenkomst sluit je met minstens twee partijen; voeg de andere partij toe onder 'partijen'.")
    public static let duplicateParty = Rule(
        "RD-OVK-002", .fout, "Twee partijen hebben dezelfde naam.",
        help: "Elke partij staat één keer in 'partijen'; verwijder de dubbele of corrigeer de naam.")
    public static let mandateWithoutGround = Rule(
        "RD-OVK-003", .fout, "Een gemeente wordt niet door de burgemeester vertegenwoordigd en er staat geen grondslag voor de machtiging.",
        help: "De burgemeester vertegenwoordigt de gemeente (artikel 171, eerste lid, Gemeentewet). Tekent een ander, "
            + "vul dan 'grondslag' in, zoals 'artikel 171, tweede lid, Gemeentewet'.")
    public static let representativeWithoutFunction = Rule(
        "RD-OVK-004", .fout, "De vertegenwoordiger van een partij heeft geen functie.",
        help: "Vul 'functie' in bij 'vertegenwoordiger', zoals 'voorzitter', 'directeur' of 'burgemeester'.")
    public static let councilDecisionMissing = Rule(
        "RD-OVK-005", .waarschuwing, "Een deelnemende gemeente heeft geen raadsbesluit onder 'Gelet op'.",
        help: "Noemt 'gelet-op' raadsbesluiten, dan hoort er van elke deelnemende gemeente een bij; voeg het ontbrekende toe.")
    public static let councilDecisionOfNonParty = Rule(
        "RD-OVK-006", .waarschuwing, "Een raadsbesluit is van een gemeente die geen partij is.",
        help: "Controleer de naam van de gemeente; die moet overeenkomen met een partij 'Gemeente …'.")
    public static let decisionAfterVersion = Rule(
        "RD-OVK-007", .fout, "Een besluit is genomen na de versiedatum van de overeenkomst.",
        help: "Een overeenkomst kan niet berusten op een later besluit; controleer de datum van het besluit en de versiedatum.")
    public static let versionAfterEntryIntoForce = Rule(
        "RD-OVK-008", .fout, "De overeenkomst treedt in werking vóór haar versiedatum.",
        help: "De inwerkingtreding ligt op of na de versiedatum; controleer beide datums.")
    public static let endNotAfterStart = Rule(
        "RD-OVK-009", .fout, "De einddatum ligt niet na de inwerkingtreding.",
        help: "Controleer 'einddatum' (of 'looptijd') en 'inwerkingtreding'.")
    public static let evaluationOutsideTerm = Rule(
        "RD-OVK-010", .fout, "Een evaluatie valt buiten de looptijd van de overeenkomst.",
        help: "Een evaluatie ligt tussen inwerkingtreding en einddatum; pas de termijn of de datums aan.")
    public static let unreadableMoment = Rule(
        "RD-OVK-011", .fout, "Een looptijd of evaluatiemoment is niet te lezen.",
        help: "Schrijf een datum (2022-12-01), een looptijd ('2 jaar') of een termijn ('11 maanden na inwerkingtreding').")
    public static let citationTitleMissing = Rule(
        "RD-OVK-012", .fout, "De overeenkomst heeft geen citeertitel.",
        help: "Vul 'citeertitel' in; raadsdoc maakt er het laatste artikel van ('… wordt aangehaald als: …').")
    public static let resultObligation = Rule(
        "RD-OVK-013", .waarschuwing, "Een intentieovereenkomst zegt nergens dat zij geen resultaatsverplichting schept.",
        help: "Neem een artikel op zoals 'Deze overeenkomst schept voor partijen een inspanningsverplichting en geen resultaatsverplichting.'")
    public static let signedBeforeVersion = Rule(
        "RD-OVK-019", .fout, "Een ondertekeningsdatum ligt vóór de versiedatum.",
        help: "Ondertekend wordt de vastgestelde versie; controleer de datum van ondertekening en de versiedatum.")
    public static let bothSigningForms = Rule(
        "RD-OVK-024", .fout, "De ondertekening van een partij noemt zowel 'naam' of 'functie' als 'ondertekenaars'.",
        help: "Schrijf één ondertekenaar met 'naam' en 'functie', of meer onder 'ondertekenaars', niet allebei; "
            + "met beide is niet duidelijk wie tekent.")
    public static let endDateAndTerm = Rule(
        "RD-OVK-020", .fout, "De overeenkomst heeft zowel een einddatum als een looptijd.",
        help: "Geef één van beide: 'einddatum' of 'looptijd'.")

    public static let rules = [
        tooFewParties, duplicateParty, mandateWithoutGround, representativeWithoutFunction, councilDecisionMissing,
        councilDecisionOfNonParty, decisionAfterVersion, versionAfterEntryIntoForce, endNotAfterStart,
        evaluationOutsideTerm, unreadableMoment, citationTitleMissing, resultObligation, handNumbering,
        brokenReference, unusedTerm, duplicateID, invalidID, signedBeforeVersion, endDateAndTerm, articlesMissing,
        emptyArticle, duplicateTerm, bothSigningForms, handCitationNowhere, SigningRules.partnerMissing,
    ]

    public static func check(_ model: Model, context: KindContext) -> Checked {
        checkParties(model, context: context)
        var model = model
        for index in model.parties.indices {
            model.parties[index].signing.signatories = checkSigning(model.parties[index], context: context)
        }
        checkLegalBasis(model, context: context)
        let dates = OvereenkomstDates(model)
        checkDates(model, dates, context: context)
        let outline = OvereenkomstOutline(model, dates: dates.citable)
        checkTexts(model, outline: outline, context: context)
        if model.citationTitle == nil {
            context.report(citationTitleMissing, at: model.position,
                           "de overeenkomst heeft geen 'citeertitel'; vul die in, raadsdoc maakt er het laatste artikel van")
        }
        if model.isLetterOfIntent && !statesNoResultObligation(model) {
            context.report(resultObligation, at: model.articlesPosition,
                           "geen artikel zegt dat deze intentieovereenkomst geen resultaatsverplichting schept; "
                               + "neem dat op, bijvoorbeeld met 'inspanningsverplichting' of 'niet in rechte afdwingbaar'")
        }
        return Checked(model: model, outline: outline)
    }

    private static func checkParties(_ model: Model, context: KindContext) {
        if model.parties.count < 2 {
            context.report(tooFewParties, at: model.partiesPosition,
                           "de overeenkomst heeft \(model.parties.count == 1 ? "één partij" : "geen partijen"); er zijn er minstens twee nodig")
        }
        var seen: [String: Located<String>] = [:]
        for party in model.parties {
            let key = PersonName.normalized(party.name.value)
            if let earlier = seen[key] {
                context.report(duplicateParty, at: party.name.position,
                               "'\(party.name.value)' staat al als partij op regel \(earlier.position.line)")
            } else {
                seen[key] = party.name
            }
            guard let representative = party.representative else { continue }
            guard let function = representative.function else {
                let hint = party.isMunicipality
                    ? "'burgemeester', of de functie van wie de burgemeester heeft gemachtigd"
                    : "zoals 'voorzitter' of 'directeur'"
                context.report(representativeWithoutFunction, at: representative.position,
                               "de vertegenwoordiger van \(party.name.value) heeft geen functie; vul 'functie' in: \(hint)")
                continue
            }
            if party.isMunicipality && !representative.isMayor && party.mandateGround == nil {
                context.report(mandateWithoutGround, at: function.position,
                               "\(party.name.value) wordt vertegenwoordigd door \(representative.functionWithArticle ?? function.value), niet door de burgemeester; "
                                   + "vul 'grondslag' in, zoals 'artikel 171, tweede lid, Gemeentewet'")
            }
        }
    }

    /// Who signs for `party`, completed to the pair its kind of body requires.
    private static func checkSigning(_ party: Party, context: KindContext) -> [SignatoryInput] {
        if let position = party.signing.bothForms {
            context.report(bothSigningForms, at: position,
                           "de ondertekening van \(party.name.value) noemt 'naam' of 'functie' en ook 'ondertekenaars'; "
                               + "zet iedereen die tekent onder 'ondertekenaars' en laat 'naam' en 'functie' weg")
        }
        return SigningRules.completePair(party.signatories, of: party.name.value, body: party.body, capacity: .agreement,
                                         at: party.position, context: context)
    }

    private static func checkLegalBasis(_ model: Model, context: KindContext) {
        guard let basis = model.legalBasis, !basis.councilDecisions.isEmpty else { return }
        let municipalities = model.parties.filter(\.isMunicipality)
        for party in municipalities where !basis.councilDecisions.contains(where: { party.isNamed($0.municipality.value) }) {
            context.report(councilDecisionMissing, at: basis.councilDecisionsPosition,
                           "\(party.name.value) neemt deel, maar onder 'raadsbesluiten' staat geen raadsbesluit van \(party.municipalityName)")
        }
        let names = municipalities.map(\.municipalityName)
        for decision in basis.councilDecisions where !municipalities.contains(where: { $0.isNamed(decision.municipality.value) }) {
            context.report(councilDecisionOfNonParty, at: decision.municipality.position,
                           "'\(decision.municipality.value)' is geen deelnemende gemeente"
                               + OvereenkomstOutline.suggestion(decision.municipality.value, among: names))
        }
    }

    private static func checkDates(_ model: Model, _ dates: OvereenkomstDates, context: KindContext) {
        for problem in dates.problems {
            context.report(unreadableMoment, at: problem.text.position(of: problem.index, in: context.file), problem.message)
        }
        if let term = model.term, model.endDate != nil {
            context.report(endDateAndTerm, at: term.position,
                           "geef een 'einddatum' of een 'looptijd', niet allebei; de looptijd van \(term.trimmed) zou de einddatum bepalen")
        }
        let start = model.entryIntoForce
        if let version = model.versionDate?.known {
            var decisions: [(String, Located<Datum>)] = model.legalBasis?.councilDecisions.compactMap { decision in
                decision.date.known.map { ("het raadsbesluit van \(decision.municipality.value)", $0) }
            } ?? []
            decisions += model.parties.compactMap { party in
                party.decision?.date.known.map { ("het besluit van \(party.name.value)", $0) }
            }
            for (name, date) in decisions where date.value > version.value {
                context.report(decisionAfterVersion, at: date.position,
                               "\(name) is van \(date.value.dutch), na de versiedatum \(version.value.dutch)")
            }
            if let start, start.value < version.value {
                context.report(versionAfterEntryIntoForce, at: start.position,
                               "de inwerkingtreding op \(start.value.dutch) ligt vóór de versiedatum \(version.value.dutch)")
            }
            let signingDates = [model.signing.date].compactMap { $0 } + model.parties.compactMap(\.signing.date)
            for date in signingDates where date.value < version.value {
                context.report(signedBeforeVersion, at: date.position,
                               "de ondertekening op \(date.value.dutch) ligt vóór de versiedatum \(version.value.dutch)")
            }
        }
        if let start, let end = dates.endDate, end <= start.value {
            let position = model.endDate?.position ?? model.term?.position ?? start.position
            context.report(endNotAfterStart, at: position,
                           "de einddatum \(end.dutch) ligt niet na de inwerkingtreding op \(start.value.dutch)")
        }
        for moment in dates.moments {
            let how = moment.derivation.map { " (\($0))" } ?? ""
            let evaluation = "de evaluatie op \(moment.date.dutch)\(how)"
            if let start, moment.date < start.value {
                context.report(evaluationOutsideTerm, at: moment.evaluation.moment.position,
                               "\(evaluation) valt vóór de inwerkingtreding op \(start.value.dutch)")
            } else if let end = dates.endDate, moment.date > end {
                context.report(evaluationOutsideTerm, at: moment.evaluation.moment.position,
                               "\(evaluation) valt na de einddatum \(end.dutch)")
            }
        }
    }

    /// Phrases by which an agreement says it binds to effort, not result.
    package static let noResultPhrases = [
        "geen resultaatsverplichting", "geen resultaatverplichting", "geen resultaatsverbintenis", "inspanningsverplichting",
        "niet in rechte afdwingbaar", "niet juridisch afdwingbaar", "niet afdwingbaar", "niet juridisch bindend",
        "juridisch niet bindend", "geen juridisch bindende", "geen verplichting tot het bereiken van een resultaat",
    ]

    private static func statesNoResultObligation(_ model: Model) -> Bool {
        let texts = model.articles.flatMap { article in
            [article.title, article.text].compactMap { $0 } + article.clauses.flatMap(\.texts)
        }
        return texts.contains { text in
            let words = text.text.lowercased().split { $0 == " " || $0 == "\n" }.joined(separator: " ")
            return noResultPhrases.contains { words.contains($0) }
        }
    }
}

extension Overeenkomst.Clause {
    /// This clause's text and those of all clauses under it.
    package var texts: [SourceText] {
        [text].compactMap { $0 } + children.flatMap(\.texts)
    }
}
