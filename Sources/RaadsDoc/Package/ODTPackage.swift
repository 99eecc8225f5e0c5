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

    static func zip(content: [UInt8], styles: SharedParts.StylesPart, meta: [UInt8], houseStyle: PrecompressedArchive,
                    date: Datum) throws -> [UInt8] {
        let timestamp = DOSTimestamp(year: date.year, month: date.month, day: date.day)
        let deflate = ZipArchiveWriter.Compression.deflate(level: compressionLevel)
        return try houseStyle.withReader { houseStyleReader in
            let archive = try ZipArchiveWriter()
            try archive.add("mimetype", Array(ODFVersion.mediaType.utf8), compression: .store, timestamp: timestamp)
            try archive.add("content.xml", content, compression: deflate, timestamp: timestamp)
            switch styles {
            case .fresh(let bytes):
                try archive.add("styles.xml", bytes, compression: deflate, timestamp: timestamp)
                try finish(archive, meta: meta, houseStyle: houseStyle, reader: houseStyleReader, timestamp: timestamp)
                return try archive.finish()
            case .precompressed(let stylesArchive):
                return try stylesArchive.withReader { stylesReader in
                    guard let entry = stylesArchive.entries.first else { throw ZipError("styles.xml ontbreekt") }
                    try archive.copyRaw(entry, from: stylesReader, timestamp: timestamp)
                    try finish(archive, meta: meta, houseStyle: houseStyle, reader: houseStyleReader, timestamp: timestamp)
                    return try archive.finish()
                }
            }
        }
    }

    /// Deflates the XML of one document with zlib alone, as the benchmark's
    /// floor: what any ODT writer must at least spend on compression.
    static func measureDeflateFloor(content: [UInt8], styles: SharedParts.StylesPart, meta: [UInt8],
                                    houseStyle: PrecompressedArchive) {
        let stylesBytes = switch styles {
        case .fresh(let bytes): bytes
        case .precompressed(let archive): archive.uncompressed.first ?? []
        }
        StageClock.measure(.deflateFloor) {
            for bytes in [content, stylesBytes, meta] + houseStyle.uncompressed {
                _ = RawDeflate.compressedSize(bytes, level: compressionLevel)
            }
        }
    }

    /// meta.xml, the house style's copied entries, and the manifest last.
    private static func finish(_ archive: ZipArchiveWriter, meta: [UInt8], houseStyle: PrecompressedArchive,
                               reader: ZipArchiveReader, timestamp: DOSTimestamp) throws {
        try archive.add("meta.xml", meta, compression: .deflate(level: compressionLevel), timestamp: timestamp)
        for entry in houseStyle.entries where entry.name != "META-INF/manifest.xml" {
            try archive.copyRaw(entry, from: reader, timestamp: timestamp)
        }
        if let manifest = houseStyle.entry(named: "META-INF/manifest.xml") {
            try archive.copyRaw(manifest, from: reader, timestamp: timestamp)
        }
    }
}
