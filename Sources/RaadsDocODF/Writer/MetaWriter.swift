import RaadsDocCore
import XMLSupport

/// Writes meta.xml. The creation date is the document's own date, never the
/// clock, so the same input always gives the same bytes. The user-defined
/// fields carry the publication metadata and the source's checksum.
package enum MetaWriter {
    package static let generator = "raadsdoc/\(RaadsDocVersion.number)"

    package static func metaXML(_ metadata: DocumentMetadata) throws(XMLError) -> [UInt8] {
        let xml = XMLWriter()
        xml.startDocument()
        xml.startElement("office:document-meta")
        xml.attribute("xmlns:office", ODFNamespaces.office)
        xml.attribute("xmlns:meta", ODFNamespaces.meta)
        xml.attribute("xmlns:dc", ODFNamespaces.dc)
        xml.attribute("xmlns:xlink", ODFNamespaces.xlink)
        xml.attribute("office:version", ODFVersion.number)
        xml.startElement("office:meta")
        element("meta:generator", generator, xml)
        element("dc:title", metadata.title, xml)
        element("dc:subject", metadata.subject, xml)
        element("dc:language", metadata.language, xml)
        if let date = metadata.date {
            element("meta:creation-date", date.iso + "T00:00:00", xml)
            element("dc:date", date.iso + "T00:00:00", xml)
        }
        for keyword in metadata.keywords { element("meta:keyword", keyword, xml) }
        for field in metadata.userDefined {
            xml.startElement("meta:user-defined")
            xml.attribute("meta:name", field.name)
            xml.attribute("meta:value-type", "string")
            xml.text(field.value)
            xml.endElement()
        }
        xml.endElement()
        xml.endElement()
        return try xml.finish()
    }

    private static func element(_ name: StaticString, _ value: String, _ xml: XMLWriter) {
        xml.startElement(name)
        xml.text(value)
        xml.endElement()
    }
}
