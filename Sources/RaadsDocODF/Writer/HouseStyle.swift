import RaadsDocCore
import XMLSupport

/// The built-in house style: A4, Liberation Sans (LibreOffice's metric
/// match for Arial, installed with it on Debian), the paragraph styles it is
/// given (the shared ones and every kind's, collected by the registry), the
/// organisation in the header and "Pagina X van Y" in the footer. A template made in LibreOffice may
/// redefine any of these styles.
public enum HouseStyle {
    package static let font = StyleDefinition.bodyFont
    package static let emphasisStyle = "Nadruk"
    package static let strongStyle = "Vet"
    package static let headerStyle = ParagraphStyle.header.name
    package static let footerStyle = ParagraphStyle.footer.name

    /// The bytes of styles.xml for a page with this header and footer, in
    /// `language` (BCP 47, "nl-BE"): the language LibreOffice hyphenates
    /// and checks spelling in.
    package static func stylesXML(_ paragraphStyles: [StyleDefinition], page: PageSetup, geometry: PageGeometry,
                                  language: String = "nl-NL") throws(XMLError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.startDocument()
        xml.startElement("office:document-styles")
        ODFNamespaces.declareDocumentNamespaces(xml)
        writeFontFaces(xml)
        xml.startElement("office:styles")
        writeDefaultStyle(language: language, xml)
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

    private static func writeDefaultStyle(language: String, _ xml: XMLWriter) {
        let parts = language.split(separator: "-", maxSplits: 1).map(String.init)
        xml.startElement("style:default-style")
        xml.attribute("style:family", "paragraph")
        xml.startElement("style:paragraph-properties")
        xml.attribute("style:tab-stop-distance", "1.250cm")
        xml.endElement()
        xml.startElement("style:text-properties")
        xml.attribute("style:font-name", font)
        xml.attribute("fo:font-size", "10.5pt")
        xml.attribute("fo:language", parts.first ?? "nl")
        if parts.count > 1 { xml.attribute("fo:country", parts[1]) }
        xml.endElement()
        xml.endElement()
    }

    private static func writeParagraphStyle(_ definition: StyleDefinition, _ xml: XMLWriter) {
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
