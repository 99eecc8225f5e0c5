import HashSupport
import RaadsDocCore
import ZipSupport

/// Renders a document tree as the bytes of an .odt file, in the built-in
/// house style or in a house-style template. The parts many documents
/// share (styles.xml, a template's pictures and settings, the manifest) are
/// written and deflated once per writer (see `SharedParts`): a writer and
/// its copies share them, another writer has its own.
public struct ODFWriter: Sendable {
    /// The paragraph styles of the built-in house style.
    public let styles: [StyleDefinition]
    public let geometry: PageGeometry
    /// Tells apart the styles.xml of writers with other styles.
    private let stylesKey: String
    private let metrics: TextMetrics
    package let shared: SharedParts

    public init(styles: [StyleDefinition], geometry: PageGeometry = PageGeometry()) {
        self.init(styles: styles, geometry: geometry, shared: SharedParts())
    }

    package init(styles: [StyleDefinition], geometry: PageGeometry = PageGeometry(), shared: SharedParts) {
        self.styles = styles
        self.geometry = geometry
        self.shared = shared
        stylesKey = styles.map(\.name).joined(separator: "\u{1}")
        metrics = TextMetrics(styles)
    }

    /// The .odt bytes of `document`; the time each stage takes is added to
    /// `clock`, which also says whether to measure the deflate floor.
    public func odt(_ document: Document, template: HouseStyleTemplate? = nil, clock: StageClock = StageClock()) throws -> [UInt8] {
        let (written, styles, meta) = try clock.measure(.xml) { () throws -> (WrittenContent, SharedParts.Part, [UInt8]) in
            let meta = try MetaWriter.metaXML(document.metadata)
            guard let template else {
                let page = document.page
                let language = document.metadata.language
                let parts = document.pageParts
                let letterhead = page.letterhead.map {
                    ([$0.organisation, $0.logo.map { SHA256.hex($0.bytes) } ?? ""] + $0.lines).joined(separator: "\u{2}")
                } ?? ""
                let key = "ingebouwd\u{1}\(page.headerText)\u{1}\(page.footerText)\u{1}\(language)\u{1}\(geometry)\u{1}\(stylesKey)"
                    + "\u{1}\(parts)\u{1}\(letterhead)\u{1}\(page.initials)"
                let styles = try shared.styles(key: key) {
                    try HouseStyle.stylesXML(self.styles, page: page, geometry: geometry, language: language, parts: parts)
                }
                return (try ContentWriter.contentXML(document, geometry: geometry, metrics: metrics), styles, meta)
            }
            let styles = try shared.styles(key: TemplateWriter.stylesKey(document, template: template)) {
                try TemplateWriter.styles(document, template: template)
            }
            return (try TemplateWriter.content(document, template: template, metrics: metrics), styles, meta)
        }
        let templateParts = try clock.measure(.zip) {
            try shared.templateParts(key: template?.sha256 ?? "") {
                guard let template else { return [] }
                return try copies(of: template)
            }
        }
        let content = written.xml
        return try clock.measure(.zip) {
            try ODTPackage.zip(content: content, styles: styles, meta: meta, templateParts: templateParts,
                               pictures: pictures(written, document: document, template: template),
                               date: document.metadata.date ?? Datum.epoch, deflaters: shared.deflaters,
                               floor: clock.measuresFloor ? clock : nil)
        }
    }

    /// The pictures of the body, and the letterhead's logo in the built-in
    /// house style, each once.
    private func pictures(_ written: WrittenContent, document: Document, template: HouseStyleTemplate?) -> [PackagedPicture] {
        guard template == nil, let logo = document.page.letterhead?.logo else { return written.pictures }
        let packaged = PackagedPicture(logo)
        return written.pictures.contains { $0.path == packaged.path } ? written.pictures : written.pictures + [packaged]
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
