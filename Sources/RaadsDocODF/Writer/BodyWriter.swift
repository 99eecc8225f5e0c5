import RaadsDocCore
import XMLSupport

/// Writes the blocks of a document tree as ODF text elements into
/// fragments, collecting the automatic styles they need on the way (page
/// breaks, table geometry, cell colours). `ContentWriter` then writes those
/// styles first and the fragments after them.
package final class BodyWriter {
    var xml: XMLWriter
    var styles: AutomaticStyles
    private var pendingPageBreak = false
    /// The page style the next paragraph or table starts, taken over from a
    /// template's placeholder paragraph.
    private var pendingMasterPage: String?
    /// The alignment of the table column whose cell is being written.
    var cellAlignment: TextAlignment?
    /// Footnotes and figures written so far, for their names.
    var noteCount = 0
    var figureCount = 0
    var captionCount = 0
    /// The pictures the figures show, once each, in order of first use.
    package internal(set) var pictures: [PackagedPicture] = []
    /// The outline level of the last heading written.
    private var lastOutlineLevel = 0
    /// The numbered heading series begun so far: the `xml:id` of the list
    /// the next heading of the series continues, and the last number. A
    /// number that does not follow (a 1 in the next document of a bundle)
    /// begins the series anew.
    private var series: [String: (id: String, value: Int)] = [:]
    private var restartedSeries = 0
    /// The parts of the document (`Document.pageParts`), whose page
    /// styles `.part` blocks start.
    package var parts: [PagePart] = []
    /// The tracked changes of a redline met so far, and the change marks
    /// that wait for the start of the next paragraph (ChangeWriter.swift).
    package internal(set) var changedRegions: [ChangedRegion] = []
    var pendingMarks: [(element: String, id: String)] = []

    package init(geometry: PageGeometry, styleNamePrefix: String = "", metrics: TextMetrics = .standard) {
        xml = XMLWriter()
        styles = AutomaticStyles(geometry: geometry, namePrefix: styleNamePrefix, metrics: metrics)
    }

    /// The ODF elements of `blocks`, as a fragment of their own; the first
    /// of them starts the page style `masterPage` when one is given. The
    /// automatic styles of all fragments accumulate in `styles`.
    package func fragment(_ blocks: [Block], masterPage: String? = nil) throws(XMLError) -> [UInt8] {
        xml = XMLWriter()
        pendingMasterPage = masterPage
        for (index, block) in blocks.enumerated() {
            if case .tableOfContents(let depth, let title) = block {
                writeTableOfContents(depth: depth, title: title, following: blocks[(index + 1)...])
            } else {
                write(block, listDepth: 0)
            }
        }
        flushPendingMarks()
        pendingMasterPage = nil
        return try xml.fragment()
    }

    func write(_ block: Block, listDepth: Int) {
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
        case .figure(let figure):
            writeFigure(figure)
        case .pageBreak:
            pendingPageBreak = true
        case .part(let part):
            pendingPageBreak = false
            pendingMasterPage = parts.firstIndex(of: part).map(PartPages.masterPageName)
            if pendingMasterPage == nil { pendingPageBreak = true }
        case .tableOfContents(let depth, let title):
            writeTableOfContents(depth: depth, title: title, following: [])
        case .change(let change, let blocks):
            writeChangedBlocks(change, blocks, listDepth: listDepth)
        }
    }

    /// A table of contents of the headings in `following`, the blocks
    /// after it in its fragment.
    private func writeTableOfContents(depth: Int, title: String, following: ArraySlice<Block>) {
        let entries = TableOfContentsWriter.entries(following, depth: depth, previousLevel: lastOutlineLevel)
        TableOfContentsWriter.write(depth: depth, title: title, entries: entries,
                                    titleStyle: paragraphStyleName(.contentsHeading), to: xml)
    }

    // MARK: Paragraphs and headings

    /// The style name to use for a paragraph of `style`, taking a pending
    /// page break into account; `keepWithNext` keeps it on the page of the
    /// paragraph after it (not in a table cell, where it means nothing).
    /// `tight` packs it with its neighbours of the same style (a tight list).
    func paragraphStyleName(_ style: ParagraphStyle, keepWithNext: Bool = false, tight: Bool = false) -> String {
        if pendingPageBreak || pendingMasterPage != nil {
            defer { pendingPageBreak = false; pendingMasterPage = nil }
            return styles.pageBreakStyle(basedOn: style, masterPage: pendingMasterPage, keepWithNext: keepWithNext)
        }
        if let cellAlignment { return styles.alignedStyle(basedOn: style, cellAlignment) }
        if keepWithNext { return styles.keptWithNextStyle(basedOn: style) }
        if tight { return styles.tightStyle(basedOn: style) }
        return StyleName.encode(style.name)
    }

    /// A heading at its outline level, at most one below the heading before
    /// it, so the outline never skips a level. A numbered heading stands in
    /// a list of its series, nested as deep as its outline level: a new
    /// paragraph made from it in LibreOffice keeps that level and counts on.
    private func writeHeading(_ heading: Heading) {
        let level = min(max(heading.level, 1), 4, lastOutlineLevel + 1)
        lastOutlineLevel = level
        let style = paragraphStyleName(heading.style ?? .heading(level: min(max(heading.level, 1), 4)))
        guard let number = heading.number else {
            writeH(heading, style: style, level: level)
            return
        }
        xml.startElement("text:list")
        let continues = series[number.series].map { $0.value + 1 == number.value } ?? false
        if continues, let id = series[number.series]?.id {
            xml.attribute("text:continue-list", id)
            series[number.series]?.value = number.value
        } else {
            let id = "\(styles.namePrefix)reeks\(series.count + restartedSeries + 1)-" + StyleName.encode(number.series)
            if series[number.series] != nil { restartedSeries += 1 }
            series[number.series] = (id, number.value)
            xml.attribute("xml:id", id)
        }
        xml.attribute("text:style-name", styles.listStyle(ListLevelFormat(heading: number.format, depth: level)))
        for _ in 1..<level {
            xml.startElement("text:list-item")
            xml.startElement("text:list")
        }
        xml.startElement("text:list-item")
        if !continues && number.value != 1 { xml.attribute("text:start-value", String(number.value)) }
        xml.startElement("text:number")
        xml.odfText(number.label)
        xml.endElement()
        writeH(heading, style: style, level: level)
        xml.endElement()
        for _ in 1..<level {
            xml.endElement()
            xml.endElement()
        }
        xml.endElement()
    }

    private func writeH(_ heading: Heading, style: String, level: Int) {
        xml.startElement("text:h")
        xml.attribute("text:style-name", style)
        xml.attribute("text:outline-level", String(level))
        writePendingMarks()
        writeBookmarked(heading.bookmark, heading.content)
        xml.endElement()
    }

    func writeParagraph(style: ParagraphStyle, label: String?, _ content: [Inline], bookmark: String? = nil,
                        endMark: String? = nil, tight: Bool = false) {
        xml.startElement("text:p")
        xml.attribute("text:style-name", paragraphStyleName(style, keepWithNext: content.isLeadIn, tight: tight))
        writePendingMarks()
        if let label {
            xml.odfText(label)
            xml.emptyElement("text:tab")
        }
        writeBookmarked(bookmark, content)
        if let endMark {
            xml.startElement("text:change")
            xml.attribute("text:change-id", endMark)
            xml.endElement()
        }
        xml.endElement()
    }

    /// `content` between the start and end of the bookmark `name`, the
    /// target of cross-references.
    private func writeBookmarked(_ name: String?, _ content: [Inline]) {
        guard let name else {
            writeInlines(content)
            return
        }
        xml.startElement("text:bookmark-start")
        xml.attribute("text:name", name)
        xml.endElement()
        writeInlines(content)
        xml.startElement("text:bookmark-end")
        xml.attribute("text:name", name)
        xml.endElement()
    }

    // MARK: Inline content

    func writeInlines(_ inlines: [Inline]) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                xml.odfText(NoBreakSpaces.bound(text, numberFollows: inlines.isReference(at: index + 1)))
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
            case .reference(let bookmark, let text):
                // "number-no-superior": the label of the item alone, as
                // LibreOffice shows it (a final full stop left off).
                xml.startElement("text:bookmark-ref")
                xml.attribute("text:reference-format", "number-no-superior")
                xml.attribute("text:ref-name", bookmark)
                xml.odfText(text)
                xml.endElement()
            case .link(let url, let children) where !LinkScheme.isAllowed(url):
                // The input checks refuse such a link; a tree built otherwise keeps the text only.
                writeInlines(children)
            case .link(let url, let children):
                xml.startElement("text:a")
                xml.attribute("xlink:type", "simple")
                xml.attribute("xlink:href", LinkTarget.sanitized(url))
                writeInlines(children)
                xml.endElement()
            case .strikethrough(let children):
                xml.startElement("text:span")
                xml.attribute("text:style-name", styles.strikethroughStyle())
                writeInlines(children)
                xml.endElement()
            case .note(let blocks):
                writeNote(blocks)
            case .change(let change, let children):
                writeChange(change, children)
            }
        }
    }

    // MARK: Lists

    /// A list of the word processor, numbered by its list style, each item
    /// with its label as computed (`text:number`, what LibreOffice stores
    /// too). Labels the marker cannot produce, or items holding what a list
    /// item cannot (a table), make hanging paragraphs with the label typed.
    private func writeList(_ list: ListBlock, depth: Int, endMark: String? = nil) {
        let itemStyle = list.itemStyle ?? .listItem(depth: depth)
        let fits = list.items.allSatisfy { item in
            item.blocks.allSatisfy { block in
                block.fitsListItem
            }
        }
        guard list.labelsFollowMarker, fits else {
            writeTypedList(list, style: itemStyle, depth: depth)
            return
        }
        xml.startElement("text:list")
        let listStyle = styles.listStyle(ListLevelFormat(list.marker, style: itemStyle, depth: depth))
        xml.attribute("text:style-name", listStyle)
        let trailing = trailingDeletion(list)
        for index in list.items.indices {
            let item = list.items[index]
            if let trailing, index >= trailing.start { continue }
            if let trailing, index == trailing.start - 1 {
                xml.startElement("text:list-item")
                xml.startElement("text:number")
                xml.odfText(list.label(at: index))
                xml.endElement()
                let id = trailingDeletionRegion(list, from: trailing.start, listStyle: listStyle, itemStyle: itemStyle, depth: depth)
                writeItemBlocks(item, style: itemStyle, depth: depth, endMark: id, tight: list.isTight)
                xml.endElement()
                continue
            }
            let last = index == list.items.count - 1
            if let change = item.change, change.kind == .deletion {
                deletion(change) {
                    xml.startElement("text:list")
                    xml.attribute("text:style-name", styles.listStyle(ListLevelFormat(list.marker, style: itemStyle, depth: depth)))
                    xml.startElement("text:list-item")
                    writeItemBlocks(item, style: itemStyle, depth: depth, tight: list.isTight)
                    xml.endElement()
                    xml.endElement()
                    xml.emptyElement("text:p")
                }
                continue
            }
            let inserted = item.change.map(beginInsertion)
            xml.startElement("text:list-item")
            if index == list.items.startIndex, case .numbered(_, start: 0) = list.marker { xml.attribute("text:start-value", "0") }
            xml.startElement("text:number")
            xml.odfText(list.label(at: index))
            xml.endElement()
            writeItemBlocks(item, style: itemStyle, depth: depth, endMark: last ? endMark : nil, tight: list.isTight)
            xml.endElement()
            if let inserted { endInsertion(inserted) }
        }
        xml.endElement()
    }

    /// The paragraphs and nested lists of a list item: the first paragraph
    /// in the item style with the bookmark, the others as continuations.
    private func writeItemBlocks(_ item: ListItem, style itemStyle: ParagraphStyle, depth: Int, endMark: String? = nil,
                                 tight: Bool = false) {
        var first = true
        for (index, block) in item.blocks.enumerated() {
            if case .paragraph(let paragraph) = block {
                writeParagraph(style: first ? itemStyle : itemStyle.continuation, label: nil, paragraph.content,
                               bookmark: first ? item.bookmark : nil, endMark: index == item.blocks.count - 1 ? endMark : nil,
                               tight: tight)
            } else {
                if first { writeParagraph(style: itemStyle, label: nil, [], bookmark: item.bookmark, tight: tight) }
                if index == item.blocks.count - 1, let endMark, case .list(let list) = block {
                    writeList(list, depth: depth + 1, endMark: endMark)
                } else {
                    write(block, listDepth: depth)
                }
            }
            first = false
        }
        if first { writeParagraph(style: itemStyle, label: nil, [], bookmark: item.bookmark, endMark: endMark, tight: tight) }
    }

    /// The items deleted at the end of a redline's list, from `start`, when
    /// the item before them is not changed itself: their deletion then
    /// stands at the end of that item's last paragraph. At the start of the
    /// next paragraph (the next article heading) the first of them would
    /// take that paragraph's attributes.
    private func trailingDeletion(_ list: ListBlock) -> (start: Int, Void)? {
        var start = list.items.count
        while start > 0, list.items[start - 1].change?.kind == .deletion { start -= 1 }
        guard start < list.items.count, start > 0, list.items[start - 1].change == nil else { return nil }
        return (start, ())
    }

    /// The region of the deleted items at the end of `list`: an empty
    /// paragraph (the rest of the paragraph before), then the items as a
    /// list of their own in the same style, starting at the number of the
    /// first (checked: LibreOffice restores them with their own list
    /// attributes, where a plain paragraph would take those of the
    /// paragraph before, a deeper level when that is an onderdeel).
    private func trailingDeletionRegion(_ list: ListBlock, from start: Int, listStyle: String, itemStyle: ParagraphStyle,
                                        depth: Int) -> String? {
        guard let change = list.items[start].change else { return nil }
        let before = changedRegions.count
        deletion(change, anchorNow: false) {
            xml.emptyElement("text:p")
            xml.startElement("text:list")
            xml.attribute("text:style-name", listStyle)
            for index in start..<list.items.count {
                xml.startElement("text:list-item")
                if index == start, case .numbered(_, let first) = list.marker {
                    xml.attribute("text:start-value", String(first + index))
                }
                writeItemBlocks(list.items[index], style: itemStyle, depth: depth, tight: list.isTight)
                xml.endElement()
            }
            xml.endElement()
        }
        // Anchored in the paragraph before, not at the next one.
        pendingMarks.removeLast()
        return changedRegions.count > before ? changedRegions.last?.id : nil
    }

    /// Hanging-indent paragraphs with the label and a tab in the text.
    private func writeTypedList(_ list: ListBlock, style itemStyle: ParagraphStyle, depth: Int) {
        for index in list.items.indices {
            switch list.items[index].change {
            case let change? where change.kind == .deletion:
                deletion(change) {
                    writeTypedItem(list, at: index, style: itemStyle, depth: depth)
                    xml.emptyElement("text:p")
                }
            case let change?:
                let id = beginInsertion(change)
                writeTypedItem(list, at: index, style: itemStyle, depth: depth)
                endInsertion(id)
            case nil:
                writeTypedItem(list, at: index, style: itemStyle, depth: depth)
            }
        }
    }

    /// One item of a typed list: its label and a tab before its first paragraph.
    private func writeTypedItem(_ list: ListBlock, at index: Int, style itemStyle: ParagraphStyle, depth: Int) {
        let label = list.label(at: index)
        let bookmark = list.items[index].bookmark
        var labelWritten = false
        for block in list.items[index].blocks {
            switch block {
            case .paragraph(let paragraph) where !labelWritten:
                writeParagraph(style: itemStyle, label: label, paragraph.content, bookmark: bookmark)
                labelWritten = true
            case .paragraph(let paragraph):
                writeParagraph(style: itemStyle.continuation, label: nil, paragraph.content)
            default:
                if !labelWritten {
                    writeParagraph(style: itemStyle, label: label, [], bookmark: bookmark)
                    labelWritten = true
                }
                write(block, listDepth: depth)
            }
        }
        if !labelWritten { writeParagraph(style: itemStyle, label: label, [], bookmark: bookmark) }
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
            for (index, row) in table.headerRows.enumerated() { writeRow(row, table: table, first: index == 0) }
            xml.endElement()
        }
        for (index, row) in table.rows.enumerated() {
            writeRow(row, table: table, first: index == 0 && table.headerRows.isEmpty)
        }
        xml.endElement()
    }

    private func writeRow(_ row: TableRow, table: Table, first: Bool) {
        xml.startElement("table:table-row")
        if row.keepTogether { xml.attribute("table:style-name", styles.keepTogetherRow) }
        var column = 0
        defer { cellAlignment = nil }
        let edges = { (column: Int) in table.style == .grid ? CellEdges(top: first, left: column == 0) : nil }
        for cell in row.cells where column < table.columns.count {
            let span = min(max(cell.columnSpan, 1), table.columns.count - column)
            cellAlignment = table.columns[column].alignment
            xml.startElement("table:table-cell")
            xml.attribute("table:style-name", styles.cellStyle(edges: edges(column), background: cell.background))
            if span > 1 { xml.attribute("table:number-columns-spanned", String(span)) }
            writeValue(cell.value)
            if cell.blocks.isEmpty {
                writeParagraph(style: .tableText, label: nil, [])
            } else {
                for block in cell.blocks { write(block, listDepth: 0) }
            }
            xml.endElement()
            for _ in 1..<max(span, 1) { xml.emptyElement("table:covered-table-cell") }
            column += span
        }
        cellAlignment = nil
        while column < table.columns.count {
            xml.startElement("table:table-cell")
            xml.attribute("table:style-name", styles.cellStyle(edges: edges(column), background: nil))
            writeParagraph(style: .tableText, label: nil, [])
            xml.endElement()
            column += 1
        }
        xml.endElement()
    }

    /// The cell's value type, and the number it stands for when it has one.
    private func writeValue(_ value: CellValue?) {
        switch value {
        case .euros(let amount):
            xml.attribute("office:value-type", "currency")
            xml.attribute("office:currency", "EUR")
            xml.attribute("office:value", amount)
        case .number(let number):
            xml.attribute("office:value-type", "float")
            xml.attribute("office:value", number)
        case nil:
            xml.attribute("office:value-type", "string")
        }
    }

    // MARK: Signatures

    private func writeSignatures(_ block: SignatureBlock) {
        guard !block.signatories.isEmpty else { return }
        switch block.layout {
        case .sideBySide:
            let signatories = block.signatories
            let perRow = min(signatories.count, 3)
            var rows: [TableRow] = []
            for start in stride(from: 0, to: signatories.count, by: perRow) {
                let group = Array(signatories[start..<min(start + perRow, signatories.count)])
                rows.append(TableRow(group.map { TableCell.text($0.name, style: .signatureName) }))
                rows.append(TableRow(group.map { TableCell([.paragraph($0.functionParagraph(style: .signatureFunction))]) }))
            }
            writeTable(Table(columns: Array(repeating: TableColumn(), count: perRow), rows: rows,
                             style: .plain, keepTogether: true))
        case .signingGrid:
            // Parties signed by one person share a row two by two, as before;
            // a party signed by several gets a table of its own with its
            // signatories side by side, kept on one page.
            var single: [SigningParty] = []
            for party in block.parties {
                if party.signatories.count <= 1 {
                    single.append(party)
                    continue
                }
                writeSingleSignerGrid(single)
                single = []
                writeTable(party.gridTable)
            }
            writeSingleSignerGrid(single)
        }
    }

    private func writeSingleSignerGrid(_ parties: [SigningParty]) {
        guard !parties.isEmpty else { return }
        var rows: [TableRow] = []
        for start in stride(from: 0, to: parties.count, by: 2) {
            let pair = parties[start..<min(start + 2, parties.count)]
            rows.append(TableRow(pair.map { TableCell($0.gridHeader + $0.signatories.flatMap(\.gridSignature)) }))
        }
        writeTable(Table(columns: [TableColumn(), TableColumn()], rows: rows, style: .plain,
                         keepTogether: rows.count <= 3))
    }
}

