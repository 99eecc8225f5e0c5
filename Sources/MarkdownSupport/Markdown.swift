#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmark

/// A CommonMark document parsed by cmark, as a Swift value tree.
public indirect enum MarkdownNode: Sendable, Equatable {
    case paragraph([MarkdownNode], MarkdownPosition)
    case heading(level: Int, [MarkdownNode], MarkdownPosition)
    case list(ordered: Bool, start: Int, items: [[MarkdownNode]], MarkdownPosition)
    case blockQuote([MarkdownNode], MarkdownPosition)
    case codeBlock(String, MarkdownPosition)
    case htmlBlock(String, MarkdownPosition)
    case thematicBreak(MarkdownPosition)
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String, MarkdownPosition)
    case emphasis([MarkdownNode])
    case strong([MarkdownNode])
    case link(url: String, [MarkdownNode])
    case image(url: String, MarkdownPosition)
    /// Nesting deeper than the parser's limit; the subtree is cut off here.
    case tooDeep(MarkdownPosition)
}

/// A line and column inside the parsed text, both counted from 1.
public struct MarkdownPosition: Sendable, Equatable {
    public let line: Int
    public let column: Int
}

public enum Markdown {
    /// Deeper nesting than this is cut off and reported, so hostile input
    /// (a thousand nested block quotes) cannot exhaust the stack.
    public static let maximumDepth = 24

    /// Parses `text` with cmark's default (safe) options.
    public static func parse(_ text: String) -> [MarkdownNode] {
        let root: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root, depth: 0)
    }

    private static func children(of node: OpaquePointer, depth: Int) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let converted = convert(current, depth: depth + 1) { result.append(converted) }
            child = cmark_node_next(current)
        }
        return result
    }

    private static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode? {
        let position = MarkdownPosition(
            line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        if depth > maximumDepth { return .tooDeep(position) }
        let literal = { cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(children(of: node, depth: depth), position)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), children(of: node, depth: depth), position)
        case CMARK_NODE_LIST:
            var items: [[MarkdownNode]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current, depth: depth + 1))
                item = cmark_node_next(current)
            }
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), items: items, position)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node, depth: depth), position)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(literal(), position)
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(literal(), position)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(position)
        case CMARK_NODE_TEXT:
            return .text(literal())
        case CMARK_NODE_SOFTBREAK:
            return .softBreak
        case CMARK_NODE_LINEBREAK:
            return .lineBreak
        case CMARK_NODE_CODE:
            return .code(literal())
        case CMARK_NODE_HTML_INLINE:
            return .htmlInline(literal(), position)
        case CMARK_NODE_EMPH:
            return .emphasis(children(of: node, depth: depth))
        case CMARK_NODE_STRONG:
            return .strong(children(of: node, depth: depth))
        case CMARK_NODE_LINK:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .link(url: url, children(of: node, depth: depth))
        case CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .image(url: url, position)
        default:
            return nil
        }
    }
}
