import RaadsDocCore
import RaadsDocSchema

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
    /// Who receives a copy (cc), listed under the letter.
    public var copies: [String] = []
    public var attachments: [String] = []
    /// The bijlagen themselves, when the letter is rendered as a bundle.
    public var bundledAttachments: [Block] = []

    public init(title: String) {
        self.title = title
    }
}

public enum LetterComposer {
    /// The letter as a document: letterhead in `header`, salutation and
    /// body in `body`, closing and signatories in `signature`, the list of
    /// bijlagen in `attachments`.
    public static func document(_ parts: LetterParts, metadata: DocumentMetadata, page: PageSetup,
                                fields: [String: String]) -> Document {
        var header: [Block] = [.text(parts.title, style: .title)]
        if let subtitle = parts.subtitle { header.append(.text(subtitle, style: .subtitle)) }
        if !parts.addressee.isEmpty {
            header += parts.addressee.map { .text($0, style: .address) }
        }
        if !parts.letterhead.isEmpty {
            let rows = parts.letterhead.map { row in
                TableRow([TableCell.text(row.label, style: .tableHeading), TableCell.text(row.value)])
            }
            header.append(.table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3.5)], rows: rows,
                                       style: .plain, keepTogether: true)))
        }
        var body: [Block] = []
        if let salutation = parts.salutation { body.append(.text(salutation, style: .salutation)) }
        body += parts.body
        var signature: [Block] = []
        if let closing = parts.closing { signature.append(.text(closing, style: .closing)) }
        if let signing = parts.signing {
            if let onBehalfOf = signing.onBehalfOf { signature.append(.text(onBehalfOf, style: .signatureIntro)) }
            let signatories = signing.treeSignatories
            if !signatories.isEmpty {
                signature.append(.signatures(SignatureBlock(layout: .sideBySide, parties: [SigningParty(signatories: signatories)])))
            }
        }
        if let note = parts.signatureNote { signature.append(.text(note, style: .note)) }
        if !parts.copies.isEmpty {
            signature.append(.text("Afschrift aan:", style: .body))
            signature.append(.list(ListBlock(.dash, items: parts.copies.map { ListItem([.text($0)]) })))
        }
        var attachments: [Block] = []
        if !parts.attachments.isEmpty {
            attachments.append(.heading(Heading(level: 3, [.text(parts.attachments.count == 1 ? "Bijlage" : "Bijlagen")])))
            attachments.append(.list(ListBlock(.decimal, items: parts.attachments.map { ListItem([.text($0)]) })))
        }
        attachments += parts.bundledAttachments
        var allFields = fields
        allFields["titel"] = parts.title
        return Document(metadata: metadata, page: page, fields: allFields, header: header, body: body,
                        signature: signature, attachments: attachments)
    }
}
