/// The signatories of a document, grouped by the party they sign for.
/// The writer keeps each party's signatures on one page.
public struct SignatureBlock: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// Names next to each other, as under a council letter.
        case sideBySide
        /// A grid with room to sign, place and date, as under an agreement.
        case signingGrid
    }

    public var layout: Layout
    public var parties: [SigningParty]

    public init(layout: Layout, parties: [SigningParty]) {
        self.layout = layout
        self.parties = parties
    }

    /// Every signatory, in order over the parties.
    public var signatories: [Signatory] { parties.flatMap(\.signatories) }
}

/// One party that signs: its name, where and when, and the people who sign
/// for it together (a burgemeester and a secretaris, a dijkgraaf and a
/// secretaris-directeur). The writer puts them side by side.
public struct SigningParty: Sendable, Equatable {
    public var organisation: String?
    /// "namens het college van burgemeester en schepenen": on whose behalf
    /// the people below sign, under the organisation's name.
    public var onBehalfOf: String?
    public var place: String?
    public var date: String?
    public var signatories: [Signatory]

    public init(organisation: String? = nil, onBehalfOf: String? = nil, place: String? = nil, date: String? = nil,
                signatories: [Signatory]) {
        self.organisation = organisation
        self.onBehalfOf = onBehalfOf
        self.place = place
        self.date = date
        self.signatories = signatories
    }
}

/// A person who signs: name, function and, when they sign by mandate or
/// delegation, the words that say so ("bij mandaat van de burgemeester").
public struct Signatory: Sendable, Equatable {
    public var name: String
    public var function: String
    public var mandate: String?

    public init(name: String, function: String, mandate: String? = nil) {
        self.name = name
        self.function = function
        self.mandate = mandate
    }
}

extension SigningParty {
    /// The party's part of a signing grid, the same in every format: its
    /// name, place and date (dotted when not yet known).
    public var gridHeader: [Block] {
        var blocks: [Block] = []
        if let organisation {
            blocks.append(.paragraph(Paragraph(.tableText, [.strong([.text(organisation)])])))
        }
        if let onBehalfOf {
            blocks.append(.text(onBehalfOf, style: .tableText))
        }
        blocks.append(.text("Plaats: " + (place ?? "…………………………"), style: .tableText))
        blocks.append(.text("Datum: " + (date ?? "…………………………"), style: .tableText))
        return blocks
    }
}

extension Signatory {
    /// A signatory in a signing grid: room to sign, then name, function
    /// and mandate.
    public var gridSignature: [Block] {
        [.paragraph(Paragraph(.signatureLine, [])), .text(name, style: .gridSignatureName),
         .paragraph(functionParagraph(style: .gridSignatureFunction))]
    }

    /// The function, and on the next line the mandate in italics.
    public func functionParagraph(style: ParagraphStyle) -> Paragraph {
        var inlines: [Inline] = [.text(function)]
        if let mandate { inlines += [.lineBreak, .emphasis([.text(mandate)])] }
        return Paragraph(style, inlines)
    }
}
