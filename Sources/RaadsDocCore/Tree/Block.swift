/// A block of the document tree.
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    case signatures(SignatureBlock)
    /// A picture with its caption.
    case figure(Figure)
    /// The next block starts on a new page.
    case pageBreak
    /// The next block starts a new page of a part of a bundle, with the
    /// part's own running header and footer.
    case part(PagePart)
    /// A table of contents of the headings down to `depth`, under `title`,
    /// which the word processor (and the PDF step) brings up to date with
    /// page numbers.
    case tableOfContents(depth: Int, title: String = "Inhoud")
    /// Blocks one version of a redline has and the other has not: whole
    /// headings and paragraphs inserted or deleted.
    case change(TrackedChange, [Block])
}

public struct Heading: Sendable, Equatable {
    /// 1 for a chapter, 2 for a section, and so on (at most 4).
    public var level: Int
    public var content: [Inline]
    /// A style other than the default "Kop N", e.g. "Artikelkop".
    public var style: ParagraphStyle?
    /// The number the word processor puts before the heading ("Artikel 4.",
    /// "Hoofdstuk 2.", "1."), so that inserting a heading renumbers the
    /// ones after it; `content` is then the title alone.
    public var number: HeadingNumber?
    /// The name a cross-reference points at, e.g. "art-4".
    public var bookmark: String?

    public init(level: Int, _ content: [Inline], style: ParagraphStyle? = nil, number: HeadingNumber? = nil,
                bookmark: String? = nil) {
        self.level = level
        self.content = content
        self.style = style
        self.number = number
        self.bookmark = bookmark
    }

    /// The heading as a reader sees it: number, a space, title.
    public var text: String {
        guard let number else { return content.plainText }
        let title = content.plainText
        return title.isEmpty ? number.label : number.label + " " + title
    }
}

/// One heading of a numbered series: all headings of a series (the
/// articles of an agreement, the chapters of a plan) count on from each
/// other, wherever they stand.
public struct HeadingNumber: Sendable, Equatable {
    /// Names the series, e.g. "artikelen"; unique within a document.
    public var series: String
    public var format: NumberFormat
    public var value: Int

    public init(series: String, format: NumberFormat, value: Int) {
        self.series = series
        self.format = format
        self.value = value
    }

    public var label: String { format.label(value) }

    /// "1.", "2.": the chapters of a plan, letter or report.
    public static func chapter(_ value: Int) -> HeadingNumber {
        HeadingNumber(series: "hoofdstukken", format: NumberFormat(.arabic, suffix: "."), value: value)
    }
}

public struct Paragraph: Sendable, Equatable {
    public var style: ParagraphStyle
    public var content: [Inline]

    public init(_ style: ParagraphStyle = .body, _ content: [Inline]) {
        self.style = style
        self.content = content
    }
}

extension Block {
    /// A paragraph of plain text.
    public static func text(_ text: String, style: ParagraphStyle = .body) -> Block {
        .paragraph(Paragraph(style, [.text(text)]))
    }

    public static func heading(_ level: Int, _ text: String) -> Block {
        .heading(Heading(level: level, [.text(text)]))
    }
}
