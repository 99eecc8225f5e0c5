import RaadsDocCore
import RaadsDocSchema

extension Klimaatdeal {
    public static let leaderNotParticipant = Rule(
        "RD-DEAL-001", .fout, "De trekker van een klimaatdeal is geen deelnemer.",
        help: "Schrijf bij 'trekker' de naam van een van de 'deelnemers', of voeg de trekker toe als deelnemer.")
    public static let noMeasurableGoal = Rule(
        "RD-DEAL-002", .fout, "Een klimaatdeal heeft geen doel met een streefwaarde.",
        help: "Geef minstens één doel een 'streefwaarde' (een getal) met 'eenheid', zodat het resultaat meetbaar is.")
    public static let referenceDateOutsideTerm = Rule(
        "RD-DEAL-003", .fout, "De peildatum van een doel valt buiten de looptijd van de deal.",
        help: "Kies een peildatum tussen begin en einde van de 'looptijd', of verleng de looptijd.")
    public static let realisationWithoutMilestones = Rule(
        "RD-DEAL-004", .fout, "Een klimaatdeal met aard 'realiseren' heeft geen mijlpalen.",
        help: "Voeg 'mijlpalen' toe (datum en omschrijving), of kies aard 'onderzoeken' als de deal een inspanning is.")
    public static let unknownTheme = Rule(
        "RD-DEAL-005", .fout, "Het thema van een klimaatdeal staat niet in de thema's van de gemeente.",
        help: "Kies een thema uit 'themas' in raadsdoc.yaml. Zonder 'themas' in het profiel wordt het thema niet gecontroleerd.")
    public static let duplicateParticipant = Rule(
        "RD-DEAL-006", .fout, "Een deelnemer staat twee keer in dezelfde klimaatdeal.",
        help: "Verwijder de tweede vermelding; een deelnemer met meer acties krijgt die onder 'acties'.")
    public static let similarParticipant = Rule(
        "RD-DEAL-007", .waarschuwing, "Twee deelnemers van een klimaatdeal hebben bijna dezelfde naam.",
        help: "Namen die alleen in hoofdletters, spaties of punten verschillen zijn waarschijnlijk dezelfde partij; schrijf ze gelijk of voeg ze samen.")
    public static let termEndsBeforeStart = Rule(
        "RD-DEAL-008", .fout, "De looptijd van een klimaatdeal eindigt vóór het begin.",
        help: "Controleer 'begin' en 'einde' onder 'looptijd'.")
    public static let noOccasion = Rule(
        "RD-DEAL-009", .fout, "Een klimaatdeal heeft geen aanleiding en geen knelpunt.",
        help: "Beschrijf onder 'aanleiding' waarom de deal er komt, of onder 'knelpunt' welk probleem hij oplost.")
    public static let targetWithoutUnit = Rule(
        "RD-DEAL-010", .fout, "Een streefwaarde heeft geen eenheid.",
        help: "Vul 'eenheid' in, zoals 'ton CO2/jaar', 'm² groen dak' of 'aansluitingen'.")
    public static let milestoneOutsideTerm = Rule(
        "RD-DEAL-011", .waarschuwing, "Een mijlpaal valt buiten de looptijd van de deal.",
        help: "Controleer de datum van de mijlpaal, of pas de 'looptijd' aan.")
    public static let participantWithoutActions = Rule(
        "RD-DEAL-012", .waarschuwing, "Een deelnemer van een klimaatdeal heeft geen acties.",
        help: "Een deelnemer committeert zich aan de deal; noem onder 'acties' wat hij doet.")

    public static let numberUsedInFolder = Rule(
        "RD-DEAL-013", .waarschuwing, "Een andere klimaatdeal in dezelfde map heeft hetzelfde nummer.",
        help: "De deals van één akkoord staan samen in een map en hebben ieder een eigen 'nummer'; geef een van beide een ander nummer.")

    public static let bothSigningForms = Rule(
        "RD-DEAL-014", .fout, "Een deelnemer noemt zowel een 'vertegenwoordiger' als een 'ondertekening'.",
        help: "Schrijf één ondertekenaar onder 'vertegenwoordiger', of iedereen die samen tekent onder 'ondertekening' → "
            + "'ondertekenaars', niet allebei.")
    public static let participantWithoutSignatory = Rule(
        "RD-DEAL-015", .fout, "Een deelnemer van een klimaatdeal heeft geen vertegenwoordiger en geen ondertekening.",
        help: "Iedere deelnemer tekent de deal: noem onder 'vertegenwoordiger' wie tekent (naam en functie), of onder "
            + "'ondertekening' → 'ondertekenaars' wie samen tekenen, zoals de dijkgraaf en de secretaris-directeur.")

    public static let rules = [
        leaderNotParticipant, noMeasurableGoal, referenceDateOutsideTerm, realisationWithoutMilestones, unknownTheme,
        duplicateParticipant, similarParticipant, termEndsBeforeStart, noOccasion, targetWithoutUnit,
        milestoneOutsideTerm, participantWithoutActions, numberUsedInFolder, bothSigningForms, participantWithoutSignatory,
        SigningRules.partnerMissing,
    ]

