/// One change of a comparison, for the wijzigingsoverzicht and for
/// `--format json`: which provision, what happened to it, in words.
public struct ChangeEntry: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case gewijzigd, ingevoegd, vervallen, verplaatst, vernummerd
    }

    /// The provision as a drafter names it: "artikel 4, derde lid, onderdeel b".
    public var provision: String
    public var kind: Kind
    /// What changed, in a Dutch sentence: "vernummerd van artikel 3 tot artikel 4".
    public var description: String
    /// The text in the old and the new version, where there is one.
    public var old: String?
    public var new: String?

    enum CodingKeys: String, CodingKey {
        case provision = "bepaling", kind = "soort", description = "omschrijving", old = "oud", new = "nieuw"
    }
}
