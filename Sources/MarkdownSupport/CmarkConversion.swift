internal import CCmarkGFM

/// Copies a cmark-gfm node tree into `MarkdownNode` values.
enum CmarkConversion {
    static func node(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        let start = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        let end = MarkdownPosition(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        let kind = kind(of: node)
        if depth > Markdown.maximumDepth && !kind.belongsToItsParent {
            return MarkdownNode(.tooDeep, start: start, end: end)
        }
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(self.node(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind, children: children, start: start, end: end)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list(listStyle(node), isTight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: .item(task: taskState(node))
        case CMARK_NODE_CODE_BLOCK: .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node), isFenced: isFenced(node))
        case CMARK_NODE_HTML_BLOCK: .htmlBlock(literal(node))
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: .footnoteDefinition(label: footnoteLabel(node))
        case CMARK_NODE_TEXT: .text(literal(node))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(literal(node))
        case CMARK_NODE_HTML_INLINE: .htmlInline(literal(node))
        case CMARK_NODE_CUSTOM_INLINE: .customInline(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        // cmark-gfm replaces a resolved reference's literal with the number of its definition.
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference(label: footnoteLabel(node), index: Int(literal(node)) ?? 0)
        default: extensionKind(of: node)
        }
    }

    /// The extensions' node types are numbered when they register, so they
    /// are told apart by the names cmark-gfm gives them.
    private static func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch string(cmark_node_get_type_string(node)) {
        case "table": return .table(alignments: alignments(node))
        case "table_header", "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default:
            let onEnter = string(cmark_node_get_on_enter(node)), onExit = string(cmark_node_get_on_exit(node))
            let isInline = cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
            return isInline ? .customInline(onEnter: onEnter, onExit: onExit) : .customBlock(onEnter: onEnter, onExit: onExit)
        }
    }

    private static func listStyle(_ node: OpaquePointer) -> MarkdownNode.ListStyle {
        guard cmark_node_get_list_type(node) == CMARK_ORDERED_LIST else { return .bullet }
        let delimiter: MarkdownNode.ListDelimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .parenthesis : .period
        return .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
    }

    /// An item the tasklist extension claimed is named "tasklist".
    private static func taskState(_ node: OpaquePointer) -> MarkdownNode.TaskState? {
        guard string(cmark_node_get_type_string(node)) == "tasklist" else { return nil }
        return cmark_gfm_extensions_get_tasklist_item_checked(node) ? .checked : .unchecked
    }

    private static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    private static func alignments(_ node: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard let bytes = cmark_gfm_extensions_get_table_alignments(node) else { return [] }
        return (0..<count).map { column in
            switch bytes[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }

    /// cmark-gfm 0.29 has no getter for a footnote's label, but writes it
    /// when it renders a definition (`[^label]:` and its text) or a
    /// reference (`[^label]`, the label of the definition) as CommonMark.
    /// A label holds no `]`, space or line break. A definition's blocks
    /// are taken off while it renders and put back in their order after,
    /// so that only the label is rendered, not the whole note.
    private static func footnoteLabel(_ node: OpaquePointer) -> String {
        var blocks: [OpaquePointer] = []
        if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION {
            while let block = cmark_node_first_child(node) {
                cmark_node_unlink(block)
                blocks.append(block)
            }
        }
        defer { for block in blocks { cmark_node_append_child(node, block) } }
        guard let rendered = cmark_render_commonmark(node, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        let text = String(cString: rendered)
        guard text.hasPrefix("[^") else { return "" }
        return String(text.dropFirst(2).prefix { $0 != "]" })
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension MarkdownNode.Kind {
    /// Items, table rows and table cells: a list without its items or a
    /// table without its cells would not be a list or table at all.
    var belongsToItsParent: Bool {
        switch self {
        case .item, .tableRow, .tableCell: true
        default: false
        }
    }
}
