import XMLSupport
import ZipSupport

/// Assembles the parts of an OpenDocument text into a zip: `mimetype` first,
/// stored, with no extra field; then the XML parts, deflated; every entry
/// with the document's date as its timestamp, so bytes never depend on the
/// clock or the time zone.
public enum ODTPackage {
    public struct Part: Sendable {
        public let path: String
        public let mediaType: String
        public let bytes: [UInt8]

        public init(path: String, mediaType: String, bytes: [UInt8]) {
            self.path = path
            self.mediaType = mediaType
            self.bytes = bytes
        }
    }

    /// An entry of another package (a template's logo) copied as it is,
    /// without inflating and deflating it again.
    public struct Copy: Sendable {
        public let entry: ZipEntryInfo
        public let mediaType: String

        public init(entry: ZipEntryInfo, mediaType: String) {
            self.entry = entry
            self.mediaType = mediaType
        }
    }

    public static let compressionLevel = 6

    /// The zip bytes of a package made of `parts` (content, styles, meta)
    /// and `copies` of entries of `source`; the manifest is written here
    /// from the same lists.
    public static func zip(_ parts: [Part], copying copies: [Copy] = [], from source: ZipArchiveReader? = nil,
                           date: Datum) throws -> [UInt8] {
        let timestamp = DOSTimestamp(year: date.year, month: date.month, day: date.day)
        let manifest = try ManifestWriter.manifestXML(
            parts: parts.map { ($0.path, $0.mediaType) } + copies.map { ($0.entry.name, $0.mediaType) })
        if StageClock.measuresDeflateFloor {
            StageClock.measure(.deflateFloor) {
                for bytes in parts.map(\.bytes) + [manifest] { _ = RawDeflate.compressedSize(bytes, level: compressionLevel) }
            }
        }
        let archive = try ZipArchiveWriter()
        try archive.add("mimetype", Array(ODFVersion.mediaType.utf8), compression: .store, timestamp: timestamp)
        for part in parts {
            try archive.add(part.path, part.bytes, compression: .deflate(level: compressionLevel), timestamp: timestamp)
        }
        if let source {
            for copy in copies { try archive.copyRaw(copy.entry, from: source, timestamp: timestamp) }
        }
        try archive.add("META-INF/manifest.xml", manifest, compression: .deflate(level: compressionLevel), timestamp: timestamp)
        return try archive.finish()
    }
}
