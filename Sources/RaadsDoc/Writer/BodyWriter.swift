import XMLSupport

/// Writes the blocks of a document tree as ODF text elements into a
/// fragment, collecting the automatic styles they need on the way (page
/// breaks, table geometry, cell colours). `ContentWriter` then writes those
/// styles first and the fragment after them.
final class BodyWriter {
    let xml: XMLWriter
    var styles: AutomaticStyles
    private var pendingPageBreak = false

    init(geometry: PageGeometry) throws(XMLError) {
        xml = try XMLWriter()
        styles = AutomaticStyles(geometry: geometry)
    }

    func write(_ blocks: [Block]) {
        for block in blocks { write(block, listDepth: 0) }
    }

    private func write(_ block: Block, listDepth: Int) {
        switch block {
        case .heading(let heading):
            writeHeading(heading)
        case .paragraph(let paragraph):
            writeParagraph(style: paragraph.style, label: nil, paragraph.content)
        case .list(let list):
            writeList(list, depth: listDepth + 1)
        case .table(let table):
            writeTable(table)
        case .signatures(let block):
            writeSignatures(block)
        case .pageBreak:
            pendingPageBreak = true
        }
    }

    // MARK: Paragraphs and headings

    /// The style name to use for a paragraph of `style`, taking a pending
    /// page break into account.
    private func paragraphStyleName(_ style: ParagraphStyle) -> String {
        if pendingPageBreak {
            pendingPageBreak = false
            return styles.pageBreakStyle(basedOn: style)
        }
        return StyleName.encode(style.name)
    }

    private func writeHeading(_ heading: Heading) {
        let level = min(max(heading.level, 1), 4)
        xml.startElement("text:h")
        xml.attribute("text:style-name", paragraphStyleName(heading.style ?? .heading(level: level)))
        xml.attribute("text:outline-level", String(level))
        writeInlines(heading.content)
        xml.endElement()
    }

    private func writeParagraph(style: ParagraphStyle, label: String?, _ content: [Inline]) {
        xml.startElement("text:p")
        xml.attribute("text:style-name", paragraphStyleName(style))
        if let label {
            writeText(label)
            xml.emptyElement("text:tab")
        }
        writeInlines(content)
        xml.endElement()
    }

    // MARK: Inline content

