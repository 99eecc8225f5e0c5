import RaadsDocCore
import RaadsDocSchema

/// The overview table of a set of klimaatdeals (nr, titel, trekker, aard),
/// grouped by thema with a row per thema that names it and counts its
/// deals, and a total at the end. The akkoord and the raadsinformatiebrief
/// show the same table.
package enum DealOverview {
    package static func table(_ deals: [Klimaatdeal.Model], profile: Profile) -> Block {
        let groups = groupedByTheme(deals, profile: profile)
        let columns = [TableColumn(weight: 0.6), TableColumn(weight: 4.2), TableColumn(weight: 2.8), TableColumn(weight: 1.5)]
        var rows: [TableRow] = []
        for (theme, members) in groups {
            let heading = "\(KlimaatdealComposer.displayTheme(theme, profile: profile)) — \(count(members.count))"
            rows.append(TableRow([TableCell([.text(heading, style: .tableHeading)], background: groupShade,
                                           columnSpan: columns.count)]))
            for deal in members {
                rows.append(TableRow([
                    TableCell.text(String(deal.number.value), style: .tableNumber),
                    TableCell.text(deal.title),
                    TableCell.text(deal.leadingParticipant?.name.value ?? deal.leader.value),
                    TableCell.text(deal.nature.value),
                ]))
            }
        }
        let total = "Totaal: \(count(deals.count)) in \(groups.count) \(groups.count == 1 ? "thema" : "thema's")"
        rows.append(TableRow([TableCell([.text(total, style: .tableTotal)], columnSpan: columns.count)]))
        let header = TableRow(["Nr", "Klimaatdeal", "Trekker", "Aard"].map {
            TableCell.text($0, style: .tableHeading, background: KlimaatdealComposer.shade)
        })
        return .table(Table(columns: columns, headerRows: [header], rows: rows,
                            keepTogether: rows.count <= keptTogetherRows))
    }

    private static let groupShade = Color("#f1f6f1")
    /// Up to this many rows the table fits on a page and is kept on one,
    /// so that no thema row ends up alone at the foot of a page.
    private static let keptTogetherRows = 24

    /// "1 klimaatdeal", "3 klimaatdeals".
    package static func count(_ number: Int) -> String {
        number == 1 ? "1 klimaatdeal" : "\(number) klimaatdeals"
    }

    /// The deals per thema: the profile's thema's in the profile's order,
    /// then any other thema in order of first appearance; deals by number.
    package static func groupedByTheme(_ deals: [Klimaatdeal.Model], profile: Profile) -> [(theme: String, deals: [Klimaatdeal.Model])] {
        var groups: [(theme: String, deals: [Klimaatdeal.Model])] = []
        for deal in deals.stablySorted(by: { $0.number.value }) {
            let theme = Klimaatdeal.knownTheme(deal.theme.value, profile: profile) ?? deal.theme.value
            if let index = groups.firstIndex(where: { $0.theme == theme }) {
                groups[index].deals.append(deal)
            } else {
                groups.append((theme, [deal]))
            }
        }
        return groups.stablySorted { group in profile.themes.firstIndex(of: group.theme) ?? profile.themes.count }
    }
}
