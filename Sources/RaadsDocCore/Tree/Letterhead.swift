/// The letterhead of a letter's first page in the built-in house style:
/// logo, organisation, postal and visiting address and a contact line, all
/// from the profile. The pages after it carry the lighter running header.
public struct Letterhead: Sendable, Hashable {
    public var organisation: String
    /// The profile's logo, already read and checked.
    public var logo: Picture?
    /// "Postbus 1, 1234 AB Voorschoten".
    public var postalAddress: String
    /// "Raadhuisplein 1, Voorschoten".
    public var visitingAddress: String
    /// "14 071 · www.voorschoten.nl".
    public var contact: String

    public init(organisation: String, logo: Picture? = nil, postalAddress: String = "", visitingAddress: String = "",
                contact: String = "") {
        self.organisation = organisation
        self.logo = logo
        self.postalAddress = postalAddress
        self.visitingAddress = visitingAddress
        self.contact = contact
    }

    /// The address and contact lines under the organisation, labelled,
    /// the empty ones left out.
    public var lines: [String] {
        [("Postadres", postalAddress), ("Bezoekadres", visitingAddress)].filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }
            + (contact.isEmpty ? [] : [contact])
    }
}
