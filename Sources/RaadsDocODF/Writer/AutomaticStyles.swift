import RaadsDocCore
import XMLSupport

/// The automatic styles of content.xml: named in order of first use, so the
/// same tree always gives the same names and bytes. In a house-style
/// template every name starts with `namePrefix`, chosen so that it cannot
/// meet a name the template's own automatic styles and tables use.
package struct AutomaticStyles {
    package let geometry: PageGeometry
    package let namePrefix: String
    private var pageBreakStyles: [(base: String, masterPage: String?, name: String)] = []
    private var tables: [(name: String, table: Table, breakBefore: Bool, masterPage: String?)] = []
    private var cellStyles: [(key: String, name: String, grid: Bool, background: Color?)] = []
    private var alignedStyles: [(base: String, alignment: TextAlignment, name: String)] = []
    private var usesStrikethrough = false
    private var listStyles: [(level: ListLevelFormat, name: String)] = []

    package init(geometry: PageGeometry, namePrefix: String = "") {
        self.geometry = geometry
        self.namePrefix = namePrefix
    }

    package var keepTogetherRow: String { namePrefix + "RijHeel" }

    /// A paragraph style that is `style` starting on a new page: with the
    /// page style `masterPage` when given, else with a plain page break.
    package mutating func pageBreakStyle(basedOn style: ParagraphStyle, masterPage: String? = nil) -> String {
        let base = StyleName.encode(style.name)
        if let existing = pageBreakStyles.first(where: { $0.base == base && $0.masterPage == masterPage }) {
            return existing.name
        }
        let name = "\(namePrefix)NieuwePagina\(pageBreakStyles.count + 1)"
        pageBreakStyles.append((base, masterPage, name))
        return name
    }

    /// Registers a table and returns the names of its table and column styles.
    package mutating func addTable(_ table: Table, breakBefore: Bool, masterPage: String? = nil) -> (table: String, columns: [String]) {
        let name = "\(namePrefix)Tabel\(tables.count + 1)"
        tables.append((name, table, breakBefore, masterPage))
        return (name, table.columns.indices.map { "\(name).\($0 + 1)" })
    }

    /// A paragraph style that is `style` with its text aligned as given.
    package mutating func alignedStyle(basedOn style: ParagraphStyle, _ alignment: TextAlignment) -> String {
        let base = StyleName.encode(style.name)
        if let existing = alignedStyles.first(where: { $0.base == base && $0.alignment == alignment }) { return existing.name }
        let name = "\(namePrefix)Uitgelijnd\(alignedStyles.count + 1)"
        alignedStyles.append((base, alignment, name))
        return name
    }

    /// The text style of struck-through text, written only once used.
    package mutating func strikethroughStyle() -> String {
        usesStrikethrough = true
        return strikethroughName
    }

    package mutating func cellStyle(grid: Bool, background: Color?) -> String {
        let key = "\(grid)|\(background?.hex ?? "")"
        if let existing = cellStyles.first(where: { $0.key == key }) { return existing.name }
        let name = "\(namePrefix)Cel\(cellStyles.count + 1)"
        cellStyles.append((key, name, grid, background))
        return name
    }

    /// The list style whose levels have `level`'s format.
    package mutating func listStyle(_ level: ListLevelFormat) -> String {
        if let existing = listStyles.first(where: { $0.level == level }) { return existing.name }
        let name = "\(namePrefix)Lijst\(listStyles.count + 1)"
        listStyles.append((level, name))
        return name
    }

    package func write(to xml: XMLWriter) {
        xml.startElement("office:automatic-styles")
        writeStyles(to: xml)
        xml.endElement()
    }

    /// The style elements without the surrounding `office:automatic-styles`,
    /// for a template that has automatic styles of its own.
    package func writeStyles(to xml: XMLWriter) {
        for (base, masterPage, name) in pageBreakStyles {
            xml.startElement("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "paragraph")
            xml.attribute("style:parent-style-name", base)
            if let masterPage {
                xml.attribute("style:master-page-name", masterPage)
            } else {
                xml.startElement("style:paragraph-properties")
                xml.attribute("fo:break-before", "page")
                xml.endElement()
            }
            xml.endElement()
        }
        for (level, name) in listStyles { level.write(name: name, to: xml) }
        for (name, table, breakBefore, masterPage) in tables {
            writeTableStyles(name: name, table: table, breakBefore: breakBefore, masterPage: masterPage, to: xml)
        }
        xml.startElement("style:style")
        xml.attribute("style:name", keepTogetherRow)
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
        for (base, alignment, name) in alignedStyles {
            xml.startElement("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "paragraph")
            xml.attribute("style:parent-style-name", base)
            xml.startElement("style:paragraph-properties")
            xml.attribute("fo:text-align", alignment.rawValue)
            xml.endElement()
            xml.endElement()
        }
        if usesStrikethrough {
            xml.startElement("style:style")
            xml.attribute("style:name", strikethroughName)
            xml.attribute("style:family", "text")
            xml.startElement("style:text-properties")
            xml.attribute("style:text-line-through-style", "solid")
            xml.attribute("style:text-line-through-type", "single")
            xml.endElement()
            xml.endElement()
        }
    }

    private var strikethroughName: String { namePrefix + "Doorgehaald" }

    private func writeTableStyles(name: String, table: Table, breakBefore: Bool, masterPage: String?, to xml: XMLWriter) {
        xml.startElement("style:style")
        xml.attribute("style:name", name)
        xml.attribute("style:family", "table")
        if let masterPage { xml.attribute("style:master-page-name", masterPage) }
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
