import RaadsDocCore

extension ParagraphStyle {
    /// Row and column names of a score matrix.
    package static let matrixHeading = ParagraphStyle("Matrix kop")
    /// A centred score or label in a score matrix.
    package static let matrixCell = ParagraphStyle("Matrix cel")
    /// Text and headings of wide data tables.
    package static let smallTable = ParagraphStyle("Tabel klein")
    package static let smallTableHeading = ParagraphStyle("Tabel klein kop")
    /// A list item inside a table cell.
    package static let tableList = ParagraphStyle("Tabel klein lijst")
}

extension Rapport {
    /// The compact cells of score matrices and wide data tables (nine
    /// columns must fit a portrait page), with lists inside cells.
    public static let styles = [
        StyleDefinition(name: ParagraphStyle.matrixHeading.name, parent: "Tabel kop", text: [("fo:font-size", "7.5pt")]),
        StyleDefinition(name: ParagraphStyle.matrixCell.name, parent: "Tabel tekst", paragraph: [("fo:text-align", "center")],
                        text: [("fo:font-size", "8pt")]),
        StyleDefinition(name: ParagraphStyle.smallTable.name, parent: "Tabel tekst", text: [("fo:font-size", "8pt")]),
        StyleDefinition(name: ParagraphStyle.smallTableHeading.name, parent: "Tabel kop", text: [("fo:font-size", "8pt")]),
        StyleDefinition(name: ParagraphStyle.tableList.name, parent: "Tabel klein",
                        paragraph: [("fo:margin-left", "0.300cm"), ("fo:text-indent", "-0.300cm")], tabStops: [0]),
        StyleDefinition(name: ParagraphStyle.tableList.continuation.name, parent: "Tabel klein",
                        paragraph: [("fo:margin-left", "0.300cm")]),
    ]
}
