import RaadsDocCore
import RaadsDocSchema

/// One text the author wrote as prose, with where it sits.
struct ProseField {
    let node: YAMLNode
    let scalar: YAMLScalar
    /// Markdown, whose markup the check must not read as words.
    let isRichText: Bool
    /// A heading, title, salutation or function: checked for spelling and
    /// jargon, but not a sentence to measure.
    let isLabel: Bool
    /// The heading of the part it belongs to ("kop" or "titel" of the
    /// nearest group that has one, or the top-level field's name).
    let section: Located<String>
}

/// Sorts the text fields of a checked input: prose is checked; names are
/// not checked but accepted wherever they recur (the document's own
/// parties, persons, places and defined terms); codes and addresses are
/// left alone. Which field is which goes by its name, the same in every
/// kind; docs/taal.md lists them.
struct ProseFields {
    /// Fields that hold a name: of a person, an organisation, a place or a
    /// defined term.
    static let nameFields: Set<String> = [
        "naam", "gemeente", "plaats", "organisatie", "vestigingsplaats", "secretaris", "griffier", "burgemeester",
        "algemeen-directeur", "contactpersoon", "portefeuillehouder", "hierna-te-noemen", "samen-te-noemen",
        "trekker", "auteur", "door", "namens", "geadresseerde", "aan", "gemachtigd-door", "begrip", "college",
    ]
    /// Fields that hold codes, numbers or addresses rather than sentences.
    static let codeFields: Set<String> = [
        "id", "kenmerk", "uw-kenmerk", "versie", "sleutel", "adres", "contact", "artikel", "eenheid", "totaal",
        "uiterlijk", "telefoon", "email", "e-mail", "website",
    ]
    /// Plain-text fields that label rather than tell.
    static let labelFields: Set<String> = [
        "titel", "kop", "onderwerp", "aanhef", "slot", "functie", "ondertitel", "rijkop", "thema", "themas",
        "werkstroom", "indicator", "citeertitel", "aanduiding", "rechtsvorm", "looptijd", "timing",
    ]

    private(set) var prose: [ProseField] = []
    private(set) var names: [String] = []

    init(root: YAMLNode, spec: ObjectSpec) {
        SpecWalk.scalars(root, spec: spec) { visit in
            let isRich: Bool
            switch visit.type {
            case .richText: isRich = true
            case .text: isRich = false
            default: return
            }
            if Self.nameFields.contains(visit.field) {
                names.append(visit.scalar.text)
            } else if !Self.codeFields.contains(visit.field) {
                prose.append(ProseField(node: visit.node, scalar: visit.scalar, isRichText: isRich,
                                        isLabel: !isRich && Self.labelFields.contains(visit.field),
                                        section: Self.section(of: visit)))
            }
        }
    }

    /// The `kop` or `titel` of the innermost group around the field that
    /// has one, or else the top-level field's name.
    private static func section(of visit: SpecWalk.Visit) -> Located<String> {
        for group in visit.groups.dropFirst().reversed() {
            for key in ["kop", "titel"] {
                if let pair = group.pairs?.first(where: { $0.key == key }), let scalar = pair.value.scalar,
                   !scalar.text.trimmingSpaces.isEmpty {
                    return Located(String(scalar.text.trimmingSpaces), at: pair.value.position)
                }
            }
        }
        return visit.topLevel
    }
}
