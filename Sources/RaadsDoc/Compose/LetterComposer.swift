/// The composition letters share: title, letterhead, salutation, body,
/// closing, signatures, the note on digital adoption and the list of
/// bijlagen. The council letter and the outgoing letter fill it in.
public struct LetterParts: Sendable {
    public var title: String
    public var subtitle: String?
    /// Label and value rows of the letterhead: Aan, Datum, Kenmerk, Onderwerp.
    public var letterhead: [(label: String, value: String)] = []
    public var addressee: [String] = []
    public var salutation: String?
    public var body: [Block] = []
    public var closing: String?
    public var signing: Signing?
    public var signatureNote: String?
    public var attachments: [String] = []

    public init(title: String) {
        self.title = title
    }
}

public enum LetterComposer {
    public static func blocks(_ parts: LetterParts) -> [Block] {
        var blocks: [Block] = [.text(parts.title, style: .title)]
        if let subtitle = parts.subtitle { blocks.append(.text(subtitle, style: .subtitle)) }
        if !parts.addressee.isEmpty {
            blocks += parts.addressee.map { .text($0, style: .address) }
        }
        if !parts.letterhead.isEmpty {
            let rows = parts.letterhead.map { row in
                TableRow([TableCell.text(row.label, style: .tableHeading), TableCell.text(row.value)])
            }
            blocks.append(.table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3.5)], rows: rows,
                                       style: .plain, keepTogether: true)))
        }
        if let salutation = parts.salutation { blocks.append(.text(salutation, style: .salutation)) }
        blocks += parts.body
        if let closing = parts.closing { blocks.append(.text(closing, style: .closing)) }
        if let signing = parts.signing {
            if let onBehalfOf = signing.onBehalfOf { blocks.append(.text(onBehalfOf, style: .signatureIntro)) }
            let signatories = signing.treeSignatories
            if !signatories.isEmpty {
                blocks.append(.signatures(SignatureBlock(layout: .sideBySide, signatories: signatories)))
            }
        }
        if let note = parts.signatureNote { blocks.append(.text(note, style: .note)) }
        if !parts.attachments.isEmpty {
            blocks.append(.heading(Heading(level: 3, [.text(parts.attachments.count == 1 ? "Bijlage" : "Bijlagen")])))
            blocks.append(.list(ListBlock(.decimal, items: parts.attachments.map { ListItem([.text($0)]) })))
        }
        return blocks
    }
}