extension Block {
    /// Whether a word processor's list item can hold the block.
    fileprivate var fitsListItem: Bool {
        switch self {
        case .paragraph, .list: true
        case .change(_, let blocks): blocks.allSatisfy(\.fitsListItem)
        default: false
        }
    }
}

/// A party with several signatories in a signing grid: its header across
/// the width, its signatories two by two below it.
extension SigningParty {
    var gridTable: Table {
        var rows = [TableRow([TableCell(gridHeader, columnSpan: 2)])]
        for start in stride(from: 0, to: signatories.count, by: 2) {
            let pair = signatories[start..<min(start + 2, signatories.count)]
            rows.append(TableRow(pair.map { TableCell($0.gridSignature) }))
        }
        return Table(columns: [TableColumn(), TableColumn()], rows: rows, style: .plain, keepTogether: true)
    }
}

/// Link targets as the schema's anyURI accepts them (libxml2 parses the
/// value as an RFC 3986 reference): spaces, quotes and angle brackets,
/// square brackets outside the host (an IPv6 address), a `%` that starts
/// no escape and every `#` after the first are percent-encoded. A target
/// that was valid stays as it was; one that is still not (a host with a
/// second colon, say) keeps its scheme and has everything after it but
/// letters, digits, `-._~` and `/` percent-encoded, which always parses.
package enum LinkTarget {
    package static func sanitized(_ url: String) -> String {
        let encoded = encodingRefusedCharacters(url)
        return AnyURI.isValid(encoded) ? encoded : encodingAllButPlainCharacters(encoded)
    }

    private static func encodingAllButPlainCharacters(_ url: String) -> String {
        let split = url.firstIndex(of: ":").flatMap { LinkScheme.scheme(of: url) != nil ? url.index(after: $0) : nil }
            ?? (url.hasPrefix("#") ? url.index(after: url.startIndex) : url.startIndex)
        var result = String(url[..<split])
        for byte in url[split...].utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    private static func encodingRefusedCharacters(_ url: String) -> String {
        // Nearly every target holds none of these: it comes back as it is.
        var fragments = 0
        let plain = url.utf8.allSatisfy { byte in
            if byte == UInt8(ascii: "#") { fragments += 1 }
            return !mayBeEncoded(byte) && fragments <= 1
        }
        if plain { return url }
        let scalars = Array(url.unicodeScalars)
        let host = hostRange(scalars)
        var result = ""
        var fragment = false
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case " ": result += "%20"
            case "\"": result += "%22"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "[" where !host.contains(index): result += "%5B"
            case "]" where !host.contains(index): result += "%5D"
            case "%" where !startsEscape(scalars, at: index): result += "%25"
            case "#" where fragment: result += "%23"
            default:
                if scalar == "#" { fragment = true }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The bytes that `encodingRefusedCharacters` may encode, besides a
    /// second `#`.
    private static func mayBeEncoded(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "%"): true
        default: false
        }
    }

    /// The positions of the authority after `scheme://`, up to the first
    /// `/`, `?` or `#`; empty when the target has none.
    private static func hostRange(_ scalars: [Unicode.Scalar]) -> Range<Int> {
        guard let colon = scalars.firstIndex(of: ":"), !scalars[..<colon].contains(where: { "/?#".unicodeScalars.contains($0) }),
              colon + 2 < scalars.count, scalars[colon + 1] == "/", scalars[colon + 2] == "/" else { return 0..<0 }
        let start = colon + 3
        let end = scalars[start...].firstIndex { "/?#".unicodeScalars.contains($0) } ?? scalars.count
        return start..<end
    }

    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index + 2 < scalars.count && scalars[index + 1].properties.isASCIIHexDigit && scalars[index + 2].properties.isASCIIHexDigit
    }
}
