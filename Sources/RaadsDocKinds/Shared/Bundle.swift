import RaadsDocCore

/// A letter with its bijlagen as one document (`--bundel`, or `bundel: ja`):
/// after the letter a table of contents, then each bijlage that is an
/// input file as a part of its own. A part begins on a new page with its
/// label ("Bijlage 2 bij raadsmededeling RM-2021-WLR-01") and its title,
/// the one level-1 heading of the part, so that the Navigator, the table
/// of contents and the PDF's bookmarks show one entry per part; the
/// part's own headings move one level down. Its pages carry its own
/// running header and position (`PagePart`), and its own bijlagen are
/// numbered within it (Bijlage 2.1).
extension ComposeContext {
    /// The title of the bundle's table of contents.
    package static let bundleContentsTitle = "Inhoud van deze bundel"

    /// The blocks that follow the letter: the table of contents and the
    /// parts, numbered as the letter's list of bijlagen numbers them (a
    /// bijlage with a title only counts, but has no part).
    public func bundle(_ attachments: [AttachmentReference]) -> [Block] {
        var parts: [Block] = []
        var ordinal = 0
        for attachment in attachments where attachment.file != nil || attachment.title != nil {
            ordinal += 1
            guard let file = attachment.file, let loaded = referenced(file) else { continue }
            let number = attachmentNumber(ordinal)
            guard let tree = compose(loaded, attachmentNumber: number) else { continue }
            parts += part(tree, label: "Bijlage \(number)", title: loaded.summary?.title)
        }
        guard !parts.isEmpty else { return [] }
        return [.pageBreak, .tableOfContents(depth: 2, title: Self.bundleContentsTitle)] + parts
    }

    /// "bij raadsmededeling RM-2021-WLR-01": what the label of a part says
    /// of the letter it belongs to.
    private var parentDescription: String {
        let summary = document.summary
        let soort = summary?.soort ?? document.soort ?? "document"
        if let reference = summary?.reference, !reference.isEmpty { return "bij \(soort) \(reference)" }
        if let title = summary?.title, !title.isEmpty { return "bij \(soort) “\(title)”" }
        return "bij deze \(soort)"
    }

    private func part(_ tree: Document, label: String, title: String?) -> [Block] {
        var blocks = tree.blocks.compactMap(Self.inPart)
        let heading = Heading(level: 1, [.text(title ?? tree.metadata.title)], style: .partTitle)
        if let index = blocks.firstIndex(where: Self.isTitle) {
            if case .paragraph(let paragraph) = blocks[index] {
                blocks[index] = .heading(Heading(level: 1, paragraph.content, style: .partTitle))
            }
        } else {
            blocks.insert(.heading(heading), at: 0)
        }
        let part = PagePart(label: label, headerText: tree.page.headerText, footerText: tree.page.footerText)
        return [.part(part), .text("\(label) \(parentDescription)", style: .partLabel)] + blocks
    }

    private static func isTitle(_ block: Block) -> Bool {
        if case .paragraph(let paragraph) = block { return paragraph.style == .title }
        return false
    }

    /// A block of a part as the bundle holds it: a heading one level
    /// down, looking as before; no table of contents of its own, since a
    /// table of contents in a document lists the whole document and the
    /// bundle's lists the part's chapters already.
    package static func inPart(_ block: Block) -> Block? {
        switch block {
        case .heading(var heading):
            heading.style = heading.style ?? .heading(level: heading.level)
            heading.level += 1
            return .heading(heading)
        case .tableOfContents:
            return nil
        default:
            return block
        }
    }
}

extension ParagraphStyle {
    /// The title of a part of a bundle: a level-1 heading that looks like
    /// the title of a document.
    public static let partTitle = ParagraphStyle("Titel bijlage")
    /// "Bijlage 2 bij raadsmededeling RM-2021-WLR-01" above it.
    public static let partLabel = ParagraphStyle("Bijlagelabel")
}

extension StyleDefinition {
    /// The styles of a bundle's parts.
    static let bundle: [StyleDefinition] = [
        StyleDefinition(name: ParagraphStyle.partLabel.name,
                        paragraph: [("fo:margin-bottom", "0.200cm"), ("fo:keep-with-next", "always")],
                        text: [("fo:font-size", "10pt"), ("fo:color", "#404040")]),
        StyleDefinition(name: ParagraphStyle.partTitle.name, parent: ParagraphStyle.builtInHeading(level: 1).name,
                        next: ParagraphStyle.body.name,
                        paragraph: [("fo:margin-top", "0cm"), ("fo:margin-bottom", "0.400cm"), ("fo:keep-with-next", "always")],
                        text: [("fo:font-size", "18pt"), ("fo:font-weight", "bold")],
                        outlineLevel: 1),
    ]
}
