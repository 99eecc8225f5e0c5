/// Renders a document tree as the bytes of an .odt file in the built-in
/// house style.
public struct ODFWriter: Sendable {
    public let geometry: PageGeometry

    public init(geometry: PageGeometry = PageGeometry()) {
        self.geometry = geometry
    }

    public func odt(_ document: Document) throws -> [UInt8] {
        let parts = try StageClock.measure(.xml) {
            [
                ODTPackage.Part(path: "content.xml", mediaType: "text/xml",
                                bytes: try ContentWriter.contentXML(document, geometry: geometry)),
                ODTPackage.Part(path: "styles.xml", mediaType: "text/xml",
                                bytes: try HouseStyle.stylesXML(page: document.page, geometry: geometry)),
                ODTPackage.Part(path: "meta.xml", mediaType: "text/xml",
                                bytes: try MetaWriter.metaXML(document.metadata)),
            ]
        }
        return try StageClock.measure(.zip) { try ODTPackage.zip(parts, date: document.metadata.date) }
    }
}
