import RaadsDocCore
import ZipSupport

/// Renders a document tree as the bytes of an .odt file, in the built-in
/// house style or in a house-style template. The parts many documents
/// share (styles.xml, a template's pictures and settings, the manifest) are
/// written and deflated once per process (see `SharedParts`).
public struct ODFWriter: Sendable {
    /// The paragraph styles of the built-in house style.
    public let styles: [StyleDefinition]
    public let geometry: PageGeometry
    /// Tells apart the styles.xml of writers with other styles.
    private let stylesKey: String

    public init(styles: [StyleDefinition], geometry: PageGeometry = PageGeometry()) {
        self.styles = styles
        self.geometry = geometry
        stylesKey = styles.map(\.name).joined(separator: "\u{1}")
    }

    public func odt(_ document: Document, template: HouseStyleTemplate? = nil) throws -> [UInt8] {
        let (content, styles, meta) = try StageClock.measure(.xml) { () throws -> ([UInt8], SharedParts.Part, [UInt8]) in
            let meta = try MetaWriter.metaXML(document.metadata)
            guard let template else {
                let page = document.page
                let key = "ingebouwd\u{1}\(page.headerText)\u{1}\(page.footerText)\u{1}\(geometry)\u{1}\(stylesKey)"
                let styles = try SharedParts.styles(key: key) {
                    try HouseStyle.stylesXML(self.styles, page: page, geometry: geometry)
                }
                return (try ContentWriter.contentXML(document, geometry: geometry), styles, meta)
            }
            let styles = try SharedParts.styles(key: TemplateWriter.stylesKey(document, template: template)) {
                try TemplateWriter.styles(document, template: template)
            }
            return (try TemplateWriter.content(document, template: template), styles, meta)
        }
        let houseStyle = try StageClock.measure(.zip) {
            try SharedParts.houseStyle(key: template?.sha256 ?? "") {
                guard let template else { return [] }
                return try copies(of: template)
            }
        }
        if StageClock.measuresDeflateFloor {
            try ODTPackage.measureDeflateFloor(content: content, styles: styles, meta: meta, houseStyle: houseStyle)
        }
        return try StageClock.measure(.zip) {
            try ODTPackage.zip(content: content, styles: styles, meta: meta, houseStyle: houseStyle, date: document.metadata.date)
        }
    }

    /// The entries a template copies into every document, as its package
    /// lists them, each as it is stored in the template; the XML ones also
    /// inflated, for the benchmark's deflate floor.
    private func copies(of template: HouseStyleTemplate) throws -> [SharedParts.CopiedEntry] {
        let source = try ZipArchiveReader(bytes: template.bytes)
        return try template.copied.compactMap { copied in
            guard let entry = source.entry(named: copied.name) else { return nil }
            let isXML = copied.mediaType == "text/xml" || copied.name.hasSuffix(".xml")
            return SharedParts.CopiedEntry(name: entry.name, mediaType: copied.mediaType, packed: try source.packed(entry),
                                           xml: isXML ? try source.read(entry, limit: Int(entry.size)) : nil)
        }
    }
}
