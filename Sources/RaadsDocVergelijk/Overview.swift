import RaadsDocCore

/// The wijzigingsoverzicht before the redline: per provision what changed,
/// in words. The Accept/Reject test leaves it out (it belongs to neither
/// version), so it starts the document.
enum Overview {
    static func blocks(_ changes: [ChangeEntry]) -> [Block] {
        let rows = changes.isEmpty
            ? [TableRow([TableCell.text("—"), TableCell.text("geen wijzigingen")])]
            : changes.map { TableRow([TableCell.text($0.provision), TableCell.text(sentence($0))]) }
        return [
            .heading(Heading(level: 1, [.text("Wijzigingsoverzicht")])),
            .table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 2)],
                         headerRows: [TableRow([TableCell.text("Bepaling", style: .tableHeading),
                                                TableCell.text("Wijziging", style: .tableHeading)])],
                         rows: rows)),
            .pageBreak,
        ]
    }

    /// The change in words ("Tekst gewijzigd: “de” wordt “alle”."), with
    /// the text of what was inserted or lapsed where it is short.
    static func sentence(_ change: ChangeEntry) -> String {
        var sentence = change.description.prefix(1).uppercased() + change.description.dropFirst()
        if change.kind == .ingevoegd || change.kind == .vervallen, let text = change.new ?? change.old, text.count <= 120 {
            sentence += ": “\(text)”"
        }
        return sentence + "."
    }
}
