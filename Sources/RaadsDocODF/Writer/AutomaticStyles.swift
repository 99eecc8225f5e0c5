import RaadsDocCore
import XMLSupport

/// The automatic styles of content.xml: named in order of first use, so the
/// same tree always gives the same names and bytes. In a house-style
/// template every name starts with `namePrefix`, chosen so that it cannot
/// meet a name the template's own automatic styles and tables use.
package struct AutomaticStyles {
    package let geometry: PageGeometry
    package let namePrefix: String
    /// How wide words print, for the widths of table columns.
    package let metrics: TextMetrics
    private var pageBreakStyles: [(base: String, masterPage: String?, keepWithNext: Bool, name: String)] = []
    private var tables: [(name: String, table: Table, breakBefore: Bool, masterPage: String?)] = []
    private var cellStyles: [(key: String, name: String, edges: CellEdges?, background: Color?)] = []
    private var alignedStyles: [(base: String, alignment: TextAlignment, name: String)] = []
    private var keptWithNextStyles: [(base: String, name: String)] = []
    private var tightStyles: [(base: String, name: String)] = []
    private var usesStrikethrough = false
    private var listStyles: [(level: ListLevelFormat, name: String)] = []

    package init(geometry: PageGeometry, namePrefix: String = "", metrics: TextMetrics = .standard) {
        self.geometry = geometry
        self.namePrefix = namePrefix
        self.metrics = metrics
    }

    package var keepTogetherRow: String { namePrefix + "RijHeel" }

    /// A paragraph style that is `base` with one paragraph property set.
    private func writeDerivedParagraphStyle(_ name: String, base: String, _ property: (name: StaticString, value: String), to xml: XMLWriter) {
        xml.startElement("style:style")
        xml.attribute("style:name", name)
        xml.attribute("style:family", "paragraph")
        xml.attribute("style:parent-style-name", base)
        xml.startElement("style:paragraph-properties")
        xml.attribute(property.name, property.value)
        xml.endElement()
        xml.endElement()
    }

    /// A paragraph style that is `style` starting on a new page: with the
    /// page style `masterPage` when given, else with a plain page break;
    /// kept on the page of the paragraph after it when `keepWithNext`.
    package mutating func pageBreakStyle(basedOn style: ParagraphStyle, masterPage: String? = nil,
                                         keepWithNext: Bool = false) -> String {
        let base = StyleName.encode(style.name)
        if let existing = pageBreakStyles.first(where: {
            $0.base == base && $0.masterPage == masterPage && $0.keepWithNext == keepWithNext
        }) {
            return existing.name
        }
        let name = "\(namePrefix)NieuwePagina\(pageBreakStyles.count + 1)"
        pageBreakStyles.append((base, masterPage, keepWithNext, name))
        return name
    }

    /// A paragraph style that is `style` kept on the page of the paragraph
    /// after it: a lead-in line ("… wordt verstaan onder:") never stands
    /// alone at the foot of a page.
    package mutating func keptWithNextStyle(basedOn style: ParagraphStyle) -> String {
        Self.derivedStyle(basedOn: style, in: &keptWithNextStyles, named: namePrefix + "Inleidend")
    }

    /// A paragraph style that is `style` without the space between two
    /// paragraphs of it (LibreOffice's "don't add space between paragraphs
    /// of the same style"): the items of a tight list.
    package mutating func tightStyle(basedOn style: ParagraphStyle) -> String {
        Self.derivedStyle(basedOn: style, in: &tightStyles, named: namePrefix + "Aaneengesloten")
    }

    /// The name of the style derived from `style` in `styles`, registered
    /// on first use as `<stem><n>`.
    private static func derivedStyle(basedOn style: ParagraphStyle, in styles: inout [(base: String, name: String)],
                                     named stem: String) -> String {
        let base = StyleName.encode(style.name)
        if let existing = styles.first(where: { $0.base == base }) { return existing.name }
        let name = "\(stem)\(styles.count + 1)"
        styles.append((base, name))
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

    /// The style of a cell: with `edges` the lines of a grid table, else
    /// none.
    package mutating func cellStyle(edges: CellEdges?, background: Color?) -> String {
        let key = "\(edges.map { "\($0.top)\($0.left)" } ?? "-")|\(background?.hex ?? "")"
        if let existing = cellStyles.first(where: { $0.key == key }) { return existing.name }
        let name = "\(namePrefix)Cel\(cellStyles.count + 1)"
        cellStyles.append((key, name, edges, background))
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
        for (base, masterPage, keepWithNext, name) in pageBreakStyles {
            xml.startElement("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "paragraph")
            xml.attribute("style:parent-style-name", base)
            if let masterPage { xml.attribute("style:master-page-name", masterPage) }
            if masterPage == nil || keepWithNext {
                xml.startElement("style:paragraph-properties")
                if masterPage == nil { xml.attribute("fo:break-before", "page") }
                if keepWithNext { xml.attribute("fo:keep-with-next", "always") }
                xml.endElement()
            }
            xml.endElement()
        }
        for (base, name) in keptWithNextStyles {
            writeDerivedParagraphStyle(name, base: base, ("fo:keep-with-next", "always"), to: xml)
        }
        for (base, name) in tightStyles {
            writeDerivedParagraphStyle(name, base: base, ("style:contextual-spacing", "true"), to: xml)
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
            xml.attribute("fo:padding", cell.edges != nil ? "0.100cm" : "0.050cm")
            if let edges = cell.edges {
                // Each line is drawn by one cell only: every cell its right
                // and bottom line, the first row and column also the outer
                // top and left, so no line prints doubled.
                let line = "0.5pt solid #808080"
                xml.attribute("fo:border-top", edges.top ? line : "none")
                xml.attribute("fo:border-left", edges.left ? line : "none")
                xml.attribute("fo:border-bottom", line)
                xml.attribute("fo:border-right", line)
            } else {
                xml.attribute("fo:border", "none")
            }
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
        for (index, width) in ColumnWidths.widths(table, textWidth: geometry.textWidth, metrics: metrics).enumerated() {
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

/// Which outer lines a cell of a grid table draws besides its right and
/// bottom ones.
package struct CellEdges: Sendable, Equatable {
    package var top: Bool
    package var left: Bool
}
