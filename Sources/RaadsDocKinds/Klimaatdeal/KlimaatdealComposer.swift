import RaadsDocCore
import RaadsDocSchema

/// The tree of one klimaatdeal, in the parts the akkoord reuses: the title
/// with the header table, the body (aanleiding to monitoring), and the
/// signature lines of every deelnemer, which only a deal signed on its own
/// carries.
package enum KlimaatdealComposer {
    /// The shade of label cells and header rows.
    package static let shade = Color("#e2ece2")
    package static let exampleNote = "Fictief voorbeeld: de partijen, personen en getallen in dit document zijn verzonnen."

    package static func header(_ deal: Klimaatdeal.Model, profile: Profile) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, [.text("\(deal.label): \(deal.title)")], style: .title))]
        if deal.isExample { blocks.append(.text(exampleNote, style: .note)) }
        var rows: [(String, String)] = [
            ("Thema", displayTheme(deal.theme.value, profile: profile)),
            ("Trekker", deal.leadingParticipant?.name.value ?? deal.leader.value),
            ("Aard", deal.isRealisation ? "realiseren (resultaatverplichting)" : "onderzoeken (inspanningsverplichting)"),
        ]
        if let term = deal.term { rows.append(("Looptijd", term.dutch)) }
        rows += [("Status", deal.status), ("Datum", deal.date.value.dutch)]
        let tableRows = rows.map { label, value in
            TableRow([TableCell.text(label, style: .tableHeading, background: shade), TableCell.text(value)])
        }
        blocks.append(.table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3.5)], rows: tableRows,
                                   keepTogether: true)))
        return blocks
    }

    package static func body(_ deal: Klimaatdeal.Model) -> [Block] {
        var blocks: [Block] = []
        for (heading, text) in [("Aanleiding", deal.occasion), ("Knelpunt", deal.bottleneck), ("Ambitie", deal.ambition)] {
            guard let text else { continue }
            blocks.append(.heading(2, heading))
            blocks += text.blocks()
        }
        blocks.append(.heading(2, "SMART-doelen"))
        blocks.append(goalsTable(deal.goals))
        blocks.append(.heading(2, "Acties per deelnemer"))
        blocks.append(actionsTable(deal))
        if !deal.milestones.isEmpty {
            blocks.append(.heading(2, "Mijlpalen"))
            blocks.append(milestonesTable(deal.milestones))
        }
        if let monitoring = deal.monitoring {
            blocks.append(.heading(2, "Monitoring"))
            blocks.append(.text(monitoring.sentence))
        }
        return blocks
    }

    package static func signature(_ deal: Klimaatdeal.Model) -> [Block] {
        [
            .heading(2, "Ondertekening"),
            .text("Aldus overeengekomen door de deelnemers aan deze klimaatdeal:", style: .signatureIntro),
            .signatures(SignatureBlock(layout: .signingGrid, parties: deal.participants.map { party($0) })),
        ]
    }

    /// A deelnemer as a signing party: organisation, on whose behalf, and
    /// everyone who signs for it, side by side.
    package static func party(_ participant: Klimaatdeal.Participant, place: String? = nil, date: String? = nil) -> SigningParty {
        SigningParty(organisation: participant.name.value, onBehalfOf: participant.signsOnBehalfOf, place: place, date: date,
                     signatories: participant.signatories.compactMap(\.treeSignatory))
    }

    /// The profile's spelling of the thema with a capital, as in a heading.
    package static func displayTheme(_ theme: String, profile: Profile) -> String {
        let spelled = Klimaatdeal.knownTheme(theme, profile: profile) ?? theme
        return spelled.prefix(1).uppercased() + spelled.dropFirst()
    }

    private static func headerRow(_ titles: [String]) -> TableRow {
        TableRow(titles.map { TableCell.text($0, style: .tableHeading, background: shade) })
    }

    private static func goalsTable(_ goals: [Klimaatdeal.Goal]) -> Block {
        let rows = goals.map { goal in
            var description: [Block] = [.paragraph(Paragraph(.tableText, [.strong([.text(goal.description)])]))]
            if let effect = goal.co2Effect {
                description.append(.text("CO2-effect: \(effect.groupedDutch) ton CO2 per jaar", style: .tableText))
            }
            return TableRow([
                TableCell(description),
                TableCell.text(goal.indicator),
                TableCell.text(goal.start?.groupedDutch ?? "–", style: .tableNumber),
                TableCell.text(goal.target?.value.groupedDutch ?? "–", style: .tableNumber),
                TableCell.text(goal.unit ?? ""),
                TableCell.text(goal.referenceDate?.value.dutch ?? ""),
            ])
        }
        return .table(Table(
            columns: [3, 2.3, 1.2, 1.9, 1.7, 2.1].map { TableColumn(weight: $0) },
            headerRows: [headerRow(["Doel", "Indicator", "Start", "Streefwaarde", "Eenheid", "Peildatum"])],
            rows: rows))
    }

    private static func actionsTable(_ deal: Klimaatdeal.Model) -> Block {
        let leader = deal.leadingParticipant?.name.value
        let rows = deal.participants.map { participant in
            var who: [Block] = [.paragraph(Paragraph(.tableText, [.strong([.text(participant.name.value)])]))]
            who.append(.text(participant.name.value == leader ? "\(participant.type), trekker" : participant.type,
                             style: .tableText))
            let actions: [Block] = participant.actions.isEmpty
                ? [.text("–", style: .tableText)]
                : [.list(ListBlock(.dash, items: participant.actions.map { ListItem([.text($0, style: .tableText)]) },
                                   itemStyle: .tableListItem))]
            return TableRow([TableCell(who), TableCell(actions)])
        }
        return .table(Table(columns: [TableColumn(weight: 1.3), TableColumn(weight: 3)],
                            headerRows: [headerRow(["Deelnemer", "Acties"])], rows: rows))
    }

    /// Milestones in date order (stable for equal dates).
    private static func milestonesTable(_ milestones: [Klimaatdeal.Milestone]) -> Block {
        let rows = milestones.stablySorted { $0.date?.value ?? Datum.epoch }.map { milestone in
            TableRow([TableCell.text(milestone.date?.value.dutch ?? ""), TableCell.text(milestone.description)])
        }
        return .table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3.5)],
                            headerRows: [headerRow(["Datum", "Mijlpaal"])], rows: rows))
    }
}
