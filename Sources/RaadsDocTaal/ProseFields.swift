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

/// Walks a checked input along its spec and sorts its text fields: prose
/// is checked; names are not checked but accepted wherever they recur
/// (the document's own parties, persons, places and defined terms); codes
/// and addresses are left alone. Which field is which goes by its name,
/// the same in every kind; docs/taal.md lists them.
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
        walkObject(root, spec, section: nil)
    }

    private mutating func walkObject(_ node: YAMLNode, _ spec: ObjectSpec, section: Located<String>?) {
        guard let pairs = node.pairs else { return }
        var section = section
        for key in ["kop", "titel"] {
            if let pair = pairs.first(where: { $0.key == key }), let scalar = pair.value.scalar,
               !scalar.text.trimmingSpaces.isEmpty {
                section = Located(String(scalar.text.trimmingSpaces), at: pair.value.position)
                break
            }
        }
        for pair in pairs {
            guard let field = spec.field(pair.key) else { continue }
            walkValue(pair.value, field.type, name: field.name, section: section ?? Located(pair.key, at: pair.keyPosition))
        }
    }

    private mutating func walkValue(_ node: YAMLNode, _ type: FieldType, name: String, section: Located<String>) {
        switch type {
        case .text, .richText:
            guard let scalar = node.scalar, !node.isNull else { return }
            if Self.nameFields.contains(name) {
                names.append(scalar.text)
            } else if !Self.codeFields.contains(name) {
                let isRich: Bool
                if case .richText = type { isRich = true } else { isRich = false }
                prose.append(ProseField(node: node, scalar: scalar, isRichText: isRich,
                                        isLabel: !isRich && Self.labelFields.contains(name), section: section))
            }
        case .textOrObject(let reference, let shorthand):
            if node.pairs != nil {
                walkObject(node, reference.spec, section: section)
            } else {
                let shorthandType = reference.spec.field(shorthand)?.type ?? .text
                walkValue(node, shorthandType, name: shorthand, section: section)
            }
        case .object(let reference):
            walkObject(node, reference.spec, section: section)
        case .list(let element, _):
            for item in node.items ?? [] { walkValue(item, element, name: name, section: section) }
        case .dictionary(let element):
            for pair in node.pairs ?? [] { walkValue(pair.value, element, name: name, section: section) }
        case .date, .amount, .integer, .decimal, .boolean, .choice, .filePath:
            return
        }
    }
}
