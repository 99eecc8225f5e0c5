import RaadsDocCore
import XMLSupport

/// The built-in house style: A4, Liberation Sans (LibreOffice's metric
/// match for Arial, installed with it on Debian), a named paragraph style
/// for everything the tree uses, the organisation in the header and
/// "Pagina X van Y" in the footer. A template made in LibreOffice may
/// redefine any of these styles.
public enum HouseStyle {
    package static let font = "Liberation Sans"
    package static let emphasisStyle = "Nadruk"
    package static let strongStyle = "Vet"
    package static let headerStyle = "Koptekst"
    package static let footerStyle = "Voettekst"

    /// A paragraph style of the house style.
    package struct ParagraphDefinition {
        package let name: String
        package var parent: String? = "Tekst"
        package var next: String?
        package var paragraph: [(String, String)] = []
        package var text: [(String, String)] = []
        /// Tab stops, in thousandths of a centimetre from the left margin.
        package var tabStops: [Int] = []
        package var outlineLevel: Int?
    }

    /// Every paragraph style, base style first.
    package static let paragraphStyles: [ParagraphDefinition] = {
        var styles: [ParagraphDefinition] = [
            ParagraphDefinition(name: "Tekst", parent: nil,
                                paragraph: [("fo:margin-top", "0cm"), ("fo:margin-bottom", "0.212cm"),
                                            ("fo:line-height", "125%"), ("fo:orphans", "2"), ("fo:widows", "2")],
                                text: [("style:font-name", font), ("fo:font-size", "10.5pt"),
                                       ("fo:language", "nl"), ("fo:country", "NL"), ("fo:hyphenate", "false")]),
            ParagraphDefinition(name: "Titel", paragraph: [("fo:margin-bottom", "0.400cm"), ("fo:keep-with-next", "always")],
                                text: [("fo:font-size", "18pt"), ("fo:font-weight", "bold")]),
            ParagraphDefinition(name: "Ondertitel", paragraph: [("fo:margin-bottom", "0.400cm"), ("fo:keep-with-next", "always")],
                                text: [("fo:font-size", "11pt"), ("fo:color", "#404040")]),
            ParagraphDefinition(name: "Aanhef", paragraph: [("fo:margin-top", "0.400cm"), ("fo:margin-bottom", "0.300cm")]),
            ParagraphDefinition(name: "Slot", paragraph: [("fo:margin-top", "0.400cm"), ("fo:margin-bottom", "0cm"),
                                                          ("fo:keep-with-next", "always")]),
            ParagraphDefinition(name: "Ondertekening", paragraph: [("fo:margin-bottom", "0cm"), ("fo:keep-with-next", "always")]),
            ParagraphDefinition(name: "Noot", paragraph: [("fo:margin-top", "0.300cm")],
                                text: [("fo:font-size", "9pt"), ("fo:font-style", "italic")]),
            ParagraphDefinition(name: "Kleine tekst", text: [("fo:font-size", "8.5pt")]),
            ParagraphDefinition(name: "Adres", paragraph: [("fo:margin-bottom", "0cm")]),
            ParagraphDefinition(name: "Tabel tekst", paragraph: [("fo:margin-bottom", "0cm"), ("fo:line-height", "115%")],
                                text: [("fo:font-size", "9.5pt")]),
            ParagraphDefinition(name: "Tabel kop", parent: "Tabel tekst", text: [("fo:font-weight", "bold")]),
            ParagraphDefinition(name: "Tabel totaal", parent: "Tabel tekst", text: [("fo:font-weight", "bold")]),
            ParagraphDefinition(name: "Bedrag", parent: "Tabel tekst", paragraph: [("fo:text-align", "end")]),
            ParagraphDefinition(name: "Bedrag totaal", parent: "Bedrag", text: [("fo:font-weight", "bold")]),
            ParagraphDefinition(name: "Naam ondertekenaar", paragraph: [("fo:margin-top", "1.200cm"), ("fo:margin-bottom", "0cm")]),
            ParagraphDefinition(name: "Functie ondertekenaar", paragraph: [("fo:margin-bottom", "0cm")]),
            ParagraphDefinition(name: "Handtekeningregel", paragraph: [
                ("fo:margin-top", "1.500cm"), ("fo:margin-bottom", "0.100cm"), ("fo:margin-right", "1.000cm"),
                ("fo:border-bottom", "0.5pt solid #000000"), ("fo:padding", "0cm")]),
            ParagraphDefinition(name: "Artikelkop", parent: "Tekst", next: "Lid",
                                paragraph: [("fo:margin-top", "0.500cm"), ("fo:margin-bottom", "0.150cm"),
                                            ("fo:keep-with-next", "always")],
                                text: [("fo:font-weight", "bold")], outlineLevel: 2),
            ParagraphDefinition(name: HouseStyle.headerStyle, text: [("fo:font-size", "9pt"), ("fo:color", "#404040")]),
            ParagraphDefinition(name: HouseStyle.footerStyle, paragraph: [("fo:text-align", "end")],
                                text: [("fo:font-size", "8.5pt"), ("fo:color", "#404040")]),
        ]
        let headingSizes = ["14pt", "12pt", "10.5pt", "10.5pt"]
        for level in 1...4 {
            styles.append(ParagraphDefinition(
                name: "Kop \(level)", next: "Tekst",
                paragraph: [("fo:margin-top", level == 1 ? "0.500cm" : "0.350cm"), ("fo:margin-bottom", "0.150cm"),
                            ("fo:keep-with-next", "always")],
                text: [("fo:font-size", headingSizes[level - 1]), ("fo:font-weight", "bold")]
                    + (level == 4 ? [("fo:font-style", "italic")] : []),
                outlineLevel: level))
        }
        let hanging: [(String, Int, Int)] = [
            ("Lijst 1", 750, 750), ("Lijst 2", 1_500, 750), ("Lijst 3", 2_250, 750), ("Lijst 4", 3_000, 750),
            ("Lid", 900, 900), ("Onderdeel", 1_700, 800), ("Subonderdeel", 2_600, 900),
        ]
        for (name, indent, label) in hanging {
            let margin = [("fo:margin-left", PageGeometry.centimetres(indent))]
            styles.append(ParagraphDefinition(
                name: name, paragraph: margin + [("fo:text-indent", "-" + PageGeometry.centimetres(label))],
                tabStops: [0]))
            styles.append(ParagraphDefinition(name: name + " vervolg", paragraph: margin))
        }
        // Klimaatdeal and klimaatakkoord: numbers and lists in tables, the cover page.
        styles += [
            ParagraphDefinition(name: "Tabel getal", parent: "Tabel tekst", paragraph: [("fo:text-align", "end")]),
            ParagraphDefinition(name: "Tabel lijst", parent: "Tabel tekst",
                                paragraph: [("fo:margin-left", "0.400cm"), ("fo:text-indent", "-0.400cm")], tabStops: [0]),
            ParagraphDefinition(name: "Tabel lijst vervolg", parent: "Tabel tekst", paragraph: [("fo:margin-left", "0.400cm")]),
            ParagraphDefinition(name: "Voorblad titel", paragraph: [("fo:margin-top", "6.000cm"), ("fo:margin-bottom", "0.600cm")],
                                text: [("fo:font-size", "26pt"), ("fo:font-weight", "bold")], outlineLevel: 1),
            ParagraphDefinition(name: "Voorblad ondertitel", paragraph: [("fo:margin-bottom", "0.300cm")],
                                text: [("fo:font-size", "13pt"), ("fo:color", "#404040")]),
        ]
        // Signing grids: name right under the line, room below before the next party.
        styles += [
            ParagraphDefinition(name: "Naam onder handtekening", paragraph: [("fo:margin-top", "0.100cm"), ("fo:margin-bottom", "0cm")]),
            ParagraphDefinition(name: "Functie onder handtekening", paragraph: [("fo:margin-bottom", "0.700cm")]),
        ]
        // Plan van aanpak and rapport: headings over amounts, and the compact
        // cells of score matrices and wide data tables (nine columns must fit
        // a portrait page), with lists inside cells.
        styles += [
            ParagraphDefinition(name: "Bedrag kop", parent: "Tabel kop", paragraph: [("fo:text-align", "end")]),
            ParagraphDefinition(name: "Matrix kop", parent: "Tabel kop", text: [("fo:font-size", "7.5pt")]),
            ParagraphDefinition(name: "Matrix cel", parent: "Tabel tekst", paragraph: [("fo:text-align", "center")],
                                text: [("fo:font-size", "8pt")]),
            ParagraphDefinition(name: "Tabel klein", parent: "Tabel tekst", text: [("fo:font-size", "8pt")]),
            ParagraphDefinition(name: "Tabel klein kop", parent: "Tabel kop", text: [("fo:font-size", "8pt")]),
            ParagraphDefinition(name: "Tabel klein lijst", parent: "Tabel klein",
                                paragraph: [("fo:margin-left", "0.300cm"), ("fo:text-indent", "-0.300cm")], tabStops: [0]),
            ParagraphDefinition(name: "Tabel klein lijst vervolg", parent: "Tabel klein", paragraph: [("fo:margin-left", "0.300cm")]),
        ]
        return styles
    }()

