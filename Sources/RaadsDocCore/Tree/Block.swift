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
}

public struct Heading: Sendable, Equatable {
    /// 1 for a chapter, 2 for a section, and so on (at most 4).
    public var level: Int
    public var content: [Inline]
    /// A style other than the default "Kop N", e.g. "Artikelkop".
    public var style: ParagraphStyle?

    public init(level: Int, _ content: [Inline], style: ParagraphStyle? = nil) {
        self.level = level
        self.content = content
        self.style = style
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
