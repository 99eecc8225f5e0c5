import RaadsDocCore
import RaadsDocSchema

/// The paragraph styles the klimaatdeal and the klimaatakkoord add to the
/// house style (defined at the end of `HouseStyle.paragraphStyles`).
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
