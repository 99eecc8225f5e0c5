import RaadsDocCore

/// Walks the blocks of a document tree as `BodyWriter` does for ODF and
/// writes each node as semantic HTML: headings at their outline level
/// (never skipping one), real lists, tables with header cells, figures
/// with their alternative text, signatures, and footnotes collected for
/// the end with links both ways. Every node of the tree has its HTML here.
final class HTMLBodyWriter {
    private(set) var html = ""
    /// The footnotes met so far, numbered from 1, written by `writeNotes`.
    private var notes: [[Block]] = []
    private var lastOutlineLevel = 0
    /// How many captions of each label ("Figuur", "Tabel") were written.
    private var captions: [String: Int] = [:]
    /// The ids of the top-level headings, by their index among the blocks:
    /// the heading's bookmark, or "kop-N"; a table of contents links there.
    private var headingIDs: [Int: String] = [:]
    private var cellAlignment: TextAlignment?

    /// Writes `blocks`, the document's blocks in order, then its footnotes.
    func write(document blocks: [Block]) {
        for (index, block) in blocks.enumerated() {
            if case .heading(let heading) = block {
                headingIDs[index] = heading.bookmark.map(HTMLText.identifier) ?? "kop-\(index + 1)"
            }
        }
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let heading):
                writeHeading(heading, id: headingIDs[index])
            case .tableOfContents(let depth, let title):
                writeTableOfContents(depth: depth, title: title, following: Array(blocks.enumerated().dropFirst(index + 1)))
            default:
                write(block)
            }
        }
        writeNotes()
    }

    func write(_ block: Block) {
        switch block {
        case .heading(let heading):
            writeHeading(heading, id: heading.bookmark.map(HTMLText.identifier))
        case .paragraph(let paragraph):
            writeParagraph(paragraph.style, paragraph.content)
        case .list(let list):
            writeList(list, depth: 1)
        case .table(let table):
            writeTable(table)
        case .signatures(let block):
            writeSignatures(block)
        case .figure(let figure):
            writeFigure(figure)
        case .pageBreak, .part:
            html += "<hr class=\"pagina-einde\">\n"
        case .tableOfContents(let depth, let title):
            writeTableOfContents(depth: depth, title: title, following: [])
        case .change(let change, let blocks):
            let element = change.kind == .insertion ? "ins" : "del"
            html += "<\(element) class=\"wijziging\">\n"
            for child in blocks { write(child) }
            html += "</\(element)>\n"
        }
    }

    // MARK: Headings and paragraphs

    /// The outline level as the ODF writer gives it: at most one below the
    /// heading before, so the page's headings never skip a level.
    private func outlineLevel(_ heading: Heading, after previous: Int) -> Int {
        min(max(heading.level, 1), 4, previous + 1)
    }

    private func writeHeading(_ heading: Heading, id: String?) {
        let level = outlineLevel(heading, after: lastOutlineLevel)
        lastOutlineLevel = level
        let style = heading.style ?? .heading(level: min(max(heading.level, 1), 4))
        html += "<h\(level) class=\"\(HTMLText.styleClass(style.name))\"" + idAttribute(id) + ">"
        if let number = heading.number {
            html += "<span class=\"nummer\">" + HTMLText.escaped(number.label) + "</span>"
            if !heading.content.isEmpty { html += " " }
        }
        writeInlines(heading.content)
        html += "</h\(level)>\n"
    }

    private func idAttribute(_ id: String?) -> String {
        id.map { " id=\"" + HTMLText.escaped($0) + "\"" } ?? ""
    }

    private func writeParagraph(_ style: ParagraphStyle, _ content: [Inline], label: String? = nil,
                                labelHidden: Bool = false) {
        html += "<p class=\"" + HTMLText.styleClass(style.name) + "\""
        if let cellAlignment { html += " style=\"text-align:\(cellAlignment.rawValue)\"" }
        html += ">"
        if let label {
            html += "<span class=\"label\"" + (labelHidden ? " aria-hidden=\"true\"" : "") + ">"
                + HTMLText.escaped(label) + "</span>"
        }
        writeInlines(content)
        html += "</p>\n"
    }

    // MARK: Inline content

    func writeInlines(_ inlines: [Inline]) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                html += HTMLText.escaped(NoBreakSpaces.bound(text, numberFollows: inlines.isReference(at: index + 1)))
            case .emphasis(let children):
                html += "<em>"
                writeInlines(children)
                html += "</em>"
            case .strong(let children):
                html += "<strong>"
                writeInlines(children)
                html += "</strong>"
            case .strikethrough(let children):
                html += "<s>"
                writeInlines(children)
                html += "</s>"
            case .lineBreak:
                html += "<br>"
            case .tab:
                html += "<span class=\"tab\">\t</span>"
            case .link(let url, let children) where !LinkScheme.isAllowed(url):
                // As in ODF: the input checks refuse such a link; a tree
                // built otherwise keeps the text only.
                writeInlines(children)
            case .link(let url, let children):
                html += "<a href=\"" + HTMLText.escaped(url) + "\">"
                writeInlines(children)
                html += "</a>"
            case .reference(let bookmark, let text):
                html += "<a class=\"verwijzing\" href=\"#" + HTMLText.escaped(HTMLText.identifier(bookmark)) + "\">"
                    + HTMLText.escaped(text) + "</a>"
            case .change(let change, let children):
                let element = change.kind == .insertion ? "ins" : "del"
                html += "<\(element)>"
                writeInlines(children)
                html += "</\(element)>"
            case .note(let blocks):
                notes.append(blocks)
                let number = notes.count
                html += "<sup class=\"voetnootverwijzing\"><a href=\"#voetnoot-\(number)\" id=\"voetnootverwijzing-\(number)\""
                    + " role=\"doc-noteref\" aria-label=\"voetnoot \(number)\">\(number)</a></sup>"
            }
        }
    }

    // MARK: Lists

    /// `ol` or `ul` with each item's label as the tree computed it (the
    /// number a cross-reference cites), in the item's paragraph style.
    private func writeList(_ list: ListBlock, depth: Int) {
        let itemStyle = list.itemStyle ?? .listItem(depth: depth)
        let tag: String
        let bullet: Bool
        switch list.marker {
        case .bullet: (tag, bullet) = ("ul", true)
        case .numbered: (tag, bullet) = ("ol", false)
        }
        html += "<\(tag) class=\"lijst\(list.isTight ? " aaneengesloten" : "")\">\n"
        for index in list.items.indices {
            let item = list.items[index]
            html += "<li" + idAttribute(item.bookmark.map(HTMLText.identifier)) + ">"
            let label = list.label(at: index)
            var labelWritten = false
            for block in item.blocks {
                switch block {
                case .paragraph(let paragraph) where !labelWritten:
                    writeParagraph(itemStyle, paragraph.content, label: label, labelHidden: bullet)
                    labelWritten = true
                case .paragraph(let paragraph):
                    writeParagraph(itemStyle.continuation, paragraph.content)
                case .list(let nested):
                    if !labelWritten { writeParagraph(itemStyle, [], label: label, labelHidden: bullet) }
                    labelWritten = true
                    writeList(nested, depth: depth + 1)
                default:
                    if !labelWritten { writeParagraph(itemStyle, [], label: label, labelHidden: bullet) }
                    labelWritten = true
                    write(block)
                }
            }
            if !labelWritten { writeParagraph(itemStyle, [], label: label, labelHidden: bullet) }
            html += "</li>\n"
        }
        html += "</\(tag)>\n"
    }

    // MARK: Tables

    /// A table: header rows as `thead` with `th scope`, body rows as
    /// `td`, missing cells filled up to the declared columns as the ODF
    /// writer does. A plain table without header rows lays out a
    /// letterhead or label/value pairs: it is marked as presentation.
    private func writeTable(_ table: Table) {
        guard !table.columns.isEmpty else { return }
        let total = table.columns.reduce(0) { $0 + max($1.weight, 0) }
        let grid = table.style == .grid
        html += "<table class=\"\(grid ? "raster" : "vrij")\""
        if !grid && table.headerRows.isEmpty { html += " role=\"presentation\"" }
        html += ">\n<colgroup>"
        for column in table.columns {
            let share = total > 0 ? max(column.weight, 0) / total * 100 : 100 / Double(table.columns.count)
            html += "<col style=\"width:\(Self.percentage(share))%\">"
        }
        html += "</colgroup>\n"
        if !table.headerRows.isEmpty {
            html += "<thead>\n"
            for row in table.headerRows { writeRow(row, table: table, header: true) }
            html += "</thead>\n"
        }
        html += "<tbody>\n"
        for row in table.rows { writeRow(row, table: table, header: false) }
        html += "</tbody>\n</table>\n"
    }

    /// A share with at most two decimals, the same on every machine.
    private static func percentage(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return String(hundredths / 100) + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction))
    }

    private func writeRow(_ row: TableRow, table: Table, header: Bool) {
        html += "<tr>"
        var column = 0
        let tag = header ? "th" : "td"
        for cell in row.cells where column < table.columns.count {
            let span = min(max(cell.columnSpan, 1), table.columns.count - column)
            cellAlignment = table.columns[column].alignment
            html += "<\(tag)"
            if header { html += span > 1 ? " scope=\"colgroup\"" : " scope=\"col\"" }
            if span > 1 { html += " colspan=\"\(span)\"" }
            if let background = cell.background, Self.isHexColour(background.hex) {
                html += " style=\"background-color:\(background.hex)\""
            }
            html += ">"
            for block in cell.blocks { write(block) }
            html += "</\(tag)>"
            column += span
        }
        cellAlignment = nil
        while column < table.columns.count {
            html += "<\(tag)></\(tag)>"
            column += 1
        }
        html += "</tr>\n"
    }

    private static func isHexColour(_ hex: String) -> Bool {
        let digits = hex.utf8.dropFirst()
        return hex.hasPrefix("#") && digits.count == 6
            && digits.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    // MARK: Signatures and figures

    private func writeSignatures(_ block: SignatureBlock) {
        guard !block.signatories.isEmpty else { return }
        switch block.layout {
        case .sideBySide:
            html += "<div class=\"ondertekenaars\">\n"
            for signatory in block.signatories {
                html += "<div>\n"
                writeParagraph(.signatureName, [.text(signatory.name)])
                let function = signatory.functionParagraph(style: .signatureFunction)
                writeParagraph(function.style, function.content)
                html += "</div>\n"
            }
        case .signingGrid:
            html += "<div class=\"tekengrid\">\n"
            for party in block.parties {
                html += "<div>\n"
                for cellBlock in party.gridHeader + party.signatories.flatMap(\.gridSignature) { write(cellBlock) }
                html += "</div>\n"
            }
        }
        html += "</div>\n"
    }

    /// The picture inline as a data: URI, so the page is one file, at its
    /// natural size (scaled down to the column by the style sheet).
    private func writeFigure(_ figure: Figure) {
        let picture = figure.picture
        html += "<figure>\n<img src=\"data:\(picture.format.mediaType);base64,\(HTMLText.base64(picture.bytes))\""
            + " alt=\"" + HTMLText.escaped(figure.alternativeText) + "\""
            + " width=\"\(Int(picture.width.rounded()))\" height=\"\(Int(picture.height.rounded()))\">\n"
        if !figure.caption.isEmpty {
            let number = (captions[figure.label] ?? 0) + 1
            captions[figure.label] = number
            html += "<figcaption class=\"" + HTMLText.styleClass(ParagraphStyle.note.name) + "\">"
                + HTMLText.escaped(figure.label) + " \(number): "
            writeInlines(figure.caption)
            html += "</figcaption>\n"
        }
        html += "</figure>\n"
    }

    // MARK: Table of contents and footnotes

    /// The headings among `following` down to `depth`, each a link to
    /// the heading; numbers and text as the ODT's table of contents.
    private func writeTableOfContents(depth: Int, title: String, following: [(offset: Int, element: Block)]) {
        let depth = min(max(depth, 1), 4)
        html += "<nav class=\"inhoudsopgave\" aria-label=\"" + HTMLText.escaped(title) + "\">\n"
        html += "<p class=\"" + HTMLText.styleClass(ParagraphStyle.contentsHeading.name) + "\">" + HTMLText.escaped(title) + "</p>\n"
        html += "<ol class=\"inhoud\">\n"
        var last = lastOutlineLevel
        for case (let index, .heading(let heading)) in following {
            let level = outlineLevel(heading, after: last)
            last = level
            guard level <= depth, let id = headingIDs[index] else { continue }
            html += "<li class=\"" + HTMLText.styleClass(ParagraphStyle.contents(level: level).name) + "\">"
                + "<a href=\"#" + HTMLText.escaped(id) + "\">" + HTMLText.escaped(heading.text) + "</a></li>\n"
        }
        html += "</ol>\n</nav>\n"
    }

    /// The footnotes, in order, each with a link back to where it is
    /// cited; a footnote inside a footnote is numbered after the others.
    private func writeNotes() {
        guard !notes.isEmpty else { return }
        html += "<section class=\"voetnoten\" role=\"doc-endnotes\" aria-labelledby=\"voetnoten-kop\">\n"
        // Below the last heading's level at most one step, as every heading.
        let level = min(lastOutlineLevel + 1, 2)
        html += "<h\(level) id=\"voetnoten-kop\">Voetnoten</h\(level)>\n<ol>\n"
        var index = 0
        while index < notes.count {
            let number = index + 1
            html += "<li id=\"voetnoot-\(number)\">\n"
            for block in notes[index] { write(block) }
            html += "<p><a href=\"#voetnootverwijzing-\(number)\" role=\"doc-backlink\""
                + " aria-label=\"terug naar de tekst bij voetnoot \(number)\">↩</a></p>\n</li>\n"
            index += 1
        }
        html += "</ol>\n</section>\n"
    }
}
