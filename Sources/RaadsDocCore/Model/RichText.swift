import MarkdownSupport

/// Text written with light Markdown in a YAML field: paragraphs separated by
/// blank lines, *nadruk*, **vet**, opsommingen (-, 1.) and links. Parsed by
/// cmark-gfm; what cannot be rendered (HTML, images, headings, code, tables,
/// footnotes, strikethrough, task boxes) is kept as plain text where
/// possible and reported by the input checks.
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

    /// The blocks of the tree, paragraphs in `style`.
    public func blocks(style: ParagraphStyle = .body) -> [Block] {
        RichTextConversion.blocks(nodes, style: style)
    }

    /// The inline content when the text is one paragraph, for fields that
    /// sit inside a sentence or a table cell.
    public var inlines: [Inline] {
        var result: [Inline] = []
        for (index, node) in nodes.enumerated() {
            if index > 0 { result.append(.lineBreak) }
            if case .paragraph = node.kind {
                result += RichTextConversion.inlines(node.children)
            } else {
                result.append(.text(RichTextConversion.plainText([node])))
            }
        }
        return result
    }

    /// The words without markup, for rules that look for a phrase.
    public var plainText: String { RichTextConversion.plainText(nodes) }
}

package enum RichTextConversion {
    package static func blocks(_ nodes: [MarkdownNode], style: ParagraphStyle) -> [Block] {
        nodes.flatMap { node -> [Block] in
            switch node.kind {
            case .paragraph:
                return [.paragraph(Paragraph(style, inlines(node.children)))]
            case .heading:
                return [.paragraph(Paragraph(style, [.strong(inlines(node.children))]))]
            case .list(let list, _):
                let marker: ListMarker = switch list {
                case .bullet: .dash
                case .ordered(let start, _): .numbered(NumberFormat(.arabic, suffix: "."), start: start)
                }
                return [.list(ListBlock(marker, items: node.children.map { ListItem(blocks([$0], style: style)) }))]
            case .item(let task):
                let content = blocks(node.children, style: style)
                guard let task else { return content }
                return prefixed(task == .checked ? "[x]" : "[ ]", to: content, style: style)
            case .footnoteDefinition(let label):
                return prefixed("[^\(label)]:", to: blocks(node.children, style: style), style: style)
            case .table:
                return node.children.map { row in
                    var content: [Inline] = []
                    for (index, cell) in row.children.enumerated() {
                        if index > 0 { appendText(" | ", to: &content) }
                        append(inlines(cell.children), to: &content)
                    }
                    return .paragraph(Paragraph(style, content))
                }
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

    package static func inlines(_ nodes: [MarkdownNode]) -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            switch node.kind {
            case .text(let text), .code(let text), .htmlInline(let text): appendText(text, to: &result)
            case .softBreak: appendText(" ", to: &result)
            case .lineBreak: result.append(.lineBreak)
            case .emphasis: result.append(.emphasis(inlines(node.children)))
            case .strong: result.append(.strong(inlines(node.children)))
            case .link(let url, _): result.append(.link(url: url, inlines(node.children)))
            case .strikethrough:
                appendText("~~", to: &result)
                append(inlines(node.children), to: &result)
                appendText("~~", to: &result)
            case .footnoteReference(let label, _): appendText("[^\(label)]", to: &result)
            case .paragraph, .heading, .blockQuote, .document, .customBlock, .customInline, .item,
                 .footnoteDefinition, .table, .tableRow, .tableCell:
                result += inlines(node.children)
            case .htmlBlock, .image, .thematicBreak, .tooDeep, .list, .codeBlock:
                break
            }
        }
        return result
    }

    /// Merges adjacent text so the writer sees one run per sentence.
    private static func appendText(_ text: String, to result: inout [Inline]) {
        if case .text(let previous) = result.last {
            result[result.count - 1] = .text(previous + text)
        } else {
            result.append(.text(text))
        }
    }

    private static func append(_ inlines: [Inline], to result: inout [Inline]) {
        for inline in inlines {
            if case .text(let text) = inline { appendText(text, to: &result) } else { result.append(inline) }
        }
    }

    /// `blocks` with `label` as text before the first paragraph, or as a
    /// paragraph of its own when they do not start with one.
    private static func prefixed(_ label: String, to blocks: [Block], style: ParagraphStyle) -> [Block] {
        guard case .paragraph(let first)? = blocks.first else {
            return [.paragraph(Paragraph(style, [.text(label)]))] + blocks
        }
        var content: [Inline] = [.text(label + " ")]
        append(first.content, to: &content)
        return [.paragraph(Paragraph(first.style, content))] + blocks.dropFirst()
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

    /// The constructs that cannot be rendered, with their position in the
    /// text and a Dutch description.
    package static func unsupported(_ nodes: [MarkdownNode]) -> [(MarkdownPosition, String)] {
        var found: [(MarkdownPosition, String)] = []
        func walk(_ nodes: [MarkdownNode], block: MarkdownPosition?) {
            for node in nodes {
                let position = node.start
                let inlinePosition = position.line > 0 ? position : block ?? position
                switch node.kind {
                case .htmlBlock, .htmlInline:
                    found.append((inlinePosition, "HTML-opmaak wordt niet uitgevoerd; de tekst komt er letterlijk te staan"))
                case .image:
                    found.append((inlinePosition, "een afbeelding binnen een tekstveld valt weg"))
                case .heading:
                    found.append((position, "een kop binnen een tekstveld wordt als vette alinea weergegeven; gebruik 'secties' voor koppen"))
                    walk(node.children, block: position)
                case .thematicBreak:
                    found.append((position, "een horizontale lijn valt weg"))
                case .codeBlock:
                    found.append((position, "een codeblok wordt als gewone tekst weergegeven (let op inspringing van vier spaties)"))
                case .tooDeep:
                    found.append((position, "de opmaak is te diep genest; het diepere deel valt weg"))
                case .table:
                    found.append((position, "een tabel binnen een tekstveld wordt als gewone tekst weergegeven, een alinea per rij"))
                    walk(node.children, block: position)
                case .footnoteDefinition(let label):
                    found.append((position, "voetnoot [^\(label)] wordt als gewone alinea aan het eind van de tekst weergegeven"))
                    walk(node.children, block: position)
                case .footnoteReference(let label, _):
                    found.append((inlinePosition, "een voetnootverwijzing wordt niet uitgevoerd; [^\(label)] komt er letterlijk te staan"))
                case .strikethrough:
                    found.append((inlinePosition, "doorhalen wordt niet uitgevoerd; de tekst komt er met ~~ te staan"))
                    walk(node.children, block: block)
                case .item(let task):
                    if task != nil {
                        found.append((position, "een afvinkvakje wordt als tekst [ ] of [x] weergegeven"))
                    }
                    walk(node.children, block: block)
                case .paragraph, .blockQuote, .list, .tableRow, .tableCell, .document, .customBlock:
                    walk(node.children, block: position)
                case .emphasis, .strong, .link, .customInline:
                    walk(node.children, block: block)
                case .text, .softBreak, .lineBreak, .code:
                    break
                }
            }
        }
        walk(nodes, block: nil)
        return found
    }
}