    /// The display names of every paragraph style, in definition order.
    public static var paragraphStyleNames: [String] { paragraphStyles.map(\.name) }

    /// The bytes of styles.xml for a page with this header and footer.
    package static func stylesXML(page: PageSetup, geometry: PageGeometry) throws(XMLError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.startDocument()
        xml.startElement("office:document-styles")
        ODFNamespaces.declareDocumentNamespaces(xml)
        writeFontFaces(xml)
        xml.startElement("office:styles")
        writeDefaultStyle(xml)
        for definition in paragraphStyles { writeParagraphStyle(definition, xml) }
        writeTextStyle(emphasisStyle, ("fo:font-style", "italic"), xml)
        writeTextStyle(strongStyle, ("fo:font-weight", "bold"), xml)
        writeOutlineStyle(xml)
        xml.endElement()
        writePageLayout(geometry, xml)
        writeMasterPage(page, xml)
        xml.endElement()
        return try xml.finish()
    }

    package static func writeFontFaces(_ xml: XMLWriter) {
        xml.startElement("office:font-face-decls")
        xml.startElement("style:font-face")
        xml.attribute("style:name", font)
        xml.attribute("svg:font-family", "'\(font)'")
        xml.attribute("style:font-family-generic", "swiss")
        xml.attribute("style:font-pitch", "variable")
        xml.endElement()
        xml.endElement()
    }

