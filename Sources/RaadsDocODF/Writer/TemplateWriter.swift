import RaadsDocCore
import XMLSupport

/// Fills a house-style template for one document: the generated blocks at
/// the block placeholders, the field values at the field placeholders (in
/// the text, in tables, in headers and footers), and the automatic styles
/// of the generated blocks after the template's own.
package enum TemplateWriter {
    package static func content(_ document: Document, template: HouseStyleTemplate,
                                metrics: TextMetrics = .standard) throws(XMLError) -> WrittenContent {
        let body = BodyWriter(geometry: template.geometry, styleNamePrefix: template.styleNamePrefix, metrics: metrics)
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
        let styleWriter = XMLWriter()
        body.styles.writeStyles(to: styleWriter)
        let automaticStyles = try styleWriter.fragment()
        let xml = template.content.filled { index, hole in
            hole == .automaticStyles ? automaticStyles : fills[index]
        }
        return WrittenContent(xml: try withTrackedChanges(body.changedRegions, in: xml), pictures: body.pictures)
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
                let xml = XMLWriter()
                PartPages.writeMasterPages(document.pageParts, pageLayout: template.partPageLayout,
                                           initials: document.page.initials, to: xml)
                fills.append(try xml.fragment())
            case .initials:
                let xml = XMLWriter()
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
        let xml = XMLWriter()
        if element { xml.startElement("text:user-field-decls") }
        PartPages.writeFieldDeclarations(parts, to: xml)
        if element { xml.endElement() }
        return try xml.fragment()
    }

    /// A redline's `text:tracked-changes` where ODF wants it: first in
    /// `office:text`, after the template's `office:forms` if it has one.
    private static func withTrackedChanges(_ regions: [ChangedRegion], in xml: [UInt8]) throws(XMLError) -> [UInt8] {
        guard !regions.isEmpty, var index = find(Array("<office:text".utf8), in: xml, from: 0),
              let tagEnd = xml[index...].firstIndex(of: UInt8(ascii: ">")) else { return xml }
        index = tagEnd + 1
        if xml[index...].starts(with: Array("<office:forms".utf8)), let formsEnd = xml[index...].firstIndex(of: UInt8(ascii: ">")) {
            index = formsEnd + 1
            if xml[formsEnd - 1] != UInt8(ascii: "/"), let close = find(Array("</office:forms>".utf8), in: xml, from: index) {
                index = close + "</office:forms>".utf8.count
            }
        }
        let writer = XMLWriter()
        BodyWriter.writeTrackedChanges(regions, to: writer)
        return Array(xml[..<index]) + (try writer.fragment()) + Array(xml[index...])
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func fieldXML(_ value: String) throws(XMLError) -> [UInt8] {
        let xml = XMLWriter()
        xml.odfText(value)
        return try xml.fragment()
    }
}
