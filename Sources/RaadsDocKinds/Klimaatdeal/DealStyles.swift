import RaadsDocCore
import RaadsDocSchema

/// The paragraph styles the klimaatdeal and the klimaatakkoord add to the
/// house style: numbers and lists in tables, the cover page.
extension ParagraphStyle {
    /// A number in a table cell, aligned right.
    public static let tableNumber = ParagraphStyle("Tabel getal")
    /// An item of a list inside a table cell.
    public static let tableListItem = ParagraphStyle("Tabel lijst")
    /// The title on a cover page.
    public static let coverTitle = ParagraphStyle("Voorblad titel")
    /// The lines under the title on a cover page.
    public static let coverSubtitle = ParagraphStyle("Voorblad ondertitel")
}

extension Klimaatdeal {
    public static let styles: [StyleDefinition] = [
        StyleDefinition(name: ParagraphStyle.tableNumber.name, parent: "Tabel tekst", paragraph: [("fo:text-align", "end")]),
        StyleDefinition(name: ParagraphStyle.tableListItem.name, parent: "Tabel tekst",
                        paragraph: [("fo:margin-left", "0.400cm"), ("fo:text-indent", "-0.400cm")], tabStops: [0]),
        StyleDefinition(name: ParagraphStyle.tableListItem.continuation.name, parent: "Tabel tekst",
                        paragraph: [("fo:margin-left", "0.400cm")]),
        StyleDefinition(name: ParagraphStyle.coverTitle.name,
                        paragraph: [("fo:margin-top", "6.000cm"), ("fo:margin-bottom", "0.600cm")],
                        text: [("fo:font-size", "26pt"), ("fo:font-weight", "bold")], outlineLevel: 1),
        StyleDefinition(name: ParagraphStyle.coverSubtitle.name, paragraph: [("fo:margin-bottom", "0.300cm")],
                        text: [("fo:font-size", "13pt"), ("fo:color", "#404040")]),
    ] + StyleDefinition.signingGrid
}
