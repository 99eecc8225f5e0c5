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

    /// What a house style puts in every document besides content, styles
    /// and meta: the template's copied entries and the manifest.
    package struct HouseStyle: Sendable {
        package let copies: [CopiedEntry]
        package let manifest: Part

        /// Every XML part the house style adds to a document.
        package var xml: [[UInt8]] { copies.compactMap(\.xml) + [manifest.xml] }
    }

    /// The deflaters that pack these parts, lent out for the parts of each
    /// document too.
    package let deflaters: DeflaterPool
    private let houseStyles: Mutex<LRUCache<String, HouseStyle>>
    private let styles: Mutex<StylesStore>

    /// At most `houseStyleCapacity` house styles and `stylesCapacity`
    /// styles.xml parts are kept; of the styles.xml seen once, four times
    /// as many keys are remembered.
    package init(houseStyleCapacity: Int = 16, stylesCapacity: Int = 64) {
        deflaters = DeflaterPool()
        houseStyles = Mutex(LRUCache(capacity: houseStyleCapacity))
        styles = Mutex(StylesStore(parts: LRUCache(capacity: stylesCapacity), seenOnce: LRUCache(capacity: 4 * stylesCapacity)))
    }

    /// The house style for `key`: the template's SHA-256, "" for the
    /// built-in style.
    package func houseStyle(key: String, copies makeCopies: () throws -> [CopiedEntry]) throws -> HouseStyle {
        if let known = houseStyles.withLock({ $0.value(for: key) }) { return known }
        let copies = try makeCopies()
        let manifest = try ManifestWriter.manifestXML(parts: ManifestWriter.writtenParts + copies.map { ($0.name, $0.mediaType) })
        let houseStyle = HouseStyle(copies: copies,
                                    manifest: Part(packed: try deflaters.with { try $0.pack(manifest) }, xml: manifest))
        houseStyles.withLock { $0.insert(houseStyle, for: key) }
        return houseStyle
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
    package var counts: (houseStyles: Int, styles: Int) {
        (houseStyles.withLock { $0.count }, styles.withLock { $0.parts.count })
    }

    private struct StylesStore {
        var parts: LRUCache<String, Part>
        /// Keys of the styles.xml written once and not kept (yet).
        var seenOnce: LRUCache<String, Void>
    }
}
