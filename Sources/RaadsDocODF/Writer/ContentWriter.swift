import RaadsDocCore
import XMLSupport

/// Writes content.xml: the automatic styles the body needs, then the body.
package enum ContentWriter {
    package static func contentXML(_ document: Document, geometry: PageGeometry) throws(XMLError) -> [UInt8] {
        let body = try BodyWriter(geometry: geometry)
        let fragment = try body.fragment(document.blocks)
        let xml = try XMLWriter()
        xml.startDocument()
        xml.startElement("office:document-content")
        ODFNamespaces.declareDocumentNamespaces(xml)
        HouseStyle.writeFontFaces(xml)
        body.styles.write(to: xml)
        xml.startElement("office:body")
        xml.startElement("office:text")
        xml.raw(fragment)
        xml.endElement()
        xml.endElement()
        xml.endElement()
        return try xml.finish()
    }
}
