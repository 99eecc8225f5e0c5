import RaadsDocCore
import XMLSupport

/// content.xml and the pictures its figures show.
package struct WrittenContent {
    package let xml: [UInt8]
    package let pictures: [PackagedPicture]
}

/// Writes content.xml: the automatic styles the body needs, then the body.
package enum ContentWriter {
    package static func contentXML(_ document: Document, geometry: PageGeometry,
                                   metrics: TextMetrics = .standard) throws(XMLError) -> WrittenContent {
        let body = BodyWriter(geometry: geometry, metrics: metrics)
        body.parts = document.pageParts
        let fragment = try body.fragment(document.blocks, masterPage: document.page.letterhead == nil ? nil : HouseStyle.firstPageName)
        let xml = XMLWriter()
        xml.startDocument()
        xml.startElement("office:document-content")
        ODFNamespaces.declareDocumentNamespaces(xml)
        HouseStyle.writeFontFaces(xml)
        body.styles.write(to: xml)
        xml.startElement("office:body")
        xml.startElement("office:text")
        BodyWriter.writeTrackedChanges(body.changedRegions, to: xml)
        if !body.parts.isEmpty {
            xml.startElement("text:user-field-decls")
            PartPages.writeFieldDeclarations(body.parts, to: xml)
            xml.endElement()
        }
        xml.raw(fragment)
        xml.endElement()
        xml.endElement()
        xml.endElement()
        return WrittenContent(xml: try xml.finish(), pictures: body.pictures)
    }
}