    private static func writeDefaultStyle(_ xml: XMLWriter) {
        xml.startElement("style:default-style")
        xml.attribute("style:family", "paragraph")
        xml.startElement("style:paragraph-properties")
        xml.attribute("style:tab-stop-distance", "1.250cm")
        xml.endElement()
        xml.startElement("style:text-properties")
        xml.attribute("style:font-name", font)
        xml.attribute("fo:font-size", "10.5pt")
        xml.attribute("fo:language", "nl")
        xml.attribute("fo:country", "NL")
        xml.endElement()
        xml.endElement()
    }

    private static func writeParagraphStyle(_ definition: ParagraphDefinition, _ xml: XMLWriter) {
        xml.startElement("style:style")
        xml.attribute("style:name", StyleName.encode(definition.name))
        if StyleName.encode(definition.name) != definition.name {
            xml.attribute("style:display-name", definition.name)
        }
        xml.attribute("style:family", "paragraph")
        if let parent = definition.parent { xml.attribute("style:parent-style-name", StyleName.encode(parent)) }
        if let next = definition.next { xml.attribute("style:next-style-name", StyleName.encode(next)) }
        if let level = definition.outlineLevel { xml.attribute("style:default-outline-level", String(level)) }
        if !definition.paragraph.isEmpty || !definition.tabStops.isEmpty {
            xml.startElement("style:paragraph-properties")
            for (name, value) in definition.paragraph { xml.dynamicAttribute(name, value) }
            if !definition.tabStops.isEmpty {
                xml.startElement("style:tab-stops")
                for position in definition.tabStops {
                    xml.startElement("style:tab-stop")
                    xml.attribute("style:position", PageGeometry.centimetres(position))
                    xml.endElement()
                }
                xml.endElement()
            }
            xml.endElement()
        }
        if !definition.text.isEmpty {
            xml.startElement("style:text-properties")
            for (name, value) in definition.text { xml.dynamicAttribute(name, value) }
            xml.endElement()
        }
        xml.endElement()
    }