    private func writeInlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writeText(text)
            case .emphasis(let children):
                xml.startElement("text:span")
                xml.attribute("text:style-name", StyleName.encode(HouseStyle.emphasisStyle))
                writeInlines(children)
                xml.endElement()
            case .strong(let children):
                xml.startElement("text:span")
                xml.attribute("text:style-name", StyleName.encode(HouseStyle.strongStyle))
                writeInlines(children)
                xml.endElement()
            case .lineBreak:
                xml.emptyElement("text:line-break")
            case .tab:
                xml.emptyElement("text:tab")
            case .link(let url, let children):
                xml.startElement("text:a")
                xml.attribute("xlink:type", "simple")
                xml.attribute("xlink:href", LinkTarget.sanitized(url))
                writeInlines(children)
                xml.endElement()
            }
        }
    }

    /// Writes text with ODF's white-space rules: runs of spaces become
    /// `<text:s text:c="n"/>`, tabs `<text:tab/>` and newlines
    /// `<text:line-break/>`, so that what the author wrote is what shows.
    func writeText(_ text: String) {
        var run = ""
        var spaces = 0
        var atStart = true
        func flushSpaces() {
            guard spaces > 0 else { return }
            if atStart || spaces > 1 {
                let literal = atStart ? 0 : 1
                if literal == 1 { run += " " }
                if !run.isEmpty { xml.text(run); run = "" }
                xml.startElement("text:s")
                if spaces - literal > 1 { xml.attribute("text:c", String(spaces - literal)) }
                xml.endElement()
            } else {
                run += " "
            }
            spaces = 0
        }
        for character in text {
            switch character {
            case " ":
                spaces += 1
            case "\t", "\n", "\r\n", "\r":
                flushSpaces()
                if !run.isEmpty { xml.text(run); run = "" }
                xml.emptyElement(character == "\t" ? "text:tab" : "text:line-break")
                atStart = false
            default:
                flushSpaces()
                run.append(character)
                atStart = false
            }
        }
        if spaces > 0 {
            atStart = atStart && run.isEmpty
            flushSpaces()
        }
        if !run.isEmpty { xml.text(run) }
    }

    // MARK: Lists

    /// A list becomes hanging-indent paragraphs with the label and a tab in
    /// the text: the numbers on paper are the ones the composer computed.
    private func writeList(_ list: ListBlock, depth: Int) {
        let itemStyle = list.itemStyle ?? .listItem(depth: depth)
        for index in list.items.indices {
            let label = list.label(at: index)
            var labelWritten = false
            for block in list.items[index].blocks {
                switch block {
                case .paragraph(let paragraph) where !labelWritten:
                    writeParagraph(style: itemStyle, label: label, paragraph.content)
                    labelWritten = true
                case .paragraph(let paragraph):
                    writeParagraph(style: itemStyle.continuation, label: nil, paragraph.content)
                default:
                    if !labelWritten {
                        writeParagraph(style: itemStyle, label: label, [])
                        labelWritten = true
                    }
                    write(block, listDepth: depth)
                }
            }
            if !labelWritten { writeParagraph(style: itemStyle, label: label, []) }
        }
    }

    // MARK: Tables

    private func writeTable(_ table: Table) {
        guard !table.columns.isEmpty else { return }
        let breakBefore = pendingPageBreak
        pendingPageBreak = false
        let names = styles.addTable(table, breakBefore: breakBefore)
        xml.startElement("table:table")
        xml.attribute("table:name", names.table)
        xml.attribute("table:style-name", names.table)
        for column in names.columns {
            xml.startElement("table:table-column")
            xml.attribute("table:style-name", column)
            xml.endElement()
        }
        if !table.headerRows.isEmpty {
            xml.startElement("table:table-header-rows")
            for row in table.headerRows { writeRow(row, table: table) }
            xml.endElement()
        }
        for row in table.rows { writeRow(row, table: table) }
        xml.endElement()
    }

    private func writeRow(_ row: TableRow, table: Table) {
        xml.startElement("table:table-row")
        if row.keepTogether { xml.attribute("table:style-name", AutomaticStyles.keepTogetherRow) }
        var column = 0
        for cell in row.cells where column < table.columns.count {
            let span = min(max(cell.columnSpan, 1), table.columns.count - column)
            xml.startElement("table:table-cell")
            xml.attribute("table:style-name", styles.cellStyle(grid: table.style == .grid, background: cell.background))
            if span > 1 { xml.attribute("table:number-columns-spanned", String(span)) }
            xml.attribute("office:value-type", "string")
            if cell.blocks.isEmpty {
                writeParagraph(style: .tableText, label: nil, [])
            } else {
                for block in cell.blocks { write(block, listDepth: 0) }
            }
            xml.endElement()
            for _ in 1..<max(span, 1) { xml.emptyElement("table:covered-table-cell") }
            column += span
        }
        while column < table.columns.count {
            xml.startElement("table:table-cell")
            xml.attribute("table:style-name", styles.cellStyle(grid: table.style == .grid, background: nil))
            writeParagraph(style: .tableText, label: nil, [])
            xml.endElement()
            column += 1
        }
        xml.endElement()
    }

    // MARK: Signatures

    private func writeSignatures(_ block: SignatureBlock) {
        guard !block.signatories.isEmpty else { return }
        switch block.layout {
        case .sideBySide:
            let perRow = min(block.signatories.count, 3)
            var rows: [TableRow] = []
            for start in stride(from: 0, to: block.signatories.count, by: perRow) {
                let group = Array(block.signatories[start..<min(start + perRow, block.signatories.count)])
                rows.append(TableRow(group.map { TableCell.text($0.name, style: .signatureName) }))
                rows.append(TableRow(group.map { TableCell.text($0.function, style: .signatureFunction) }))
            }
            writeTable(Table(columns: Array(repeating: TableColumn(), count: perRow), rows: rows,
                             style: .plain, keepTogether: true))
        case .signingGrid:
            var rows: [TableRow] = []
            for start in stride(from: 0, to: block.signatories.count, by: 2) {
                let pair = block.signatories[start..<min(start + 2, block.signatories.count)]
                rows.append(TableRow(pair.map { TableCell(SignatureCell.blocks(for: $0)) }))
            }
            writeTable(Table(columns: [TableColumn(), TableColumn()], rows: rows, style: .plain,
                             keepTogether: rows.count <= 3))
        }
    }
}

/// The content of one party's cell in a signing grid.
enum SignatureCell {
    static func blocks(for signatory: Signatory) -> [Block] {
        var blocks: [Block] = []
        if let organisation = signatory.organisation {
            blocks.append(.paragraph(Paragraph(.tableText, [.strong([.text(organisation)])])))
        }
        blocks.append(.text("Plaats: " + (signatory.place ?? "…………………………"), style: .tableText))
        blocks.append(.text("Datum: " + (signatory.date ?? "…………………………"), style: .tableText))
        blocks.append(.paragraph(Paragraph(.signatureLine, [])))
        blocks.append(.text(signatory.name, style: .signatureName))
        blocks.append(.text(signatory.function, style: .signatureFunction))
        return blocks
    }
}

/// Link targets as the schema's anyURI accepts them.
enum LinkTarget {
    static func sanitized(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "\"": result += "%22"
            case "<": result += "%3C"
            case ">": result += "%3E"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
