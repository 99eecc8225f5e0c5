import RaadsDocCore
import RaadsDocSchema

/// The kinds of public body whose signatures the law prescribes, and the
/// pair of offices that signs for each. The sources are in the help text of
/// `SigningRules.partnerMissing`.
public enum PublicBody: String, Sendable, CaseIterable {
    /// A Dutch gemeente.
    case gemeente
    /// A Flemish stad or gemeente.
    case vlaamseGemeente = "vlaamse-gemeente"
    case waterschap
    case provincie
    /// Any other party: a company, a foundation, a cooperative.
    case andere

    /// What a document signs as: an agreement, or a letter of the college.
    package enum Capacity: Sendable {
        case agreement, collegeLetter
    }

    /// One office of a pair: who holds it, and where the profile names them.
    package struct Office: Sendable {
        /// "de burgemeester", as the message names the office.
        package let title: String
        /// The function a default from the profile gets.
        package let function: String
        /// The roles that fill the office, the own or by mandate.
        package let roles: [SignatoryInput.Role]
        /// The field of raadsdoc.yaml that names the holder, if any.
        package let profileKey: String?

        /// The holder's name as the profile gives it.
        package func holder(in profile: Profile) -> String? {
            switch profileKey {
            case "burgemeester": profile.burgemeester
            case "secretaris": profile.secretaris
            case "algemeen-directeur": profile.algemeenDirecteur
            default: nil
            }
        }
    }

    /// The body a party's name suggests: "Stad Gent" is Flemish, "Gemeente …"
    /// is Dutch or Flemish after the profile's country, "Waterschap …",
    /// "Hoogheemraadschap …" and "Wetterskip …" are waterschappen.
    package static func judged(name: String, country: Profile.Country) -> PublicBody {
        let name = name.lowercased()
        if name.hasPrefix("stad ") { return .vlaamseGemeente }
        if name.hasPrefix("gemeente ") { return country == .be ? .vlaamseGemeente : .gemeente }
        if ["waterschap ", "hoogheemraadschap ", "wetterskip "].contains(where: name.hasPrefix) { return .waterschap }
        if name.hasPrefix("provincie ") { return .provincie }
        return .andere
    }

    private static let mayor = Office(title: "de burgemeester", function: "burgemeester", roles: [.burgemeester],
                                      profileKey: "burgemeester")

    /// The offices that sign together for this body; empty when one
    /// signatory suffices.
    package func pair(_ capacity: Capacity) -> [Office] {
        switch (self, capacity) {
        case (.gemeente, .collegeLetter):
            // Gemeentewet art. 59a: the secretaris cosigns what the college sends.
            [Self.mayor, Office(title: "de secretaris", function: "secretaris", roles: [.secretaris],
                                profileKey: "secretaris")]
        case (.gemeente, .agreement), (.andere, _):
            // Gemeentewet art. 171: the burgemeester (or whom they mandate) represents the gemeente alone.
            []
        case (.vlaamseGemeente, _):
            [Self.mayor, Office(title: "de algemeen directeur", function: "algemeen directeur", roles: [.algemeenDirecteur],
                                profileKey: "algemeen-directeur")]
        case (.waterschap, _):
            [Office(title: "de dijkgraaf", function: "dijkgraaf", roles: [.dijkgraaf], profileKey: nil),
             Office(title: "de secretaris-directeur", function: "secretaris-directeur", roles: [.secretarisDirecteur, .secretaris],
                    profileKey: nil)]
        case (.provincie, _):
            [Office(title: "de commissaris van de Koning", function: "commissaris van de Koning", roles: [.commissaris],
                    profileKey: nil),
             Office(title: "de secretaris (of bij stukken van provinciale staten de griffier)", function: "secretaris",
                    roles: [.secretaris, .griffier], profileKey: nil)]
        }
    }

    /// The college of a Flemish stad or gemeente, on whose behalf its
    /// burgemeester and algemeen directeur sign (artikel 279 Decreet over
    /// het lokaal bestuur).
    package static let flemishCollege = "het college van burgemeester en schepenen"

    /// The line under the party's name in a signing grid when the input
    /// names none: a Flemish stad or gemeente signs on behalf of its college.
    package var onBehalfOf: String? {
        self == .vlaamseGemeente ? "namens \(Self.flemishCollege)" : nil
    }

    /// "een Vlaamse stad of gemeente", for messages.
    package var description: String {
        switch self {
        case .gemeente: "een gemeente"
        case .vlaamseGemeente: "een Vlaamse stad of gemeente"
        case .waterschap: "een waterschap"
        case .provincie: "een provincie"
        case .andere: "deze partij"
        }
    }
}

extension Profile {
    /// Whether `party` is the profile's own gemeente: "Gemeente Leiden" or
    /// "Stad Gent" for gemeente Leiden or Gent, or the profile's organisatie.
    package func isOwn(_ party: String) -> Bool {
        if let organisation, PersonName.same(organisation, party) { return true }
        guard let gemeente else { return false }
        let lowered = party.lowercased()
        let bare = ["gemeente ", "stad "].first(where: lowered.hasPrefix).map { String(party.dropFirst($0.count)) } ?? party
        return PersonName.same(bare, gemeente)
    }
}