    private static func writeTextStyle(_ name: String, _ property: (String, String), _ xml: XMLWriter) {
        xml.startElement("style:style")
        xml.attribute("style:name", StyleName.encode(name))
        xml.attribute("style:family", "text")
        xml.startElement("style:text-properties")
        xml.dynamicAttribute(property.0, property.1)
        xml.endElement()
        xml.endElement()
    }

    /// Headings carry their numbers in the text, so the outline adds none.
    private static func writeOutlineStyle(_ xml: XMLWriter) {
        xml.startElement("text:outline-style")
        xml.attribute("style:name", "Outline")
        for level in 1...10 {
            xml.startElement("text:outline-level-style")
            xml.attribute("text:level", String(level))
            xml.attribute("style:num-format", "")
            xml.endElement()
        }
        xml.endElement()
    }

    private static func writePageLayout(_ geometry: PageGeometry, _ xml: XMLWriter) {
        xml.startElement("office:automatic-styles")
        xml.startElement("style:page-layout")
        xml.attribute("style:name", "Pagina")
        xml.startElement("style:page-layout-properties")
        xml.attribute("fo:page-width", PageGeometry.centimetres(geometry.width))
        xml.attribute("fo:page-height", PageGeometry.centimetres(geometry.height))
        xml.attribute("style:print-orientation", "portrait")
        xml.attribute("fo:margin-top", PageGeometry.centimetres(geometry.marginTop))
        xml.attribute("fo:margin-bottom", PageGeometry.centimetres(geometry.marginBottom))
        xml.attribute("fo:margin-left", PageGeometry.centimetres(geometry.marginLeft))
        xml.attribute("fo:margin-right", PageGeometry.centimetres(geometry.marginRight))
        xml.endElement()
        for part in ["style:header-style", "style:footer-style"] as [StaticString] {
            xml.startElement(part)
            xml.startElement("style:header-footer-properties")
            xml.attribute("fo:min-height", "0.600cm")
            if part.description == "style:header-style" {
                xml.attribute("fo:margin-bottom", "0.500cm")
            } else {
                xml.attribute("fo:margin-top", "0.400cm")
            }
            xml.endElement()
            xml.endElement()
        }
        xml.endElement()
        xml.endElement()
    }

    private static func writeMasterPage(_ page: PageSetup, _ xml: XMLWriter) {
        xml.startElement("office:master-styles")
        xml.startElement("style:master-page")
        xml.attribute("style:name", "Standard")
        xml.attribute("style:page-layout-name", "Pagina")
        xml.startElement("style:header")
        xml.startElement("text:p")
        xml.attribute("text:style-name", StyleName.encode(headerStyle))
        xml.text(page.headerText)
        xml.endElement()
        xml.endElement()
        xml.startElement("style:footer")
        xml.startElement("text:p")
        xml.attribute("text:style-name", StyleName.encode(footerStyle))
        if !page.footerText.isEmpty {
            xml.text(page.footerText)
            xml.emptyElement("text:tab")
        }
        xml.text("Pagina ")
        xml.startElement("text:page-number")
        xml.attribute("text:select-page", "current")
        xml.endElement()
        xml.text(" van ")
        xml.emptyElement("text:page-count")
        xml.endElement()
        xml.endElement()
        xml.endElement()
        xml.endElement()
    }
}
