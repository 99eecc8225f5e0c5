import RaadsDocCore
import XMLSupport

/// Writes META-INF/manifest.xml, listing every part of the package except
/// `mimetype` and the manifest itself.
package enum ManifestWriter {
    /// The parts raadsdoc writes into every document.
    package static let writtenParts = [("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml")]

    package static func manifestXML(parts: [(path: String, mediaType: String)]) throws(XMLError) -> [UInt8] {
        let xml = XMLWriter()
        xml.startDocument()
        xml.startElement("manifest:manifest")
        xml.attribute("xmlns:manifest", ODFNamespaces.manifest)
        xml.attribute("manifest:version", ODFVersion.number)
        entry("/", ODFVersion.mediaType, version: true, xml)
        for part in parts { entry(part.path, part.mediaType, version: false, xml) }
        xml.endElement()
        return try xml.finish()
    }

    private static func entry(_ path: String, _ mediaType: String, version: Bool, _ xml: XMLWriter) {
        xml.startElement("manifest:file-entry")
        xml.attribute("manifest:full-path", path)
        if version { xml.attribute("manifest:version", ODFVersion.number) }
        xml.attribute("manifest:media-type", mediaType)
        xml.endElement()
    }
}
