import RaadsDocCore
import RaadsDocSchema

/// Who signs the akkoord, derived so that nobody types the list twice:
/// every deelnemer of every deal, once (a party in two deals signs once,
/// under the name and signatories of its first deal by number), then
/// the extra ondertekenaars.
extension Klimaatakkoord {
    public static let otherRepresentative = Rule(
        "RD-AKKOORD-005", .waarschuwing, "Een partij in twee klimaatdeals heeft daarin verschillende vertegenwoordigers.",
        help: "Een partij tekent het akkoord één keer, door de vertegenwoordiger of de ondertekenaars uit haar eerste deal; maak ze in alle deals gelijk als dat niet klopt.")
    public static let otherSpelling = Rule(
        "RD-AKKOORD-006", .waarschuwing, "Een partij wordt in twee klimaatdeals verschillend gespeld.",
        help: "Schrijf de naam van de partij in alle deals gelijk; het akkoord gebruikt de spelling uit haar eerste deal.")
    public static let extraAlreadyParticipant = Rule(
        "RD-AKKOORD-007", .waarschuwing, "Een extra ondertekenaar tekent al als deelnemer van een klimaatdeal.",
        help: "Iedere deelnemer tekent het akkoord al; verwijder de extra ondertekenaar.")

    /// Each party's first deelnemer and deal, by `PartyName.key`.
    private typealias FirstDeals = [String: (participant: Klimaatdeal.Participant, deal: Klimaatdeal.Model)]

    /// The signing parties of the akkoord, in order of deal number and of the
    /// deelnemers within a deal, then the extra ondertekenaars (those of one
    /// organisation in a row sign together). Reports a
    /// party that signs differently in two deals and an extra ondertekenaar
    /// that already signs.
    package static func cosignatories(_ deals: [DealCollection.Entry], extra: [SignatoryInput], place: String?, date: DateEntry,
                              context: KindContext) -> [SigningParty] {
        var signatories: [SigningParty] = []
        var firstDeal: FirstDeals = [:]
        for entry in deals {
            for participant in entry.deal.participants {
                let key = PartyName.key(participant.name.value)
                guard let first = firstDeal[key] else {
                    firstDeal[key] = (participant, entry.deal)
                    signatories.append(KlimaatdealComposer.party(participant, place: place, date: date.dutch))
                    continue
                }
                reportDifferences(participant, in: entry, first: first, context: context)
            }
        }
        return signatories + extraParties(extra, firstDeal: firstDeal, place: place, date: date, context: context)
    }

    /// The extra ondertekenaars as parties: those of one organisation, place
    /// and date in a row sign together, completed to the pair the kind of
    /// body their organisation names requires (RD-ONDERTEKENING-003, as
    /// for the deelnemers). One who already signs as a deelnemer is left out.
    private static func extraParties(_ extra: [SignatoryInput], firstDeal: FirstDeals, place: String?, date: DateEntry,
                                     context: KindContext) -> [SigningParty] {
        var groups: [(organisation: Located<String>?, place: String?, date: String, signatories: [SignatoryInput])] = []
        for signatory in extra where signatory.name != nil && signatory.function != nil {
            if let organisation = signatory.organisation, let first = firstDeal[PartyName.key(organisation.value)] {
                context.report(extraAlreadyParticipant, at: organisation.position,
                               "'\(organisation.value)' tekent al als deelnemer van \(first.deal.label.lowercased()); deze extra ondertekenaar vervalt")
                continue
            }
            let partyPlace = signatory.place?.value ?? place
            let partyDate = signatory.date.map { $0.value.dutch } ?? date.dutch
            if let organisation = signatory.organisation?.value, let last = groups.last,
               last.organisation.map({ PartyName.key($0.value) == PartyName.key(organisation) }) ?? false,
               last.place == partyPlace, last.date == partyDate {
                groups[groups.count - 1].signatories.append(signatory)
                continue
            }
            groups.append((signatory.organisation, partyPlace, partyDate, [signatory]))
        }
        return groups.map { group in
            guard let organisation = group.organisation else {
                return SigningParty(place: group.place, date: group.date, signatories: group.signatories.compactMap(\.treeSignatory))
            }
            let body = PublicBody.judged(name: organisation.value, country: context.profile.country)
            let signatories = SigningRules.completePair(group.signatories, of: organisation.value, body: body, capacity: .agreement,
                                                        at: organisation.position, context: context)
            return SigningParty(organisation: organisation.value, onBehalfOf: body.onBehalfOf, place: group.place, date: group.date,
                                signatories: signatories.compactMap(\.treeSignatory))
        }
    }

    private static func reportDifferences(_ participant: Klimaatdeal.Participant, in entry: DealCollection.Entry,
                                          first: (participant: Klimaatdeal.Participant, deal: Klimaatdeal.Model),
                                          context: KindContext) {
        let name = participant.name.value
        if name != first.participant.name.value {
            context.report(otherSpelling, at: entry.reference.position,
                           "\(entry.deal.label.lowercased()) schrijft '\(name)', \(first.deal.label.lowercased()) '\(first.participant.name.value)'")
        }
        let names = participant.signatories.compactMap { $0.name?.value }
        let firstNames = first.participant.signatories.compactMap { $0.name?.value }
        if names.count != firstNames.count || !zip(names, firstNames).allSatisfy(PersonName.same) {
            context.report(otherRepresentative, at: entry.reference.position,
                           "'\(name)' tekent \(entry.deal.label.lowercased()) door \(participant.signers), "
                               + "\(first.deal.label.lowercased()) door \(first.participant.signers); "
                               + "het akkoord tekent \(first.participant.signers)")
        }
    }
}
