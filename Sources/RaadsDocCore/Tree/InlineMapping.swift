extension Block {
    /// The block with every inline run of its paragraphs, headings, list
    /// items, cells and captions replaced by `transform`'s result.
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .heading(var heading):
            heading.content = transform(heading.content)
            return .heading(heading)
        case .paragraph(var paragraph):
            paragraph.content = transform(paragraph.content)
            return .paragraph(paragraph)
        case .list(var list):
            for index in list.items.indices {
                list.items[index].blocks = list.items[index].blocks.map { $0.mappingInlines(transform) }
            }
            return .list(list)
        case .table(var table):
            for index in table.headerRows.indices { table.headerRows[index] = table.headerRows[index].mappingInlines(transform) }
            for index in table.rows.indices { table.rows[index] = table.rows[index].mappingInlines(transform) }
            return .table(table)
        case .figure(var figure):
            figure.caption = transform(figure.caption)
            return .figure(figure)
        case .change(let change, let blocks):
            return .change(change, blocks.map { $0.mappingInlines(transform) })
        case .signatures, .pageBreak, .part, .tableOfContents:
            return self
        }
    }
}

extension TableRow {
    fileprivate func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> TableRow {
        var row = self
        for index in row.cells.indices {
            row.cells[index].blocks = row.cells[index].blocks.map { $0.mappingInlines(transform) }
        }
        return row
    }
}
