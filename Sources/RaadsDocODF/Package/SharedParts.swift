import RaadsDocCore
import Synchronization
import ZipSupport

/// The parts many documents share, packed once per writer and copied as
/// they are into the zip of every document that needs them: per house
/// style its manifest and the entries it copies into every document (a
/// template's settings and pictures), and each styles.xml that comes back
/// (the same house style, header and footer). A styles.xml is kept from its
/// second use on, so documents whose header carries their own subject do
/// not fill the store with parts used once.
///
/// Each `ODFWriter` owns one, so two runs in one process never see each
/// other's parts. Both stores are bounded and drop the entry used least
/// recently: a batch uses a handful of house styles, so what it keeps
/// using stays, and a long run with ever new headers stays within bounds.
package final class SharedParts: Sendable {
    /// A part written as XML by raadsdoc, packed, with its XML kept for the
    /// benchmark's deflate floor.
    package struct Part: Sendable {
        package let packed: PackedEntry
        package let xml: [UInt8]
    }

    /// An entry of a template copied into every document; `xml` holds its
    /// bytes when it is XML (settings.xml), for the deflate floor.
    package struct CopiedEntry: Sendable {
        package let name: String
        package let mediaType: String
        package let packed: PackedEntry
        package let xml: [UInt8]?
    }

    /// What a template puts in every document besides content, styles and
    /// meta: its copied entries (pictures, settings) and the manifest.
    package struct TemplateParts: Sendable {
        package let copies: [CopiedEntry]
        package let manifest: Part

        /// Every XML part the template adds to a document.
        package var xml: [[UInt8]] { copies.compactMap(\.xml) + [manifest.xml] }
    }

    /// The deflaters that pack these parts, lent out for the parts of each
    /// document too.
    package let deflaters: DeflaterPool
    private let templatePartsByKey: Mutex<LRUCache<String, TemplateParts>>
    private let styles: Mutex<StylesStore>

    /// At most `templatePartsCapacity` templates' parts and `stylesCapacity`
    /// styles.xml parts are kept; of the styles.xml seen once, four times
    /// as many keys are remembered.
    package init(templatePartsCapacity: Int = 16, stylesCapacity: Int = 64) {
        deflaters = DeflaterPool()
        templatePartsByKey = Mutex(LRUCache(capacity: templatePartsCapacity))
        styles = Mutex(StylesStore(parts: LRUCache(capacity: stylesCapacity), seenOnce: LRUCache(capacity: 4 * stylesCapacity)))
    }

    /// The template's parts for `key`: the template's SHA-256, "" for the
    /// built-in house style (no copies, only the manifest).
    package func templateParts(key: String, copies makeCopies: () throws -> [CopiedEntry]) throws -> TemplateParts {
        if let known = templatePartsByKey.withLock({ $0.value(for: key) }) { return known }
        let copies = try makeCopies()
        let manifest = try ManifestWriter.manifestXML(parts: ManifestWriter.writtenParts + copies.map { ($0.name, $0.mediaType) })
        let parts = TemplateParts(copies: copies, manifest: Part(packed: try deflaters.with { try $0.pack(manifest) }, xml: manifest))
        templatePartsByKey.withLock { $0.insert(parts, for: key) }
        return parts
    }

    /// styles.xml for `key`: packed already when it was seen before, or
    /// written by `make` and packed (and kept when this is its second use).
    package func styles(key: String, make: () throws -> [UInt8]) throws -> Part {
        if let known = styles.withLock({ $0.parts.value(for: key) }) { return known }
        let bytes = try make()
        let part = Part(packed: try deflaters.with { try $0.pack(bytes) }, xml: bytes)
        styles.withLock { store in
            if store.seenOnce.contains(key) {
                store.parts.insert(part, for: key)
            } else {
                store.seenOnce.insert((), for: key)
            }
        }
        return part
    }

    /// How many house styles and styles.xml parts are kept now.
    package var counts: (templateParts: Int, styles: Int) {
        (templatePartsByKey.withLock { $0.count }, styles.withLock { $0.parts.count })
    }

    private struct StylesStore {
        var parts: LRUCache<String, Part>
        /// Keys of the styles.xml written once and not kept (yet).
        var seenOnce: LRUCache<String, Void>
    }
}
