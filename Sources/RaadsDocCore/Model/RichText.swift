import MarkdownSupport

/// Text written with light Markdown in a YAML field: paragraphs separated by
/// blank lines, *nadruk*, **vet**, ~~doorhalen~~, opsommingen (-, 1.),
/// links, tabellen, voetnoten ([^1]) and afbeeldingen on a line of their
/// own. Parsed by cmark-gfm; what cannot be rendered faithfully is either
/// kept as plain text with a warning (HTML, headings, code) or refused by
/// the input checks (see `RichTextConversion.problems`).
public struct RichText: Sendable, Equatable {
    public let source: String
    public let position: SourcePosition
    /// The blocks of the parsed document.
    public let nodes: [MarkdownNode]

    public init(_ source: String, at position: SourcePosition) {
        self.source = source
        self.position = position
        self.nodes = Markdown.parse(source).children
    }

    public var isEmpty: Bool { nodes.isEmpty }

    /// The blocks of the tree, paragraphs in `style`. Pictures are read
    /// from beside the input file.
    public func blocks(style: ParagraphStyle = .body) -> [Block] {
        RichTextConversion(nodes, inputPath: position.path).blocks(nodes, style: style)
    }

    /// The inline content when the text is one paragraph, for fields that
    /// sit inside a sentence or a table cell.
    public var inlines: [Inline] {
        let conversion = RichTextConversion(nodes, inputPath: position.path)
        var result: [Inline] = []
        for (index, node) in nodes.enumerated() {
            if case .footnoteDefinition = node.kind { continue }
            if index > 0 { result.append(.lineBreak) }
            if case .paragraph = node.kind {
                result += conversion.inlines(node.children)
            } else {
                result.append(.text(RichTextConversion.plainText([node])))
            }
        }
        return result
    }

    /// The words without markup, for rules that look for a phrase.
    public var plainText: String { RichTextConversion.plainText(nodes) }
}