    /// The gemeente need not take part in a deal, nor lead it (seed 000:
    /// "de gemeente [is] niet per se deelnemer of trekker"); no rule asks for it.
    /// The checked deal's deelnemers sign with the pair their body requires
    /// (`checkSigning`).
    public static func check(_ model: Model, context: KindContext) -> Model {
        var model = model
        for index in model.participants.indices {
            model.participants[index].signatories = checkSigning(model.participants[index], context: context)
        }
        checkTheme(model.theme, profile: context.profile, context: context)
        let namesakes = SiblingDeals.files(withNumber: model.number.value, besides: context.file.path)
        if !namesakes.isEmpty {
            context.report(numberUsedInFolder, at: model.number.position,
                           "nummer \(model.number.value) staat ook in \(namesakes.joined(separator: ", ")) in dezelfde map")
        }
        checkParticipants(model, context: context)
        if model.occasion == nil && model.bottleneck == nil {
            context.report(noOccasion, at: model.position, "de deal heeft geen 'aanleiding' en geen 'knelpunt'")
        }
        if let term = model.term, term.end.value < term.start.value {
            context.report(termEndsBeforeStart, at: term.end.position,
                           "de looptijd eindigt op \(term.end.value.dutch), vóór het begin op \(term.start.value.dutch)")
        }
        checkGoals(model, context: context)
        checkMilestones(model, context: context)
        return model
    }

    /// The profile's spelling of the deal's thema, if the profile knows it.
    package static func knownTheme(_ theme: String, profile: Profile) -> String? {
        profile.themes.first { $0.lowercased() == theme.lowercased() }
    }

    private static func checkTheme(_ theme: Located<String>, profile: Profile, context: KindContext) {
        guard !profile.themes.isEmpty, knownTheme(theme.value, profile: profile) == nil else { return }
        let suggestion = Suggestions.closest(to: theme.value, among: profile.themes).map { " — bedoelde je '\($0)'?" } ?? ""
        context.report(unknownTheme, at: theme.position,
                       "thema '\(theme.value)' staat niet in \(profile.path ?? "het profiel")\(suggestion) "
                           + "Thema's: \(profile.themes.joined(separator: "; ")).")
    }

    private static func checkParticipants(_ model: Model, context: KindContext) {
        if !model.leader.value.isEmpty && model.leadingParticipant == nil {
            let names = model.participants.map { "'\($0.name.value)'" }.joined(separator: ", ")
            context.report(leaderNotParticipant, at: model.leader.position,
                           "trekker '\(model.leader.value)' staat niet bij de deelnemers (\(names)); de trekker moet zelf deelnemen")
        }
        for (index, participant) in model.participants.enumerated() {
            let name = participant.name
            if let earlier = model.participants[..<index].first(where: { $0.name.value == name.value }) {
                context.report(duplicateParticipant, at: name.position,
                               "'\(name.value)' staat al bij de deelnemers (regel \(earlier.name.position.line))")
            } else if let earlier = model.participants[..<index].first(where: { PartyName.same($0.name.value, name.value) }) {
                context.report(similarParticipant, at: name.position,
                               "'\(name.value)' lijkt op deelnemer '\(earlier.name.value)' (regel \(earlier.name.position.line)); is dit dezelfde partij?")
            }
            if participant.actions.isEmpty {
                context.report(participantWithoutActions, at: participant.position,
                               "deelnemer '\(name.value)' heeft geen 'acties'")
            }
        }
    }

    /// Who signs for `participant`, completed to the pair its kind of body
    /// requires when it signs an agreement: a waterschap its dijkgraaf and
    /// secretaris-directeur, a Flemish stad its burgemeester and algemeen
    /// directeur; a Dutch gemeente its burgemeester or whom they mandate
    /// alone (artikel 171 Gemeentewet).
    private static func checkSigning(_ participant: Participant, context: KindContext) -> [SignatoryInput] {
        let name = participant.name.value
        if let position = participant.bothForms {
            context.report(bothSigningForms, at: position,
                           "deelnemer '\(name)' noemt een 'vertegenwoordiger' en ook een 'ondertekening'; zet iedereen die "
                               + "tekent onder 'ondertekenaars' en laat 'vertegenwoordiger' weg")
        }
        guard !participant.signatories.isEmpty else {
            context.report(participantWithoutSignatory, at: participant.position,
                           "deelnemer '\(name)' heeft geen 'vertegenwoordiger' en geen 'ondertekening'; noem wie voor de deelnemer tekent")
            return []
        }
        return SigningRules.completePair(participant.signatories, of: name, body: participant.body, capacity: .agreement,
                                         at: participant.position, context: context)
    }

    private static func checkGoals(_ model: Model, context: KindContext) {
        if !model.goals.isEmpty && !model.goals.contains(where: { $0.target != nil }) {
            context.report(noMeasurableGoal, at: model.goalsPosition,
                           "geen enkel doel heeft een 'streefwaarde'; maak minstens één doel meetbaar met een getal en een eenheid")
        }
        for goal in model.goals {
            if let target = goal.target, goal.unit == nil {
                context.report(targetWithoutUnit, at: target.position,
                               "streefwaarde \(target.value.dutch) heeft geen 'eenheid'")
            }
            if let term = model.validTerm, let date = goal.referenceDate, !term.contains(date.value) {
                context.report(referenceDateOutsideTerm, at: date.position,
                               "peildatum \(date.value.dutch) valt buiten de looptijd (\(term.dutch))")
            }
        }
    }

    private static func checkMilestones(_ model: Model, context: KindContext) {
        if model.isRealisation && model.milestones.isEmpty {
            context.report(realisationWithoutMilestones, at: model.nature.position,
                           "een deal met aard 'realiseren' moet 'mijlpalen' hebben")
        }
        guard let term = model.validTerm else { return }
        for milestone in model.milestones {
            if let date = milestone.date, !term.contains(date.value) {
                context.report(milestoneOutsideTerm, at: date.position,
                               "mijlpaal op \(date.value.dutch) valt buiten de looptijd (\(term.dutch))")
            }
        }
    }
}
