/// A deterministic, readable text form of a document tree: one line per
/// block, nested blocks indented, labels of list items as the writer will
/// print them. For golden tests of composition and for debugging a kind
/// without opening the .odt.
///
///     heading 2 [Artikelkop] Artikel 4 Governance
///     list [Lid]
///       item "3."
///         paragraph [Tekst] Er is een regionaal bestuurlijk overleg.
///
/// Inline markup shows as *nadruk*, **vet**, ~~doorgehaald~~, [tekst](url),
/// ⏎ for a line break, → for a tab and [^…] for a note holding its blocks.
public enum TreeDump {
    public static func text(_ document: Document) -> String {
        var lines: [String] = []
        let metadata = document.metadata
        lines.append("metadata title=\(quoted(metadata.title)) subject=\(quoted(metadata.subject)) date=\(metadata.date?.iso ?? "-") "
            + "language=\(metadata.language) keywords=[\(metadata.keywords.map(quoted).joined(separator: ", "))]")
        lines.append("page header=\(quoted(document.page.headerText)) footer=\(quoted(document.page.footerText))")
        lines.append("fields")
        for key in document.fields.keys.sorted() {
            lines.append("  \(key)=\(quoted(document.fields[key] ?? ""))")
        }
        for (name, blocks) in [("header", document.header), ("body", document.body),
                               ("signature", document.signature), ("attachments", document.attachments)] {
            lines.append(name)
            for block in blocks { dump(block, depth: 1, into: &lines) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ block: Block, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch block {
        case .heading(let heading):
            let style = heading.style.map { " [\($0.name)]" } ?? ""
            let number = heading.number.map { "\($0.label) " } ?? ""
            lines.append("\(indent)heading \(heading.level)\(style) \(number)\(inlines(heading.content))")
        case .paragraph(let paragraph):
            lines.append("\(indent)paragraph [\(paragraph.style.name)] \(inlines(paragraph.content))")
        case .list(let list):
            lines.append("\(indent)list" + (list.itemStyle.map { " [\($0.name)]" } ?? ""))
            for index in list.items.indices {
                let change = list.items[index].change.map { " " + marker($0) } ?? ""
                lines.append("\(indent)  item \(quoted(list.label(at: index)))\(change)")
                for child in list.items[index].blocks { dump(child, depth: depth + 2, into: &lines) }
            }
        case .table(let table):
            let weights = table.columns.map { String($0.weight) + ($0.alignment.map { ":\($0)" } ?? "") }.joined(separator: " ")
            lines.append("\(indent)table columns=[\(weights)] style=\(table.style) keepTogether=\(table.keepTogether)")
            for (kind, rows) in [("header-row", table.headerRows), ("row", table.rows)] {
                for row in rows {
                    lines.append("\(indent)  \(kind)" + (row.keepTogether ? " keepTogether" : ""))
                    for cell in row.cells {
                        let extras = (cell.background.map { " background=\($0.hex)" } ?? "")
                            + (cell.columnSpan > 1 ? " span=\(cell.columnSpan)" : "")
                        lines.append("\(indent)    cell\(extras)")
                        for child in cell.blocks { dump(child, depth: depth + 3, into: &lines) }
                    }
                }
            }
        case .signatures(let signatures):
            lines.append("\(indent)signatures \(signatures.layout)")
            for party in signatures.parties {
                let partyFields = [("organisation", party.organisation), ("on-behalf-of", party.onBehalfOf), ("place", party.place),
                                   ("date", party.date)]
                lines.append("\(indent)  party " + attributes(partyFields))
                for signatory in party.signatories {
                    let fields = [("name", signatory.name), ("function", signatory.function), ("mandate", signatory.mandate)]
                    lines.append("\(indent)    signatory " + attributes(fields))
                }
            }
        case .figure(let figure):
            let picture = figure.picture
            lines.append("\(indent)figure \(picture.format.rawValue) \(picture.width)x\(picture.height) "
                + "alt=\(quoted(figure.alternativeText)) \(figure.label): \(inlines(figure.caption))")
        case .pageBreak:
            lines.append("\(indent)page-break")
        case .part(let part):
            lines.append("\(indent)part \(quoted(part.label)) header=\(quoted(part.headerText)) footer=\(quoted(part.footerText))")
        case .tableOfContents(let depth, let title):
            lines.append("\(indent)table-of-contents depth=\(depth)" + (title == "Inhoud" ? "" : " title=\(quoted(title))"))
        case .change(let change, let blocks):
            lines.append("\(indent)\(marker(change))")
            for child in blocks { dump(child, depth: depth + 1, into: &lines) }
        }
    }

    private static func inlines(_ content: [Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let children): "*\(inlines(children))*"
            case .strong(let children): "**\(inlines(children))**"
            case .lineBreak: "⏎"
            case .tab: "→"
            case .link(let url, let children): "[\(inlines(children))](\(url))"
            case .strikethrough(let children): "~~\(inlines(children))~~"
            case .note(let blocks): "[^" + blocks.map(noteText).joined(separator: " ¶ ") + "]"
            case .reference(_, let text): text
            case .change(let change, let children): "{\(marker(change)) \(inlines(children))}"
            }
        }.joined()
    }

    /// "inserted" or "deleted", with the comment.
    private static func marker(_ change: TrackedChange) -> String {
        (change.kind == .insertion ? "inserted" : "deleted") + (change.comment.map { " (\($0))" } ?? "")
    }

    /// A note's block on one line, inside the `[^…]` of its citation.
    private static func noteText(_ block: Block) -> String {
        var lines: [String] = []
        dump(block, depth: 0, into: &lines)
        return lines.joined(separator: " / ")
    }

    /// `name="value"` for each field that has a value.
    private static func attributes(_ fields: [(String, String?)]) -> String {
        fields.compactMap { name, value in value.map { "\(name)=\(quoted($0))" } }.joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\"", with: "\\\"") + "\""
    }
}