/// Turns cmark-gfm's nodes into the document tree.
package struct RichTextConversion {
    /// The blocks of each footnote definition, by label in lower case
    /// (labels match regardless of case).
    private let footnotes: [String: [MarkdownNode]]
    private let inputPath: String
    /// Whether this converts a footnote's text: a citation there stays
    /// text, as the input checks refuse a note in a note (RD-INVOER-023),
    /// and a note that cites itself would otherwise never end.
    private let inNote: Bool

    package init(_ nodes: [MarkdownNode], inputPath: String) {
        var footnotes: [String: [MarkdownNode]] = [:]
        for node in nodes {
            if case .footnoteDefinition(let label) = node.kind { footnotes[label.lowercased()] = node.children }
        }
        self.init(footnotes: footnotes, inputPath: inputPath, inNote: false)
    }

    private init(footnotes: [String: [MarkdownNode]], inputPath: String, inNote: Bool) {
        self.footnotes = footnotes
        self.inputPath = inputPath
        self.inNote = inNote
    }

    /// The paragraph style of a footnote's text.
    package static let noteStyle = ParagraphStyle.footnote

    package func blocks(_ nodes: [MarkdownNode], style: ParagraphStyle) -> [Block] {
        nodes.flatMap { node -> [Block] in
            switch node.kind {
            case .paragraph:
                if let image = Self.soleImage(node), case .image(let url, let title) = image.kind {
                    return [figure(url: url, title: title, alternativeText: Self.plainText(image.children))]
                }
                return [.paragraph(Paragraph(style, inlines(node.children)))]
            case .heading:
                return [.paragraph(Paragraph(style, [.strong(inlines(node.children))]))]
            case .list(let list, let isTight):
                let marker: ListMarker = switch list {
                case .bullet: .dash
                case .ordered(let start, _): .numbered(NumberFormat(.arabic, suffix: "."), start: start)
                }
                return [.list(ListBlock(marker, items: node.children.map { ListItem(blocks([$0], style: style)) }, isTight: isTight))]
            case .item(let task):
                let content = blocks(node.children, style: style)
                guard let task else { return content }
                return Self.prefixed(task == .checked ? "[x]" : "[ ]", to: content, style: style)
            case .footnoteDefinition:
                // Written where it is referenced, as a note.
                return []
            case .table(let alignments):
                return [.table(table(node, alignments: alignments))]
            case .blockQuote, .document, .customBlock, .tableRow, .tableCell:
                return blocks(node.children, style: style)
            case .codeBlock(_, let literal, _):
                return literal.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { .paragraph(Paragraph(style, [.text(String($0))])) }
            case .htmlBlock(let literal):
                return [.paragraph(Paragraph(style, [.text(String(literal.trimmingSpaces))]))]
            case .thematicBreak, .image, .tooDeep:
                return []
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link,
                 .strikethrough, .footnoteReference, .customInline:
                return [.paragraph(Paragraph(style, inlines([node])))]
            }
        }
    }

    package func inlines(_ nodes: [MarkdownNode]) -> [Inline] {
        var result = InlineRun()
        for node in nodes {
            switch node.kind {
            case .text(let text), .code(let text), .htmlInline(let text): result.appendText(text)
            case .softBreak: result.appendText(" ")
            case .lineBreak: result.append(.lineBreak)
            case .emphasis: result.append(.emphasis(inlines(node.children)))
            case .strong: result.append(.strong(inlines(node.children)))
            case .link(let url, _): result.append(.link(url: url, inlines(node.children)))
            case .strikethrough: result.append(.strikethrough(inlines(node.children)))
            case .footnoteReference(let label, _):
                if !inNote, let definition = footnotes[label.lowercased()] {
                    let note = Self(footnotes: footnotes, inputPath: inputPath, inNote: true)
                    result.append(.note(note.blocks(definition, style: Self.noteStyle)))
                } else {
                    result.appendText("[^\(label)]")
                }
            case .paragraph, .heading, .blockQuote, .document, .customBlock, .customInline, .item,
                 .footnoteDefinition, .table, .tableRow, .tableCell:
                result.append(contentsOf: inlines(node.children))
            case .htmlBlock, .image, .thematicBreak, .tooDeep, .list, .codeBlock:
                break
            }
        }
        return result.inlines()
    }

    // MARK: Tables

    /// A GFM table: its first row the header row (repeated on every page),
    /// each column aligned as the delimiter row says; a column without a
    /// colon there whose cells are all amounts or numbers is aligned right.
    private func table(_ node: MarkdownNode, alignments: [MarkdownNode.TableAlignment]) -> Table {
        let header = node.children.filter { if case .tableRow(true) = $0.kind { true } else { false } }
        let body = node.children.filter { if case .tableRow(true) = $0.kind { false } else { true } }
        let count = max(alignments.count, node.children.map(\.children.count).max() ?? 0)
        let columns = (0..<count).map { column -> TableColumn in
            let given: MarkdownNode.TableAlignment = column < alignments.count ? alignments[column] : .none
            switch given {
            case .left: return TableColumn(alignment: .start)
            case .center: return TableColumn(alignment: .center)
            case .right: return TableColumn(alignment: .end)
            case .none:
                let texts = body.compactMap { row in column < row.children.count ? Self.plainText(row.children[column].children) : nil }
                    .map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
                return TableColumn(alignment: !texts.isEmpty && texts.allSatisfy(Self.looksLikeNumber) ? .end : nil)
            }
        }
        func rows(_ rows: [MarkdownNode], style: ParagraphStyle) -> [TableRow] {
            rows.map { row in
                TableRow(row.children.map { cell in TableCell([.paragraph(Paragraph(style, inlines(cell.children)))]) })
            }
        }
        return Table(columns: columns, headerRows: rows(header, style: .tableHeading), rows: rows(body, style: .tableText))
    }

    /// "€ 2.000", "1.234,56", "-12", "€ 150,-", "15%".
    package static func looksLikeNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("€") { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\u{A0}" }
        if let first = rest.first, "-+−".contains(first) { rest = rest.dropFirst() }
        if rest.hasSuffix(",-") { rest = rest.dropLast(2) }
        if rest.hasSuffix("%") { rest = rest.dropLast() }
        guard let first = rest.first, first.isASCII, first.isNumber else { return false }
        return rest.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
    }

    // MARK: Figures

    /// The image a paragraph consists of, with nothing but white space
    /// around it; such a paragraph becomes a figure.
    package static func soleImage(_ paragraph: MarkdownNode) -> MarkdownNode? {
        var image: MarkdownNode?
        for child in paragraph.children {
            switch child.kind {
            case .image where image == nil: image = child
            case .softBreak, .lineBreak: continue
            case .text(let text) where text.trimmingSpaces.isEmpty: continue
            default: return nil
            }
        }
        return image
    }

    /// A figure of the picture `url` names; when the file can no longer be
    /// read (the checks read it already), its alternative text in brackets.
    private func figure(url: String, title: String, alternativeText: String) -> Block {
        switch PictureFile.load(url, besides: inputPath) {
        case .success(let picture):
            return .figure(Figure(picture, alternativeText: alternativeText, caption: title.isEmpty ? [] : [.text(title)]))
        case .failure:
            return .paragraph(Paragraph(.body, [.text("[\(alternativeText)]")]))
        }
    }

    // MARK: Text

    /// `blocks` with `label` as text before the first paragraph, or as a
    /// paragraph of its own when they do not start with one.
    private static func prefixed(_ label: String, to blocks: [Block], style: ParagraphStyle) -> [Block] {
        guard case .paragraph(let first)? = blocks.first else {
            return [.paragraph(Paragraph(style, [.text(label)]))] + blocks
        }
        var content = InlineRun()
        content.appendText(label + " ")
        for inline in first.content { content.append(inline) }
        return [.paragraph(Paragraph(first.style, content.inlines()))] + blocks.dropFirst()
    }

    package static func plainText(_ nodes: [MarkdownNode]) -> String {
        var parts: [String] = []
        for node in nodes {
            switch node.kind {
            case .text(let text), .code(let text), .codeBlock(_, let text, _): parts.append(text)
            case .softBreak, .lineBreak: parts.append(" ")
            case .paragraph, .heading, .blockQuote, .emphasis, .strong, .link, .strikethrough, .document,
                 .customBlock, .customInline, .footnoteDefinition, .table:
                parts.append(plainText(node.children))
                if case .paragraph = node.kind { parts.append("\n") }
            case .list:
                for item in node.children { parts.append(plainText(item.children) + "\n") }
            case .item, .tableRow:
                parts.append(plainText(node.children) + "\n")
            case .tableCell:
                parts.append(plainText(node.children) + " ")
            case .htmlInline, .htmlBlock, .image, .thematicBreak, .tooDeep, .footnoteReference:
                break
            }
        }
        return parts.joined()
    }
}
