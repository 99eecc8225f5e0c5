import XMLSupport
import ZipSupport

/// Assembles the parts of an OpenDocument text into a zip: `mimetype` first,
/// stored, with no extra field; then content.xml, styles.xml, meta.xml, the
/// house style's copied parts and the manifest; every entry with the
/// document's date as its timestamp, so bytes never depend on the clock or
/// the time zone. What many documents share comes deflated already from
/// `SharedParts` and is copied raw.
public enum ODTPackage {
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

    static func zip(content: [UInt8], styles: SharedParts.Part, meta: [UInt8], houseStyle: SharedParts.HouseStyle,
                    date: Datum) throws -> [UInt8] {
        let timestamp = DOSTimestamp(year: date.year, month: date.month, day: date.day)
        let (packedContent, packedMeta) = try DeflaterPool.with { deflater in
            (try deflater.pack(content), try deflater.pack(meta))
        }
        let archive = try ZipArchiveWriter()
        try archive.add("mimetype", Array(ODFVersion.mediaType.utf8), compression: .store, timestamp: timestamp)
        try archive.add("content.xml", packed: packedContent, timestamp: timestamp)
        try archive.add("styles.xml", packed: styles.packed, timestamp: timestamp)
        try archive.add("meta.xml", packed: packedMeta, timestamp: timestamp)
        for copy in houseStyle.copies {
            try archive.add(copy.name, packed: copy.packed, timestamp: timestamp)
        }
        try archive.add("META-INF/manifest.xml", packed: houseStyle.manifest.packed, timestamp: timestamp)
        return try archive.finish()
    }

    /// Deflates the XML of one document with zlib alone, as the benchmark's
    /// floor: what any ODT writer must at least spend on compression, with
    /// a zlib stream that is set up once and reset per part, as ours is.
    static func measureDeflateFloor(content: [UInt8], styles: SharedParts.Part, meta: [UInt8],
                                    houseStyle: SharedParts.HouseStyle) throws {
        try DeflaterPool.with { deflater in
            try StageClock.measure(.deflateFloor) { () throws in
                for bytes in [content, styles.xml, meta, houseStyle.manifest.xml] {
                    _ = try deflater.deflated(bytes)
                }
            }
        }
    }
}
