/// The signatories of a document, with the words that introduce them.
/// The writer keeps each signatory's block on one page.
public struct SignatureBlock: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// Names next to each other, as under a council letter.
        case sideBySide
        /// A grid with room to sign, place and date, as under an agreement.
        case signingGrid
    }

    public var layout: Layout
    public var signatories: [Signatory]

    public init(layout: Layout, signatories: [Signatory]) {
        self.layout = layout
        self.signatories = signatories
    }
}

public struct Signatory: Sendable, Equatable {
    public var organisation: String?
    public var name: String
    public var function: String
    public var place: String?
    public var date: String?

    public init(organisation: String? = nil, name: String, function: String, place: String? = nil, date: String? = nil) {
        self.organisation = organisation
        self.name = name
        self.function = function
        self.place = place
        self.date = date
    }
}

extension Signatory {
    /// What a party's cell in a signing grid holds, the same in every
    /// format: organisation, place and date (dotted when not yet known),
    /// the line to sign on, name and function.
    public var signingGridBlocks: [Block] {
        var blocks: [Block] = []
        if let organisation {
            blocks.append(.paragraph(Paragraph(.tableText, [.strong([.text(organisation)])])))
        }
        blocks.append(.text("Plaats: " + (place ?? "…………………………"), style: .tableText))
        blocks.append(.text("Datum: " + (date ?? "…………………………"), style: .tableText))
        blocks.append(.paragraph(Paragraph(.signatureLine, [])))
        blocks.append(.text(name, style: .gridSignatureName))
        blocks.append(.text(function, style: .gridSignatureFunction))
        return blocks
    }
}
