import RaadsDocCore

/// Deleted content keeps no bookmarks (the new version may use the same
/// names) and no cross-reference fields (their targets may be gone): the
/// references become the text they read.
enum Targets {
    static func removed(_ block: Block) -> Block {
        let block = block.mappingInlines(plain)
        switch block {
        case .heading(var heading):
            heading.bookmark = nil
            return .heading(heading)
        case .list(var list):
            list.items = list.items.map(removed)
            return .list(list)
        case .table(var table):
            for index in table.headerRows.indices { table.headerRows[index].cells = table.headerRows[index].cells.map(removed) }
            for index in table.rows.indices { table.rows[index].cells = table.rows[index].cells.map(removed) }
            return .table(table)
        case .change(let change, let blocks):
            return .change(change, blocks.map(removed))
        default:
            return block
        }
    }

    static func removed(_ item: ListItem) -> ListItem {
        var item = item
        item.bookmark = nil
        item.blocks = item.blocks.map(removed)
        return item
    }

    private static func removed(_ cell: TableCell) -> TableCell {
        var cell = cell
        cell.blocks = cell.blocks.map(removed)
        return cell
    }

    private static func plain(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .reference(_, let text): .text(text)
            case .emphasis(let children): .emphasis(plain(children))
            case .strong(let children): .strong(plain(children))
            case .strikethrough(let children): .strikethrough(plain(children))
            case .link(let url, let children): .link(url: url, plain(children))
            case .change(let change, let children): .change(change, plain(children))
            default: inline
            }
        }
    }
}
