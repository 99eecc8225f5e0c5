import XMLSupport

/// The page's measurements, in thousandths of a centimetre so that every
/// length we write is exact and formatting needs no floating point.
public struct PageGeometry: Sendable, Equatable {
    public var width = 21_000
    public var height = 29_700
    public var marginTop = 2_000
    public var marginBottom = 1_500
    public var marginLeft = 2_500
    public var marginRight = 2_000

    public init() {}

    public var textWidth: Int { width - marginLeft - marginRight }

    /// "16.500cm".
    static func centimetres(_ thousandths: Int) -> String {
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)cm"
    }
}

/// The automatic styles of content.xml: named in order of first use, so the
/// same tree always gives the same names and bytes.
struct AutomaticStyles {
    static let keepTogetherRow = "RijHeel"

    let geometry: PageGeometry
    private var pageBreakStyles: [(base: String, name: String)] = []
    private var tables: [(name: String, table: Table, breakBefore: Bool)] = []
    private var cellStyles: [(key: String, name: String, grid: Bool, background: Color?)] = []

    init(geometry: PageGeometry) {
        self.geometry = geometry
    }

    /// A paragraph style that is `style` starting on a new page.
    mutating func pageBreakStyle(basedOn style: ParagraphStyle) -> String {
        let base = StyleName.encode(style.name)
        if let existing = pageBreakStyles.first(where: { $0.base == base }) { return existing.name }
        let name = "NieuwePagina\(pageBreakStyles.count + 1)"
        pageBreakStyles.append((base, name))
        return name
    }

    /// Registers a table and returns the names of its table and column styles.
    mutating func addTable(_ table: Table, breakBefore: Bool) -> (table: String, columns: [String]) {
        let name = "Tabel\(tables.count + 1)"
        tables.append((name, table, breakBefore))
        return (name, table.columns.indices.map { "\(name).\($0 + 1)" })
    }

    mutating func cellStyle(grid: Bool, background: Color?) -> String {
        let key = "\(grid)|\(background?.hex ?? "")"
        if let existing = cellStyles.first(where: { $0.key == key }) { return existing.name }
        let name = "Cel\(cellStyles.count + 1)"
        cellStyles.append((key, name, grid, background))
        return name
    }

    func write(to xml: XMLWriter) {
        xml.startElement("office:automatic-styles")
        for (base, name) in pageBreakStyles {
            xml.startElement("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "paragraph")
            xml.attribute("style:parent-style-name", base)
            xml.startElement("style:paragraph-properties")
            xml.attribute("fo:break-before", "page")
            xml.endElement()
            xml.endElement()
        }
        for (name, table, breakBefore) in tables {
            writeTableStyles(name: name, table: table, breakBefore: breakBefore, to: xml)
        }
        xml.startElement("style:style")
        xml.attribute("style:name", Self.keepTogetherRow)
        xml.attribute("style:family", "table-row")
        xml.startElement("style:table-row-properties")
        xml.attribute("fo:keep-together", "always")
        xml.endElement()
        xml.endElement()
        for cell in cellStyles {
            xml.startElement("style:style")
            xml.attribute("style:name", cell.name)
            xml.attribute("style:family", "table-cell")
            xml.startElement("style:table-cell-properties")
            xml.attribute("fo:padding", cell.grid ? "0.100cm" : "0.050cm")
            xml.attribute("fo:border", cell.grid ? "0.5pt solid #808080" : "none")
            if let background = cell.background { xml.attribute("fo:background-color", background.hex) }
            xml.endElement()
            xml.endElement()
        }
        xml.endElement()
    }

    private func writeTableStyles(name: String, table: Table, breakBefore: Bool, to xml: XMLWriter) {
        xml.startElement("style:style")
        xml.attribute("style:name", name)
        xml.attribute("style:family", "table")
        xml.startElement("style:table-properties")
        xml.attribute("style:width", PageGeometry.centimetres(geometry.textWidth))
        xml.attribute("table:align", "margins")
        xml.attribute("fo:margin-top", "0.200cm")
        xml.attribute("fo:margin-bottom", "0.300cm")
        if breakBefore { xml.attribute("fo:break-before", "page") }
        if table.keepTogether {
            xml.attribute("style:may-break-between-rows", "false")
        }
        xml.endElement()
        xml.endElement()
        let weights = table.columns.map { max($0.weight, 0.01) }
        let total = weights.reduce(0, +)
        var remaining = geometry.textWidth
        for (index, weight) in weights.enumerated() {
            let width = index == weights.count - 1 ? remaining : Int((weight / total * Double(geometry.textWidth)).rounded())
            remaining -= width
            xml.startElement("style:style")
            xml.attribute("style:name", "\(name).\(index + 1)")
            xml.attribute("style:family", "table-column")
            xml.startElement("style:table-column-properties")
            xml.attribute("style:column-width", PageGeometry.centimetres(width))
            xml.attribute("style:rel-column-width", "\(width)*")
            xml.endElement()
            xml.endElement()
        }
    }
}
