/// What every document of one municipality shares, read from the nearest
/// `raadsdoc.yaml` above the document (or `--profiel`). Documents inherit
/// it and may override single fields.
public struct Profile: Sendable {
    public enum Country: String, Sendable {
        case nl = "NL"
        case be = "BE"
    }

    /// How agreements number and cite their articles.
    public enum NumberingStyle: String, Sendable, CaseIterable {
        /// Aanwijzingen voor de regelgeving: Artikel 1, 1., a., 1°.
        case aanwijzingen
        /// As seed 001 writes it: "artikel 4 lid 3", a., i.
        case vrij
        /// Flemish: Art. 1., § 1., 1°, a).
        case vlaams
    }

    public var gemeente: String?
    /// The name in the page header; "Gemeente <gemeente>" by default.
    public var organisation: String?
    public var country: Country
    /// "college van burgemeester en wethouders" (NL) or "college van
    /// burgemeester en schepenen" (BE).
    public var college: String
    public var burgemeester: String?
    public var secretaris: String?
    public var griffier: String?
    public var algemeenDirecteur: String?
    public var address: [String]
    public var contact: [String]
    /// The house-style template for all kinds, relative to the profile.
    public var template: Located<String>?
    /// Templates per document kind, overriding `template`.
    public var templatesByKind: [String: Located<String>]
    public var themes: [String]
    public var numbering: NumberingStyle
    /// The numbering chosen for this run (`--nummering`); it wins over the
    /// document's own choice and the profile's.
    public var numberingOverride: NumberingStyle?
    /// Where the profile was read from; nil for the built-in default.
    public var path: String?

    public static let standard = Profile(
        gemeente: nil, organisation: nil, country: .nl, college: "college van burgemeester en wethouders",
        burgemeester: nil, secretaris: nil, griffier: nil, algemeenDirecteur: nil,
        address: [], contact: [], template: nil, templatesByKind: [:], themes: [],
        numbering: .aanwijzingen, numberingOverride: nil, path: nil)

    /// The header line of the municipality, e.g. "Gemeente Voorschoten".
    public var organisationName: String? {
        organisation ?? gemeente.map { "Gemeente \($0)" }
    }

    /// The numbering of a document that chooses `document` itself (or not).
    public func numbering(document: NumberingStyle?) -> NumberingStyle {
        numberingOverride ?? document ?? numbering
    }

    /// The template for a kind, falling back to the default template.
    public func template(for kind: String) -> Located<String>? {
        templatesByKind[kind] ?? template
    }
}
