import MarkdownSupport

/// Text written with light Markdown in a YAML field: paragraphs separated by
/// blank lines, *nadruk*, **vet**, opsommingen (-, 1.) and links. Parsed by
/// cmark; what cannot be rendered (HTML, images, headings, code) is kept as
/// plain text where possible and reported by the input checks.
public struct RichText: Sendable, Equatable {
    public let source: String
    public let position: SourcePosition
    public let nodes: [MarkdownNode]

    public init(_ source: String, at position: SourcePosition) {
        self.source = source
        self.position = position
        self.nodes = Markdown.parse(source)
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
            if case .paragraph(let children, _) = node {
                result += RichTextConversion.inlines(children)
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
            switch node {
            case .paragraph(let children, _):
                return [.paragraph(Paragraph(style, inlines(children)))]
            case .heading(_, let children, _):
                return [.paragraph(Paragraph(style, [.strong(inlines(children))]))]
            case .list(let ordered, let start, let items, _):
                let marker: ListMarker = ordered ? .numbered(NumberFormat(.arabic, suffix: "."), start: start) : .dash
                return [.list(ListBlock(marker, items: items.map { ListItem(blocks($0, style: style)) }))]
            case .blockQuote(let children, _):
                return blocks(children, style: style)
            case .codeBlock(let literal, _):
                return literal.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { .paragraph(Paragraph(style, [.text(String($0))])) }
            case .htmlBlock(let literal, _):
                return [.paragraph(Paragraph(style, [.text(String(literal.trimmingSpaces))]))]
            case .thematicBreak, .image, .tooDeep:
                return []
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link:
                return [.paragraph(Paragraph(style, inlines([node])))]
            }
        }
    }

    package static func inlines(_ nodes: [MarkdownNode]) -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            switch node {
            case .text(let text), .code(let text), .htmlInline(let text, _): appendText(text, to: &result)
            case .softBreak: appendText(" ", to: &result)
            case .lineBreak: result.append(.lineBreak)
            case .emphasis(let children): result.append(.emphasis(inlines(children)))
            case .strong(let children): result.append(.strong(inlines(children)))
            case .link(let url, let children): result.append(.link(url: url, inlines(children)))
            case .paragraph(let children, _), .heading(_, let children, _), .blockQuote(let children, _):
                result += inlines(children)
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

    package static func plainText(_ nodes: [MarkdownNode]) -> String {
        var parts: [String] = []
        for node in nodes {
            switch node {
            case .text(let text), .code(let text), .codeBlock(let text, _): parts.append(text)
            case .softBreak, .lineBreak: parts.append(" ")
            case .paragraph(let children, _), .heading(_, let children, _), .blockQuote(let children, _),
                 .emphasis(let children), .strong(let children), .link(_, let children):
                parts.append(plainText(children))
                if case .paragraph = node { parts.append("\n") }
            case .list(_, _, let items, _):
                for item in items { parts.append(plainText(item) + "\n") }
            case .htmlInline, .htmlBlock, .image, .thematicBreak, .tooDeep:
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
                switch node {
                case .htmlBlock(_, let position), .htmlInline(_, let position):
                    found.append((position.line > 0 ? position : block ?? position,
                                  "HTML-opmaak wordt niet uitgevoerd; de tekst komt er letterlijk te staan"))
                case .image(_, let position):
                    found.append((position.line > 0 ? position : block ?? position, "een afbeelding binnen een tekstveld valt weg"))
                case .heading(_, let children, let position):
                    found.append((position, "een kop binnen een tekstveld wordt als vette alinea weergegeven; gebruik 'secties' voor koppen"))
                    walk(children, block: position)
                case .thematicBreak(let position):
                    found.append((position, "een horizontale lijn valt weg"))
                case .codeBlock(_, let position):
                    found.append((position, "een codeblok wordt als gewone tekst weergegeven (let op inspringing van vier spaties)"))
                case .tooDeep(let position):
                    found.append((position, "de opmaak is te diep genest; het diepere deel valt weg"))
                case .paragraph(let children, let position), .blockQuote(let children, let position):
                    walk(children, block: position)
                case .list(_, _, let items, let position):
                    for item in items { walk(item, block: position) }
                case .emphasis(let children), .strong(let children), .link(_, let children):
                    walk(children, block: block)
                case .text, .softBreak, .lineBreak, .code:
                    break
                }
            }
        }
        walk(nodes, block: nil)
        return found
    }
}
