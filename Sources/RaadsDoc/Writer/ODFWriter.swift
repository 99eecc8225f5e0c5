import ZipSupport

/// Renders a document tree as the bytes of an .odt file, in the built-in
/// house style or in a house-style template.
public struct ODFWriter: Sendable {
    public let geometry: PageGeometry

    public init(geometry: PageGeometry = PageGeometry()) {
        self.geometry = geometry
    }

    public func odt(_ document: Document, template: HouseStyleTemplate? = nil) throws -> [UInt8] {
        let parts = try StageClock.measure(.xml) { try xmlParts(document, template: template) }
        guard let template else {
            return try StageClock.measure(.zip) { try ODTPackage.zip(parts, date: document.metadata.date) }
        }
        // A reader of its own per document: libzip archives are not shared
        // between threads, and opening one is cheap next to inflating.
        let source = try ZipArchiveReader(bytes: template.bytes)
        let copies = template.copied.compactMap { copied in
            source.entry(named: copied.name).map { ODTPackage.Copy(entry: $0, mediaType: copied.mediaType) }
        }
        return try StageClock.measure(.zip) {
            try ODTPackage.zip(parts, copying: copies, from: source, date: document.metadata.date)
        }
    }

    /// content.xml, styles.xml and meta.xml.
    private func xmlParts(_ document: Document, template: HouseStyleTemplate?) throws -> [ODTPackage.Part] {
        let meta = ODTPackage.Part(path: "meta.xml", mediaType: "text/xml", bytes: try MetaWriter.metaXML(document.metadata))
        guard let template else {
            return [
                ODTPackage.Part(path: "content.xml", mediaType: "text/xml",
                                bytes: try ContentWriter.contentXML(document, geometry: geometry)),
                ODTPackage.Part(path: "styles.xml", mediaType: "text/xml",
                                bytes: try HouseStyle.stylesXML(page: document.page, geometry: geometry)),
                meta,
            ]
        }
        let filled = try TemplateWriter.parts(document, template: template)
        return [
            ODTPackage.Part(path: "content.xml", mediaType: "text/xml", bytes: filled.content),
            ODTPackage.Part(path: "styles.xml", mediaType: "text/xml", bytes: filled.styles),
            meta,
        ]
    }
}
