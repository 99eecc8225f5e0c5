import RaadsDocCore
import RaadsDocSchema

/// The begroting as it appears in the plan: the list of posts with their
/// totals (when posts have a toelichting), the toelichting, the table with
/// computed totals, and the note on onvoorziene kosten.
package enum BegrotingTable {
    package static func blocks(_ begroting: Begroting, totals: BegrotingTotals, werkstromen: [PlanVanAanpak.Werkstroom]) -> [Block] {
        var blocks: [Block] = []
        let explained = zip(begroting.posts, totals.posts).filter { post, _ in post.explanation != nil }
        if !explained.isEmpty {
            let items = explained.map { post, total in
                let opening = "\(begroting.unit.prose(total)) budget voor werkstroom \(post.werkstroom.value) –"
                return ListItem(LeadingWords.prefixing(opening, to: post.explanation?.blocks() ?? []))
            }
            blocks.append(.list(ListBlock(.dash, items: items)))
        }
        blocks += begroting.explanation?.blocks() ?? []
        blocks.append(.table(table(begroting, totals: totals, werkstromen: werkstromen)))
        if begroting.statesContingency, let contingency = begroting.contingency?.value {
            blocks.append(.text("De bedragen zijn inclusief \(contingency.dutch)% onvoorziene kosten per post.", style: .note))
        }
        return blocks
    }

    /// Header row with the years and "Totaal", a row per post, and a bold
    /// total row, with the totals the check worked out. The top-left cell
    /// names the posts and the unit; every amount cell carries its value
    /// in euros, so a word processor or spreadsheet can calculate with it.
    package static func table(_ begroting: Begroting, totals: BegrotingTotals, werkstromen: [PlanVanAanpak.Werkstroom]) -> Table {
        let unit = begroting.unit
        let years = begroting.years.map(\.value)
        func amount(_ value: Int, style: ParagraphStyle = .amount) -> TableCell {
            let euros = unit.bedrag(value).map { String($0.cents / 100) }
            return TableCell.text(unit.tableText(value), style: style, value: euros.map(CellValue.euros))
        }
        let corner = TableCell([.text("Werkstroom", style: .tableHeading), .text(unit.heading, style: .tableText)])
        let header = TableRow([corner]
            + years.map { TableCell.text(String($0), style: .amountHeading) }
            + [TableCell.text("Totaal", style: .amountHeading)])
        let rows = zip(begroting.posts, totals.posts).map { post, postTotal in
            let name = post.description ?? werkstromen.first { $0.id.value == post.werkstroom.value }?.name ?? ""
            return TableRow([TableCell.text("Werkstroom \(post.werkstroom.value). \(name)")]
                + years.map { amount(post.amount(for: $0) ?? 0) }
                + [amount(postTotal)])
        }
        let total = TableRow([TableCell.text("Totaal", style: .tableTotal)]
            + totals.years.map { amount($0, style: .amountTotal) }
            + [amount(totals.total, style: .amountTotal)])
        return Table(columns: [TableColumn(weight: 5.5)] + Array(repeating: TableColumn(weight: 1.25), count: years.count + 1),
                     headerRows: [header], rows: rows + [total], keepTogether: true)
    }
}
