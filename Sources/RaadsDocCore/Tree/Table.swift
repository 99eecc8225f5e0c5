/// A table: declared columns, header rows repeated on every page, body rows.
public struct Table: Sendable, Equatable {
    public var columns: [TableColumn]
    public var headerRows: [TableRow]
    public var rows: [TableRow]
    public var style: TableStyle
    /// Keep the table on one page when it fits.
    public var keepTogether: Bool

    public init(columns: [TableColumn], headerRows: [TableRow] = [], rows: [TableRow],
                style: TableStyle = .grid, keepTogether: Bool = false) {
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.style = style
        self.keepTogether = keepTogether
    }
}

public enum TableStyle: Sendable, Equatable {
    /// Thin lines around every cell.
    case grid
    /// No lines: letterheads, signature grids, label/value pairs.
    case plain
}

public struct TableColumn: Sendable, Equatable {
    /// Relative width; the writer scales all columns to the text width.
    public var weight: Double
    /// How the text of every cell in the column is aligned; nil leaves it
    /// to the cells' paragraph styles.
    public var alignment: TextAlignment?

    public init(weight: Double = 1, alignment: TextAlignment? = nil) {
        self.weight = weight
        self.alignment = alignment
    }
}

/// Horizontal alignment of text, in the direction of writing.
public enum TextAlignment: String, Sendable, Equatable {
    case start, center, end
}

public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    /// Never split this row over two pages.
    public var keepTogether: Bool

    public init(_ cells: [TableCell], keepTogether: Bool = true) {
        self.cells = cells
        self.keepTogether = keepTogether
    }
}

public struct TableCell: Sendable, Equatable {
    public var blocks: [Block]
    public var background: Color?
    public var columnSpan: Int
    /// The number the cell's text shows, for a word processor to calculate
    /// with (a table formula, a copy into a spreadsheet).
    public var value: CellValue?

    public init(_ blocks: [Block], background: Color? = nil, columnSpan: Int = 1, value: CellValue? = nil) {
        self.blocks = blocks
        self.background = background
        self.columnSpan = columnSpan
        self.value = value
    }

    /// A cell with one paragraph of text.
    public static func text(_ text: String, style: ParagraphStyle = .tableText, background: Color? = nil,
                            value: CellValue? = nil) -> TableCell {
        TableCell([.text(text, style: style)], background: background, value: value)
    }
}

/// The number behind a cell's text, as a decimal with a full stop ("2000000",
/// "12.5"), never a float, so it is exact.
public enum CellValue: Sendable, Equatable {
    /// An amount of money in euros, whatever unit the text shows it in
    /// ("200k" stands for 200000).
    case euros(String)
    case number(String)
}

/// An sRGB colour, written as #rrggbb.
public struct Color: Sendable, Hashable {
    public let hex: String

    /// `hex` is "#rrggbb"; anything else is a programming error caught by tests.
    public init(_ hex: String) {
        self.hex = hex.lowercased()
    }
}
