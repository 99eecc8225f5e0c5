import RaadsDocCore
import RaadsDocKinds

/// What index.json records about a document for its publication under the
/// Woo (DiWoo) and its archiving (MDTO): the country of its profile, the
/// municipality's TOOI code and name, and the Woo category and document
/// action of its soort. `raadsdoc index diwoo` and `raadsdoc index mdto`
/// write their XML from it, and meta.xml carries the same fields, so the
/// three never disagree.
package struct PublicationRecord: Sendable, Equatable {
    package let country: Profile.Country
    package let tooi: String?
    package let organisation: String?
    package let category: WooMapping.Concept?
    package let action: WooMapping.Concept?

    package init(country: Profile.Country, tooi: String?, organisation: String?,
                 category: WooMapping.Concept?, action: WooMapping.Concept?) {
        self.country = country
        self.tooi = tooi
        self.organisation = organisation
        self.category = category
        self.action = action
    }

    /// The record of a loaded document. DiWoo is the Dutch standard for the
    /// Woo: a Flemish document gets no category, action or TOOI code.
    package init(_ document: LoadedDocument) {
        let profile = document.profile
        let mapped = profile.country == .nl ? document.soort.flatMap { WooMapping.bySoort[$0] } : nil
        self.init(country: profile.country, tooi: profile.country == .nl ? profile.tooi : nil,
                  organisation: profile.organisationName, category: mapped?.category, action: mapped?.action)
    }

    /// The TOOI identifier of the municipality.
    package var tooiURI: String? {
        tooi.map { "https://identifier.overheid.nl/tooi/id/gemeente/" + $0 }
    }

    /// The `publicatie` member of an index.json entry.
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [("land", .string(country.rawValue))]
        if country == .nl {
            members += [
                ("tooi", tooi.map { .string($0) } ?? .null),
                ("organisatie", organisation.map { .string($0) } ?? .null),
                ("informatiecategorie", category.map { .string($0.uri) } ?? .null),
                ("handeling", action.map { .string($0.uri) } ?? .null),
            ]
        } else if let organisation {
            members.append(("organisatie", .string(organisation)))
        }
        return .object(members)
    }

    /// The record an index.json entry holds, as JSONSerialization read it.
    package init?(json: Any?) {
        guard let object = json as? [String: Any], let land = object["land"] as? String,
              let country = Profile.Country(rawValue: land) else { return nil }
        func concept(_ key: String) -> WooMapping.Concept? {
            (object[key] as? String).flatMap(WooMapping.concept(uri:))
        }
        self.init(country: country, tooi: object["tooi"] as? String, organisation: object["organisatie"] as? String,
                  category: concept("informatiecategorie"), action: concept("handeling"))
    }

    /// The fields meta.xml carries as meta:user-defined, beside the SHA-256
    /// of the YAML source. An ODT cannot hold its own checksum (writing it
    /// would change it), and the PDF is made from the ODT afterwards, so
    /// the checksums of the outputs are in index.json and MDTO only.
    package func userDefinedFields(title: String, date: Datum?, sourceHash: String) -> [DocumentMetadata.UserField] {
        var fields: [DocumentMetadata.UserField] = []
        if country == .nl {
            if let tooiURI { fields.append(.init(name: "diwoo:publisher", value: tooiURI)) }
            fields.append(.init(name: "diwoo:officieleTitel", value: title))
            if let category { fields.append(.init(name: "diwoo:informatiecategorie", value: category.uri)) }
            if let date { fields.append(.init(name: "diwoo:creatiedatum", value: date.iso)) }
            if let action { fields.append(.init(name: "diwoo:soortHandeling", value: action.uri)) }
        }
        fields.append(.init(name: "raadsdoc:bron-sha256", value: sourceHash))
        return fields
    }
}
