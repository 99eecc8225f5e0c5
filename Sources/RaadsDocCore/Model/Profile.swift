/// What every document of one municipality shares, read from the nearest
/// `raadsdoc.yaml` above the document (or `--profiel`). Documents inherit
/// it and may override single fields.
public struct Profile: Sendable {
    public enum Country: String, Sendable {
        case nl = "NL"
        case be = "BE"
    }

    public var gemeente: String?
    /// The municipality's TOOI code ("gm" and its CBS code, e.g. gm0626),
    /// which names the publisher in DiWoo and the archive creator in MDTO;
    /// nil when the profile gives none, and always for Flanders (TOOI is a
    /// Dutch register).
    public var tooi: String?
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
    /// The letterhead's postal and visiting address (`postadres`,
    /// `bezoekadres`); without a postal address `adres` stands in.
    public var postalAddress: [String] = []
    public var visitingAddress: [String] = []
    /// The logo of the letterhead as the profile names it, and the picture
    /// once read and checked.
    public var logo: Located<String>?
    public var logoPicture: Picture?
    /// Whether every page has lines for initials (`paraaf: ja`).
    public var initialsLine = false
    /// The house-style template for all kinds, relative to the profile.
    public var template: Located<String>?
    /// Templates per document kind, overriding `template`.
    public var templatesByKind: [String: Located<String>]
    /// The profile as written, from which each kind reads the settings it
    /// declares (`DocumentKind.profileSettings`); nil for the default.
    public var settings: YAMLNode?
    /// Settings chosen for this run on the command line (`--nummering`);
    /// they win over the document's own choice and the profile's.
    public var runSettings: [String: String]
    /// Where the profile was read from; nil for the built-in default.
    public var path: String?
    /// The language check's own words and B1 targets.
    public var language = LanguageSettings()

    /// The language of the documents, as BCP 47: Belgian Dutch for a
    /// Flemish profile, so that LibreOffice hyphenates and checks spelling
    /// as nl-BE.
    public var languageTag: String { country == .be ? "nl-BE" : "nl-NL" }

    /// Whether `code` has the form of a municipality's TOOI code: "gm" and
    /// four digits.
    public static func isTOOICode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 6 && bytes[0] == UInt8(ascii: "g") && bytes[1] == UInt8(ascii: "m")
            && bytes[2...].allSatisfy { (48...57).contains($0) }
    }

    public static let standard = Profile(
        gemeente: nil, organisation: nil, country: .nl, college: "college van burgemeester en wethouders",
        burgemeester: nil, secretaris: nil, griffier: nil, algemeenDirecteur: nil,
        address: [], contact: [], template: nil, templatesByKind: [:], settings: nil, runSettings: [:], path: nil)

    /// The title of a table of contents: "Inhoudstafel" in Flanders.
    public var contentsTitle: String {
        country == .be ? "Inhoudstafel" : "Inhoud"
    }

    /// The header line of the municipality, e.g. "Gemeente Voorschoten".
    public var organisationName: String? {
        organisation ?? gemeente.map { "Gemeente \($0)" }
    }

    /// The template for a kind, falling back to the default template.
    public func template(for kind: String) -> Located<String>? {
        templatesByKind[kind] ?? template
    }
}
