import RaadsDocCore
import Synchronization
import ZipSupport

/// The parts many documents share, packed once per process and copied as
/// they are into the zip of every document that needs them: per house
/// style its manifest and the entries it copies into every document (a
/// template's settings and pictures), and each styles.xml that comes back
/// (the same house style, header and footer). A styles.xml is kept from its
/// second use on, so documents whose header carries their own subject do
/// not fill the store with parts used once.
package enum SharedParts {
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

    /// The house style for `key`: the template's SHA-256, "" for the
    /// built-in style.
    package static func houseStyle(key: String, copies makeCopies: () throws -> [CopiedEntry])
        throws -> HouseStyle {
        if let known = houseStyles.withLock({ $0[key] }) { return known }
        let copies = try makeCopies()
        let manifest = try ManifestWriter.manifestXML(parts: [
            ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
        ] + copies.map { ($0.name, $0.mediaType) })
        let houseStyle = HouseStyle(copies: copies,
                                    manifest: Part(packed: try DeflaterPool.with { try $0.pack(manifest) }, xml: manifest))
        houseStyles.withLock { store in
            if store.count >= capacity { store.removeAll() }
            store[key] = houseStyle
        }
        return houseStyle
    }

    /// styles.xml for `key`: packed already when it was seen before, or
    /// written by `make` and packed (and kept when this is its second use).
    package static func styles(key: String, make: () throws -> [UInt8]) throws -> Part {
        if let known = styles.withLock({ $0.parts[key] }) { return known }
        let bytes = try make()
        let part = Part(packed: try DeflaterPool.with { try $0.pack(bytes) }, xml: bytes)
        let seenBefore = styles.withLock { $0.seen.insert(key).inserted == false }
        guard seenBefore else { return part }
        styles.withLock { store in
            if store.parts.count >= capacity { store = StylesStore() }
            store.parts[key] = part
        }
        return part
    }

    private struct StylesStore {
        var parts: [String: Part] = [:]
        var seen: Set<String> = []
    }

    private static let capacity = 64
    private static let houseStyles = Mutex<[String: HouseStyle]>([:])
    private static let styles = Mutex(StylesStore())
}
