import RaadsDocCore
import RaadsDocSchema

/// A score matrix as it appears in the report: the coloured table, then
/// the legend table and, when asked for, a note on how in-between values
/// are coloured.
package enum MatrixTable {
    package static let colourNote = "Een tussenscore (zoals 2,5) krijgt een kleur tussen die van de twee aangrenzende scores; "
        + "een label als ‘tussen geel en groen’ geldt als de score daartussen (3,5). Cellen met ‘onbekend’ of een ander "
        + "label blijven grijs."

    package static func blocks(_ matrix: ScoreMatrix, headingLevel: Int) -> [Block] {
        [.table(table(matrix)), .heading(headingLevel, "Legende"), .table(legend(matrix))]
            + (matrix.explainsColours ? [.text(colourNote, style: .note)] : [])
    }

    /// The matrix: a narrow first column with the row names, equal columns
    /// for the themes, compact text so that eight themes fit a portrait page.
    package static func table(_ matrix: ScoreMatrix) -> Table {
        let header = TableRow([TableCell.text(matrix.rowHeading, style: .matrixHeading)]
            + matrix.columns.map { TableCell.text($0.name.value, style: .matrixHeading) })
        let rows = matrix.rows.map { row -> TableRow in
            let name = TableCell.text(row.name.value, style: .matrixHeading)
            if row.unknown {
                let note = row.note ?? ScoreCell.unknown.text
                return TableRow([name, TableCell([.paragraph(Paragraph(.matrixCell, [.emphasis([.text(note)])]))],
                                                 background: ScoreScale.neutral, columnSpan: max(matrix.columns.count, 1))])
            }
            return TableRow([name] + matrix.columns.map { column in
                let cell = matrix.cell(of: row, in: column) ?? .unknown
                let content: [Inline] = if case .score = cell { [.text(cell.text)] } else { [.emphasis([.text(cell.text)])] }
                return TableCell([.paragraph(Paragraph(.matrixCell, content))], background: cell.colour)
            })
        }
        return Table(columns: columnWeights(matrix).map { TableColumn(weight: $0) }, headerRows: [header], rows: rows,
                     keepTogether: true)
    }

    /// Equal theme columns where the words allow, wider where a heading or
    /// a label needs it; the first column as wide as its longest name.
    package static func columnWeights(_ matrix: ScoreMatrix) -> [Double] {
        let names = ColumnLayout.minimumWidth([matrix.rowHeading] + matrix.rows.map(\.name.value), points: 7.5)
        let themes = matrix.columns.map { column in
            max(ColumnLayout.minimumWidth([column.name.value], points: 7.5),
                ColumnLayout.minimumWidth(matrix.rows.compactMap { matrix.cell(of: $0, in: column)?.text }, points: 8))
        }
        return ColumnLayout.weights(minimum: [names] + themes, preferred: [0] + themes.map { _ in 1 })
    }

    /// One row per legend entry (or per colour, without a legend): the
    /// score on its colour, then its name and description.
    package static func legend(_ matrix: ScoreMatrix) -> Table {
        let entries = matrix.legend.isEmpty
            ? (1...5).reversed().map { ScoreMatrix.LegendEntry(score: Located($0, at: matrix.position), name: nil, description: nil) }
            : matrix.legend
        let rows = entries.map { entry -> TableRow in
            let score = ExactDecimal(units: entry.score.value, decimals: 0)
            var text: [Inline] = []
            if let name = entry.name { text.append(.strong([.text(name + (entry.description == nil ? "" : ":")) ])) }
            if let description = entry.description {
                if !text.isEmpty { text.append(.text(" ")) }
                text.append(.emphasis(description.inlines))
            }
            if text.isEmpty { text = [.text(ScoreScale.name(of: entry.score.value) ?? "")] }
            return TableRow([TableCell([.paragraph(Paragraph(.matrixCell, [.strong([.text(score.dutch)])]))],
                                       background: ScoreScale.colour(for: score)),
                             TableCell([.paragraph(Paragraph(.tableText, text))])])
        }
        return Table(columns: [TableColumn(weight: 1), TableColumn(weight: 9)], rows: rows, keepTogether: true)
    }
}
