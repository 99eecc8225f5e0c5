/// One node of a text parsed by cmark-gfm, with its children and where it
/// stands in the text. `Markdown.parse` returns the document node.
public struct MarkdownNode: Sendable, Equatable {
    public let kind: Kind
    public let children: [MarkdownNode]
    public let start: MarkdownPosition
    public let end: MarkdownPosition

    public init(_ kind: Kind, children: [MarkdownNode] = [], start: MarkdownPosition, end: MarkdownPosition) {
        self.kind = kind
        self.children = children
        self.start = start
        self.end = end
    }

    /// Every node type cmark-gfm has, for the core syntax and for the
    /// extensions `Markdown` attaches, and one of raadsdoc's own.
    public enum Kind: Sendable, Equatable {
        // Blocks.
        case document
        case blockQuote
        case list(ListStyle, isTight: Bool)
        /// A list item; `task` is set when the tasklist extension found
        /// `[ ]` or `[x]` at its start (the box itself is not in the text).
        case item(task: TaskState?)
        /// `info` is the info string after an opening fence ("" when there
        /// is none or the block is indented); `literal` ends with a newline.
        case codeBlock(info: String, literal: String, isFenced: Bool)
        case htmlBlock(String)
        /// Made through cmark's API, never by its parser; also stands for a
        /// block of an extension this module does not attach.
        case customBlock(onEnter: String, onExit: String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        /// cmark-gfm moves the definitions to the end of the document, in
        /// the order of their first reference, and drops those never
        /// referenced; the node keeps the position it had in the text.
        case footnoteDefinition(label: String)
        /// One alignment per column, from the delimiter row.
        case table(alignments: [TableAlignment])
        /// The first row of a table is its header row.
        case tableRow(isHeader: Bool)
        case tableCell

        // Inlines.
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        /// Made through cmark's API, never by its parser; also stands for
        /// an inline of an extension this module does not attach.
        case customInline(onEnter: String, onExit: String)
        case emphasis
        case strong
        /// Links written as `[text](url "title")`, `<url>`, or found by the
        /// autolink extension in bare `https://…`, `www.…` and e-mail text.
        case link(url: String, title: String)
        /// The children are the alternative text.
        case image(url: String, title: String)
        /// `label` is that of the definition it resolved to, as written
        /// there (labels match regardless of case); `index` is that
        /// definition's number, counting from 1 in order of first
        /// reference. A `[^label]` without a definition stays text.
        case footnoteReference(label: String, index: Int)
        case strikethrough

        /// Not a cmark node: the text nests deeper than
        /// `Markdown.maximumDepth` here, and what lies below is left out.
        case tooDeep
    }

    public enum ListStyle: Sendable, Equatable {
        case bullet
        case ordered(start: Int, delimiter: ListDelimiter)
    }

    /// What follows the number of an ordered list item: `1.` or `1)`.
    public enum ListDelimiter: Sendable, Equatable {
        case period
        case parenthesis
    }

    public enum TaskState: Sendable, Equatable {
        case unchecked
        case checked
    }

    public enum TableAlignment: Sendable, Equatable {
        /// The delimiter cell has no colon.
        case none
        case left
        case center
        case right
    }
}
