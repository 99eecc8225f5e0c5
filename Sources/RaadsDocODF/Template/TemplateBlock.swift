import RaadsDocCore

/// The block placeholders of a template: each stands alone in a paragraph
/// and is replaced by one of the four block parts of the document tree.
public enum TemplateBlock: String, CaseIterable, Sendable {
    case briefhoofd
    case inhoud
    case ondertekening
    case bijlagen

    /// What the block holds, for `raadsdoc velden` and docs/huisstijl.md.
    public var summary: String {
        switch self {
        case .briefhoofd: "titel en briefhoofd zoals raadsdoc ze maakt (laat weg als het sjabloon een eigen briefhoofd heeft)"
        case .inhoud: "de tekst van het document (verplicht)"
        case .ondertekening: "slot en ondertekening; zonder deze plaatshouder volgen ze op de inhoud"
        case .bijlagen: "de lijst van bijlagen; zonder deze plaatshouder volgt die op de ondertekening"
        }
    }

    /// The placeholder as written in a template: "{{inhoud}}".
    public var placeholder: String { "{{\(rawValue)}}" }

    package func blocks(of document: Document) -> [Block] {
        switch self {
        case .briefhoofd: document.header
        case .inhoud: document.body
        case .ondertekening: document.signature
        case .bijlagen: document.attachments
        }
    }
}
