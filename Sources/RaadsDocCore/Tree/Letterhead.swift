/// The letterhead of a letter's first page: logo, organisation, and under
/// it small lines with the postal and visiting address and the contact,
/// all from the profile. The pages after it carry the lighter running
/// header.
public struct Letterhead: Sendable, Hashable {
    public var organisation: String
    /// The profile's logo, already read and checked.
    public var logo: Picture?
    /// "Postadres: Postbus 1, 1234 AB Voorschoten", "Bezoekadres: …", the
    /// contact line; the empty ones left out.
    public var lines: [String]

    public init(organisation: String, logo: Picture? = nil, lines: [String] = []) {
        self.organisation = organisation
        self.logo = logo
        self.lines = lines
    }
}
