import RaadsDocCore
import XMLSupport

/// Fills a house-style template for one document: the generated blocks at
/// the block placeholders, the field values at the field placeholders (in
/// the text, in tables, in headers and footers), and the automatic styles
/// of the generated blocks after the template's own.
package enum TemplateWriter {
    package static func content(_ document: Document, template: HouseStyleTemplate,
                                metrics: TextMetrics = .standard) throws(XMLError) -> WrittenContent {
        let body = try BodyWriter(geometry: template.geometry, styleNamePrefix: template.styleNamePrefix, metrics: metrics)
        body.parts = document.pageParts
        var fills: [[UInt8]] = []
        for hole in template.content.holes {
            switch hole {
            case .blocks(let blocks, let masterPage):
                // "Eerste pagina" is the letterhead page of the standard
                // template: only a letter starts it, other kinds begin on
                // the template's default page style.
                let start = masterPage == HouseStyle.firstPageName && document.page.letterhead == nil ? nil : masterPage
                fills.append(try body.fragment(blocks.flatMap { $0.blocks(of: document) }, masterPage: start))
            case .field(let name):
                fills.append(try fieldXML(document.fields[name] ?? ""))
            case .fieldDeclarations(let element):
                fills.append(try fieldDeclarations(body.parts, element: element))
            case .automaticStyles, .masterPages, .initials:
                fills.append([])
            }
        }
        let styleWriter = try XMLWriter()
        body.styles.writeStyles(to: styleWriter)
        let automaticStyles = try styleWriter.fragment()
        let xml = template.content.filled { index, hole in
            hole == .automaticStyles ? automaticStyles : fills[index]
        }
        return WrittenContent(xml: xml, pictures: body.pictures)
    }

    /// styles.xml: the template's styles with the fields of its headers and
    /// footers filled in.
    package static func styles(_ document: Document, template: HouseStyleTemplate) throws(XMLError) -> [UInt8] {
        var fills: [[UInt8]] = []
        for hole in template.styles.holes {
            switch hole {
            case .field(let name):
                fills.append(try fieldXML(document.fields[name] ?? ""))
            case .masterPages:
                let xml = try XMLWriter()
                PartPages.writeMasterPages(document.pageParts, pageLayout: template.partPageLayout,
                                           initials: document.page.initials, to: xml)
                fills.append(try xml.fragment())
            case .initials:
                let xml = try XMLWriter()
                PartPages.writeInitialsLine(document.page.initials, to: xml)
                fills.append(try xml.fragment())
            default:
                fills.append([])
            }
        }
        return template.styles.filled { index, _ in fills[index] }
    }

    /// What styles.xml depends on besides the template: the values of the
    /// fields in its headers and footers. Equal keys give equal bytes.
    package static func stylesKey(_ document: Document, template: HouseStyleTemplate) -> String {
        var key = template.sha256 + "\u{1}\(document.pageParts)\u{1}\(document.page.initials)"
        for case .field(let name) in template.styles.holes {
            key += "\u{1}" + (document.fields[name] ?? "")
        }
        return key
    }

    /// The parts' page-count fields, in a `text:user-field-decls` of
    /// their own when `element` is set; nothing without parts.
    private static func fieldDeclarations(_ parts: [PagePart], element: Bool) throws(XMLError) -> [UInt8] {
        guard !parts.isEmpty else { return [] }
        let xml = try XMLWriter()
        if element { xml.startElement("text:user-field-decls") }
        PartPages.writeFieldDeclarations(parts, to: xml)
        if element { xml.endElement() }
        return try xml.fragment()
    }

    private static func fieldXML(_ value: String) throws(XMLError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.odfText(value)
        return try xml.fragment()
    }
}
