import RaadsDocCore
import RaadsDocSchema

/// The sentence that names a party and who represents it, composed from the
/// party's fields the way seed 001 writes it:
///
/// "De publiekrechtelijke rechtspersoon Gemeente Leiden, namens deze de
/// wethouder Duurzame Verstedelijking, Ruimte & Wonen, mevrouw F. Spijker,
/// daartoe gemachtigd door de Burgemeester op grond van artikel 171, tweede
/// lid, Gemeentewet"
///
/// The list separators (", en" between parties, ";" after the last) are
/// added by `separated`.
package enum RepresentationClause {
    /// Article 171, first paragraph, Gemeentewet: the burgemeester represents the Gemeente.
    package static let mayorGround = "artikel 171, eerste lid, Gemeentewet"
    package static let municipalLegalForm = "publiekrechtelijke rechtspersoon"

    /// The Flemish college, on whose behalf a stad or gemeente signs
    /// (artikel 279 Decreet over het lokaal bestuur).
    package static let flemishCollege = PublicBody.flemishCollege

    /// `flemish` for a Flemish stad or gemeente, and for every party under
    /// a profile with `land: BE`: "vertegenwoordigd door", never "namens
    /// deze".
    package static func text(for party: Overeenkomst.Party, flemish: Bool = false) -> String {
        var clause = name(of: party)
        if let seat = party.seat, !party.isMunicipality { clause += ", gevestigd te \(seat)" }
        if flemish || party.body == .vlaamseGemeente {
            return clause + flemishRepresentation(of: party)
        }
        if let representative = party.representative {
            clause += ", namens deze " + person(representative)
            for cosigner in cosigners(of: party, besides: representative) { clause += ", en " + cosigner }
            if representative.isMayor && party.isMunicipality {
                clause += ", op grond van \(party.mandateGround ?? mayorGround)"
            } else if party.isMunicipality || party.mandatedBy != nil {
                let mandator = party.mandatedBy ?? "de burgemeester"
                clause += ", daartoe gemachtigd door \(mandator)" + (party.mandateGround.map { " op grond van \($0)" } ?? "")
            } else if let ground = party.mandateGround {
                clause += ", daartoe bevoegd op grond van \(ground)"
            }
        }
        if let decision = party.decision {
            clause += ", handelend ter uitvoering van \(decisionName(decision.body)) van \(decision.date.value.dutch)"
            if let reference = decision.reference { clause += " met kenmerk \(reference)" }
        }
        if let shortName = party.shortName { clause += ", hierna te noemen “\(shortName)”" }
        return clause
    }

    /// The rest of a Flemish clause: "vertegenwoordigd door de burgemeester,
    /// de heer A. Peeters, en de algemeen directeur, de heer K. Janssens,
    /// namens het college van burgemeester en schepenen, op grond van …,
    /// in uitvoering van de beslissing van het college van burgemeester en
    /// schepenen van 25 augustus 2025".
    private static func flemishRepresentation(of party: Overeenkomst.Party) -> String {
        var clause = ""
        if let representative = party.representative {
            clause += ", vertegenwoordigd door " + person(representative)
            let own = party.signatories.first { signatory in
                guard let name = representative.name?.value, let other = signatory.name?.value else { return false }
                return PersonName.same(name, other)
            }
            if let mandate = own?.mandate?.value { clause += ", " + mandate }
            for cosigner in cosigners(of: party, besides: representative) { clause += ", en " + cosigner }
            if party.body == .vlaamseGemeente { clause += ", namens \(flemishCollege)" }
            if let mandator = party.mandatedBy { clause += ", daartoe gemachtigd door \(mandator)" }
            if let ground = party.mandateGround {
                clause += party.body == .vlaamseGemeente || party.mandatedBy != nil
                    ? ", op grond van \(ground)" : ", daartoe bevoegd op grond van \(ground)"
            }
        }
        if let decision = party.decision {
            clause += ", in uitvoering van \(flemishDecisionName(decision.body)) van \(decision.date.value.dutch)"
            if let reference = decision.reference { clause += " met kenmerk \(reference)" }
        }
        if let shortName = party.shortName { clause += ", hierna genoemd “\(shortName)”" }
        return clause
    }

    /// The clauses of all parties with ", en" between them and ";" after
    /// the last; `flemish` as for `text`.
    package static func separated(_ parties: [Overeenkomst.Party], flemish: Bool = false) -> [String] {
        parties.enumerated().map { index, party in
            text(for: party, flemish: flemish) + (index == parties.count - 1 ? ";" : ", en")
        }
    }

    /// "De publiekrechtelijke rechtspersoon Gemeente Leiden", "De stichting
    /// Energieloket", or the name alone without a legal form.
    private static func name(of party: Overeenkomst.Party) -> String {
        guard let form = party.legalForm ?? (party.isMunicipality ? municipalLegalForm : nil) else {
            return party.name.value
        }
        let words = form.hasPrefix("de ") || form.hasPrefix("De ") ? String(form.dropFirst(3)) : form
        return "De \(words) \(party.name.value)"
    }

    /// "de wethouder Duurzaamheid, de heer D.B. van Woudenberg".
    private static func person(_ representative: Overeenkomst.Representative) -> String {
        var parts = [representative.functionWithArticle].compactMap { $0 }
        let name = representative.name?.value ?? ""
        parts.append(representative.salutation.map { "\($0) \(name)" } ?? name)
        return parts.joined(separator: ", ")
    }

    /// "de algemeen directeur, de heer K. Janssens" for everyone who signs
    /// for the party besides its representative.
    private static func cosigners(of party: Overeenkomst.Party, besides representative: Overeenkomst.Representative) -> [String] {
        party.signatories.compactMap { signatory in
            guard let name = signatory.name?.value, let function = signatory.function?.value else { return nil }
            if let own = representative.name?.value, PersonName.same(own, name) { return nil }
            let article = function.hasPrefix("de ") ? function : "de " + function
            return "\(article), " + (signatory.salutation.map { "\($0.value) \(name)" } ?? name)
        }
    }

    /// Belgian usage: a "beslissing" of the college, the gemeenteraad,
    /// the raad van bestuur or the algemene vergadering.
    private static func flemishDecisionName(_ body: Overeenkomst.Decision.Body) -> String {
        switch body {
        case .college: "de beslissing van \(flemishCollege)"
        case .raad: "de beslissing van de gemeenteraad"
        case .bestuur: "de beslissing van de raad van bestuur"
        case .ledenvergadering: "de beslissing van de algemene vergadering"
        }
    }

    private static func decisionName(_ body: Overeenkomst.Decision.Body) -> String {
        switch body {
        case .college: "het collegebesluit"
        case .raad: "het raadsbesluit"
        case .bestuur: "het bestuursbesluit"
        case .ledenvergadering: "het besluit van de algemene ledenvergadering"
        }
    }
}
