import RaadsDocCore
import XMLSupport

/// Writes the blocks of a document tree as ODF text elements into
/// fragments, collecting the automatic styles they need on the way (page
/// breaks, table geometry, cell colours). `ContentWriter` then writes those
/// styles first and the fragments after them.
package final class BodyWriter {
    private var xml: XMLWriter
    private(set) var styles: AutomaticStyles
    private var pendingPageBreak = false
    /// The page style the next paragraph or table starts, taken over from a
    /// template's placeholder paragraph.
    private var pendingMasterPage: String?

    package init(geometry: PageGeometry, styleNamePrefix: String = "") throws(XMLError) {
        xml = try XMLWriter()
        styles = AutomaticStyles(geometry: geometry, namePrefix: styleNamePrefix)
    }

    /// The ODF elements of `blocks`, as a fragment of their own; the first
    /// of them starts the page style `masterPage` when one is given. The
    /// automatic styles of all fragments accumulate in `styles`.
    package func fragment(_ blocks: [Block], masterPage: String? = nil) throws(XMLError) -> [UInt8] {
        xml = try XMLWriter()
        pendingMasterPage = masterPage
        for block in blocks { write(block, listDepth: 0) }
        pendingMasterPage = nil
        return try xml.fragment()
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
        if pendingPageBreak || pendingMasterPage != nil {
            defer { pendingPageBreak = false; pendingMasterPage = nil }
            return styles.pageBreakStyle(basedOn: style, masterPage: pendingMasterPage)
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
            xml.odfText(label)
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
                xml.odfText(text)
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
            case .link(let url, let children) where !LinkScheme.isAllowed(url):
                // The input checks refuse such a link; a tree built otherwise keeps the text only.
                writeInlines(children)
            case .link(let url, let children):
                xml.startElement("text:a")
                xml.attribute("xlink:type", "simple")
                xml.attribute("xlink:href", LinkTarget.sanitized(url))
                writeInlines(children)
                xml.endElement()
            }
        }
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
        let names = styles.addTable(table, breakBefore: pendingPageBreak, masterPage: pendingMasterPage)
        pendingPageBreak = false
        pendingMasterPage = nil
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
        if row.keepTogether { xml.attribute("table:style-name", styles.keepTogetherRow) }
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
package enum SignatureCell {
    package static func blocks(for signatory: Signatory) -> [Block] {
        var blocks: [Block] = []
        if let organisation = signatory.organisation {
            blocks.append(.paragraph(Paragraph(.tableText, [.strong([.text(organisation)])])))
        }
        blocks.append(.text("Plaats: " + (signatory.place ?? "…………………………"), style: .tableText))
        blocks.append(.text("Datum: " + (signatory.date ?? "…………………………"), style: .tableText))
        blocks.append(.paragraph(Paragraph(.signatureLine, [])))
        blocks.append(.text(signatory.name, style: .gridSignatureName))
        blocks.append(.text(signatory.function, style: .gridSignatureFunction))
        return blocks
    }
}

/// Link targets as the schema's anyURI accepts them.
package enum LinkTarget {
    package static func sanitized(_ url: String) -> String {
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
