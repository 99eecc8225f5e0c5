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
    /// and checks spelling in; and a page style for each part of a bundle.
    package static func stylesXML(_ paragraphStyles: [StyleDefinition], page: PageSetup, geometry: PageGeometry,
                                  language: String = "nl-NL", parts: [PagePart] = []) throws(XMLError) -> [UInt8] {
        let xml = XMLWriter()
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
        writeMasterPage(page, parts: parts, xml)
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
        xml.attribute("fo:font-size", "10pt")
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

    private static func writeMasterPage(_ page: PageSetup, parts: [PagePart], _ xml: XMLWriter) {
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
        writeFooter(page, xml)
        xml.endElement()
        if let letterhead = page.letterhead { writeFirstPage(page, letterhead: letterhead, xml) }
        PartPages.writeMasterPages(parts, pageLayout: "Pagina", initials: page.initials, to: xml)
        xml.endElement()
    }

    private static func writeFooter(_ page: PageSetup, _ xml: XMLWriter) {
        xml.startElement("style:footer")
        PartPages.writeRunningPageNumber(footerText: page.footerText, to: xml)
        PartPages.writeInitialsLine(page.initials, to: xml)
        xml.endElement()
    }

    /// The page style of a letter's first page, which the letter's first
    /// paragraph starts; the pages after it are "Standard".
    package static let firstPageName = "Eerste_20_pagina"

    /// The letterhead in the first page's header: the logo, the
    /// organisation, then the address and contact lines, small.
    private static func writeFirstPage(_ page: PageSetup, letterhead: Letterhead, _ xml: XMLWriter) {
        xml.startElement("style:master-page")
        xml.attribute("style:name", firstPageName)
        xml.attribute("style:display-name", "Eerste pagina")
        xml.attribute("style:page-layout-name", "Pagina")
        xml.attribute("style:next-style-name", "Standard")
        xml.startElement("style:header")
        if let logo = letterhead.logo {
            xml.startElement("text:p")
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.letterheadLine.name))
            let (width, height) = logoSize(logo)
            xml.startElement("draw:frame")
            xml.attribute("draw:name", "Logo")
            xml.attribute("text:anchor-type", "as-char")
            xml.attribute("svg:width", PageGeometry.centimetres(width))
            xml.attribute("svg:height", PageGeometry.centimetres(height))
            xml.startElement("draw:image")
            xml.attribute("xlink:href", PackagedPicture.path(of: logo))
            xml.attribute("xlink:type", "simple")
            xml.attribute("xlink:show", "embed")
            xml.attribute("xlink:actuate", "onLoad")
            xml.attribute("draw:mime-type", logo.format.mediaType)
            xml.endElement()
            xml.startElement("svg:title")
            xml.text("Logo van \(letterhead.organisation)")
            xml.endElement()
            xml.endElement()
            xml.endElement()
        }
        xml.startElement("text:p")
        xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.letterheadName.name))
        xml.odfText(letterhead.organisation)
        xml.endElement()
        for line in letterhead.lines {
            xml.startElement("text:p")
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.letterheadLine.name))
            xml.odfText(line)
            xml.endElement()
        }
        xml.endElement()
        writeFooter(page, xml)
        xml.endElement()
    }

    /// The logo 1.6 cm high, at most 8 cm wide, in thousandths of a cm.
    private static func logoSize(_ picture: Picture) -> (Int, Int) {
        let ratio = picture.height > 0 && picture.width > 0 ? picture.width / picture.height : 1
        let width = Int((1_600 * ratio).rounded())
        guard width > 8_000 else { return (max(width, 1), 1_600) }
        return (8_000, max(Int((8_000 / ratio).rounded()), 1))
    }
}
