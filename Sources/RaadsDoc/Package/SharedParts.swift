import Synchronization
import ZipSupport

/// The parts many documents share, deflated once per process: per house
/// style its manifest and the entries it copies into every document
/// (a template's settings and pictures), and each styles.xml that comes
/// back (the same house style, header and footer). A styles.xml is kept
/// from its second use on, so documents whose header carries their own
/// subject do not fill the store with parts used once.
enum SharedParts {
    /// Manifest and copied entries of one house style; `key` is the
    /// template's SHA-256, "" for the built-in style.
    static func houseStyle(key: String, copies makeCopies: () throws -> (entries: [ODTPackage.Copy], source: [UInt8]))
        throws -> PrecompressedArchive {
        if let known = houseStyles.withLock({ $0[key] }) { return known }
        let (copies, source) = try makeCopies()
        let manifest = try ManifestWriter.manifestXML(parts: [
            ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
        ] + copies.map { ($0.entry.name, $0.mediaType) })
        let archive = try PrecompressedArchive(parts: [("META-INF/manifest.xml", manifest)],
                                               copies: copies.map(\.entry), from: source)
        houseStyles.withLock { store in
            if store.count >= capacity { store.removeAll() }
            store[key] = archive
        }
        return archive
    }

    /// styles.xml for `key`: deflated already when it was seen before, or
    /// written by `make` (and kept when this is its second use).
    static func styles(key: String, make: () throws -> [UInt8]) throws -> StylesPart {
        if let known = styles.withLock({ $0.archives[key] }) { return .precompressed(known) }
        let bytes = try make()
        let seenBefore = styles.withLock { $0.seen.insert(key).inserted == false }
        guard seenBefore else { return .fresh(bytes) }
        let archive = try PrecompressedArchive(parts: [("styles.xml", bytes)])
        styles.withLock { store in
            if store.archives.count >= capacity { store = StylesStore() }
            store.archives[key] = archive
        }
        return .precompressed(archive)
    }

    enum StylesPart {
        case fresh([UInt8])
        case precompressed(PrecompressedArchive)
    }

    private struct StylesStore {
        var archives: [String: PrecompressedArchive] = [:]
        var seen: Set<String> = []
    }

    private static let capacity = 64
    private static let houseStyles = Mutex<[String: PrecompressedArchive]>([:])
    private static let styles = Mutex(StylesStore())
}
