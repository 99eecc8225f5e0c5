import RaadsDocCore
import RaadsDocSchema

extension Rapport {
    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        var header: [Block] = []
        if let label = model.label { header.append(.text(label, style: .subtitle)) }
        header.append(.text(model.title.value, style: .title))
        let byline = [model.subtitle, model.author].compactMap { $0 }
        header += byline.map { .text($0, style: .subtitle) }
        return Document(
            metadata: DocumentMetadata(title: model.title.value, subject: model.subtitle ?? model.title.value,
                                       date: model.date?.value, language: context.profile.languageTag, keywords: [names[0]]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente), footerText: footer(model.title.value)),
            fields: context.fields(gemeente: model.gemeente, [
                "titel": model.title.value, "ondertitel": model.subtitle ?? "", "auteur": model.author ?? "",
                "datum": model.date?.value.dutch ?? "",
            ]),
            header: header,
            body: body(model, contentsTitle: context.profile.contentsTitle))
    }

    /// The chapters, with the table of contents before the one the input
    /// names, or at the start of a report of `contentsThreshold` chapters.
    private static func body(_ model: Model, contentsTitle: String) -> [Block] {
        var body = blocks(model.sections, level: 1, numbered: model.numberedHeadings)
        guard model.contents != nil || model.sections.count >= contentsThreshold, let chapter = model.contentsChapter else {
            return body
        }
        let contents = Block.tableOfContents(depth: model.contents?.depth ?? 2, title: contentsTitle)
        guard chapter > 0 else { return [contents] + body }
        // Before a later chapter the table of contents gets a page of its own.
        var headings = 0
        guard let index = body.firstIndex(where: { block in
            guard case .heading(let heading) = block, heading.level == 1 else { return false }
            headings += 1
            return headings == chapter + 1
        }) else { return body }
        let pageBreakBefore = index > 0 && body[index - 1] == .pageBreak
        body.insert(contentsOf: (pageBreakBefore ? [] : [.pageBreak]) + [contents, .pageBreak], at: index)
        return body
    }

    /// From this many chapters on, a report opens with a table of contents.
    package static let contentsThreshold = 5

    /// The title in the footer, unless it is too long to share the line
    /// with "Pagina X van Y".
    package static func footer(_ title: String) -> String {
        title.count <= 40 ? title : ""
    }

    /// The sections in order: heading, text, then the matrix, table or
    /// recommendations, the closing text and the subsections.
    package static func blocks(_ sections: [RapportSection], level: Int, numbered: Bool) -> [Block] {
        var blocks: [Block] = []
        for (index, section) in sections.enumerated() {
            if section.newPage { blocks.append(.pageBreak) }
            let number = numbered && level == 1 ? HeadingNumber.chapter(index + 1) : nil
            blocks.append(.heading(Heading(level: level, [.text(section.heading.value)], number: number)))
            blocks += section.text?.blocks() ?? []
            let inner = min(level + 1, 4)
            if let matrix = section.matrix { blocks += MatrixTable.blocks(matrix, headingLevel: inner) }
            if let table = section.table { blocks.append(.table(self.table(table))) }
            blocks += recommendations(section.recommendations, headingLevel: inner)
            blocks += section.closing?.blocks() ?? []
            blocks += Self.blocks(section.sections, level: inner, numbered: numbered)
        }
        return blocks
    }

    /// Recommendation groups with one numbering running through them; a
    /// group without recommendations shows "/".
    package static func recommendations(_ groups: [RecommendationGroup], headingLevel: Int) -> [Block] {
        var blocks: [Block] = []
        var next = 1
        for group in groups {
            if let heading = group.heading { blocks.append(.heading(headingLevel, heading)) }
            if group.items.isEmpty {
                blocks.append(.text("/"))
                continue
            }
            blocks.append(.list(ListBlock(.numbered(NumberFormat(.arabic, suffix: "."), start: next),
                                          items: group.items.map { ListItem($0.blocks()) })))
            next += group.items.count
        }
        return blocks
    }

    /// A data table in compact type: the declared headings, then every
    /// row's values in the declared column order; lists in cells become
    /// bullets. Columns are at least as wide as their longest word.
    package static func table(_ table: DataTable) -> Table {
        let header = TableRow(table.columns.map { TableCell.text($0.heading, style: .smallTableHeading) })
        let rows = table.rows.map { row in
            TableRow(table.columns.map { column in
                TableCell(row.value(column.key.value).map(cellBlocks) ?? [])
            }, keepTogether: true)
        }
        let minimum = table.columns.map { column in
            max(ColumnLayout.minimumWidth([column.heading], points: 8),
                ColumnLayout.minimumWidth(table.rows.compactMap { $0.value(column.key.value)?.plainText }, points: 8,
                                          indent: column.kind == .lijst ? 0.3 : 0))
        }
        let weights = ColumnLayout.weights(minimum: minimum, preferred: table.columns.map(\.weight))
        return Table(columns: weights.map { TableColumn(weight: $0) }, headerRows: [header], rows: rows)
    }

    private static func cellBlocks(_ text: RichText) -> [Block] {
        text.blocks(style: .smallTable).map { block in
            guard case .list(var list) = block else { return block }
            if case .bullet = list.marker { list.marker = .bullet("•") }
            list.itemStyle = .tableList
            return .list(list)
        }
    }
}
