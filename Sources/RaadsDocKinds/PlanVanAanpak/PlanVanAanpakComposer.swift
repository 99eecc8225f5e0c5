import RaadsDocCore
import RaadsDocSchema

extension PlanVanAanpak {
    public static func compose(_ checked: Checked, context: ComposeContext) -> Document {
        let model = checked.model
        var header: [Block] = [.text(model.title.value, style: .title)]
        if let version = model.version {
            header.append(.text("versie " + version.value.dutch, style: .subtitle))
        }
        let periode = model.periode ?? Periode(start: Datum.epoch, end: Datum.epoch)
        var body: [Block] = []
        for (index, chapter) in chapters(of: model).enumerated() {
            body.append(.heading(Heading(level: 1, [.text(chapter.heading)], number: .chapter(index + 1))))
            body += chapter.text?.blocks() ?? []
            if let part = chapter.part {
                body += blocks(of: part, model: model, totals: checked.begrotingTotals, periode: periode)
            }
            body += chapter.closing?.blocks() ?? []
            body += Section.blocks(chapter.sections, level: 2)
        }
        var attachments: [Block] = []
        for (index, appendix) in model.appendices.enumerated() {
            attachments.append(.pageBreak)
            if context.attachmentNumber != nil {
                // In a bundle the plan's bijlage 1 is "Bijlage 2.1"; the label
                // keeps the plan's own "zie bijlage 1" findable.
                attachments.append(.text("Bijlage \(index + 1) bij \(model.title.value)", style: .partLabel))
            }
            attachments.append(.heading(Heading(level: 1, [.text(appendix.title)],
                                                number: HeadingNumber(series: "bijlagen", format: NumberFormat(.arabic, prefix: "Bijlage " + (context.attachmentNumber.map { "\($0)." } ?? ""), suffix: "."),
                                                                      value: index + 1))))
            if let version = appendix.version {
                attachments.append(.text("versie " + version.dutch, style: .subtitle))
            }
            attachments += appendix.text?.blocks() ?? []
            attachments += Section.blocks(appendix.sections, level: 2)
        }
        if chapters(of: model).count >= contentsThreshold { body.insert(.tableOfContents(depth: 2), at: 0) }
        let date = model.version?.value ?? periode.start
        return Document(
            metadata: DocumentMetadata(title: model.title.value, subject: model.title.value, date: date,
                                       keywords: [names[0]]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente), footerText: model.title.value),
            fields: context.fields(gemeente: model.gemeente, [
                "titel": model.title.value, "versie": model.version?.value.dutch ?? "",
                "periode": "\(periode.start.dutch) tot en met \(periode.end.dutch)",
            ]),
            header: header, body: body, attachments: attachments)
    }

    /// From this many chapters on, a plan opens with a table of contents.
    package static let contentsThreshold = 5

    /// A chapter as it will be printed: the author's, or one raadsdoc adds
    /// for a part that no chapter places.
    private struct PrintedChapter {
        var heading: String
        var text: RichText?
        var part: Part?
        var closing: RichText?
        var sections: [Section]
    }

    private static func chapters(of model: Model) -> [PrintedChapter] {
        var printed = model.chapters.map {
            PrintedChapter(heading: $0.heading.value, text: $0.text, part: $0.part?.value, closing: $0.closing,
                           sections: $0.sections)
        }
        let placed = Set(printed.compactMap(\.part))
        for part in Part.allCases where model.has(part) && !placed.contains(part) {
            printed.append(PrintedChapter(heading: part.defaultHeading, part: part, sections: []))
        }
        return printed
    }

    private static func blocks(of part: Part, model: Model, totals: BegrotingTotals?, periode: Periode) -> [Block] {
        switch part {
        case .resultaten:
            return model.werkstromen.filter { !$0.results.isEmpty }.flatMap { werkstroom -> [Block] in
                let items = werkstroom.results.map { ListItem(resultBlocks($0, periode: periode)) }
                return [.heading(3, "Resultaten werkstroom \(werkstroom.id.value). \(werkstroom.name):"),
                        .list(ListBlock(.dash, items: items))]
            } + (model.showsReportingCalendar ? reportingCalendar(model, periode: periode) : [])
        case .inspanningen:
            return model.werkstromen.filter { !$0.efforts.isEmpty || $0.note != nil }.flatMap { werkstroom -> [Block] in
                var blocks: [Block] = [.heading(3, "Werkstroom \(werkstroom.id.value). \(werkstroom.name):")]
                if !werkstroom.efforts.isEmpty {
                    blocks.append(.list(ListBlock(.dash, items: werkstroom.efforts.map { ListItem($0.blocks()) })))
                }
                return blocks + (werkstroom.note?.blocks() ?? [])
            }
        case .organisatie:
            guard let organisation = model.organisation else { return [] }
            return (organisation.text?.blocks() ?? []) + Section.blocks(organisation.sections, level: 2)
        case .begroting:
            guard let begroting = model.begroting, let totals else { return [] }
            return BegrotingTable.blocks(begroting, totals: totals, werkstromen: model.werkstromen)
        }
    }

    /// The dates raadsdoc derives for resultaten due after every quarter:
    /// per quarter inside the periode, when it is afgerond and when the
    /// resultaat is due at the latest.
    private static func reportingCalendar(_ model: Model, periode: Periode) -> [Block] {
        var rows: [TableRow] = []
        for werkstroom in model.werkstromen {
            for (ordinal, result) in werkstroom.results.enumerated() {
                guard case .success(.afterEachQuarter(let months)) = result.timing else { continue }
                for end in periode.quarterEnds {
                    guard let completed = end.adding(days: 1), let due = completed.adding(months: months) else { continue }
                    rows.append(TableRow(["Werkstroom \(werkstroom.id.value), resultaat \(ordinal + 1)",
                                          "\(end.month / 3)e kwartaal \(end.year)",
                                          completed.dutch, due.dutch].map { TableCell.text($0) }))
                }
            }
        }
        guard !rows.isEmpty else { return [] }
        let header = TableRow(["Resultaat van", "Kwartaal", "Afgerond op", "Uiterlijk gereed op"].map {
            TableCell.text($0, style: .tableHeading)
        })
        return [.heading(3, "Rapportagekalender"),
                .table(Table(columns: [TableColumn(weight: 1.2), TableColumn(), TableColumn(), TableColumn()],
                             headerRows: [header], rows: rows, keepTogether: true))]
    }

    /// The resultaat's text with its timing in front: "Voor 1 oktober 2021
    /// met energiecoöperaties …".
    private static func resultBlocks(_ result: Resultaat, periode: Periode) -> [Block] {
        guard case .success(let timing) = result.timing else { return result.text?.blocks() ?? [] }
        return LeadingWords.prefixing(timing.opening(in: periode), to: result.text?.blocks() ?? [])
    }
}

/// Words raadsdoc puts in front of a text the author wrote.
package enum LeadingWords {
    /// `blocks` with `opening` and a space before the first paragraph's
    /// text, or a paragraph of its own when the blocks start otherwise.
    package static func prefixing(_ opening: String, to blocks: [Block]) -> [Block] {
        guard case .paragraph(var first) = blocks.first else {
            return [.text(opening)] + blocks
        }
        first.content.insert(.text(opening + " "), at: 0)
        return [.paragraph(first)] + blocks.dropFirst()
    }
}
