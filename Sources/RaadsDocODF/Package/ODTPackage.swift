import RaadsDocCore
import XMLSupport
import ZipSupport

/// Assembles the parts of an OpenDocument text into a zip: `mimetype` first,
/// stored, with no extra field; then content.xml, styles.xml, meta.xml, the
/// house style's copied parts and the manifest; every entry with the
/// document's date as its timestamp, so bytes never depend on the clock or
/// the time zone. Every part is deflated before libzip sees it, with a
/// deflater from the writer's pool; what many documents share comes packed
/// already from the writer's `SharedParts`.
public enum ODTPackage {
    public static let compressionLevel = 6

    /// With a `floor` clock, every part compressed here (not the shared
    /// ones, which come packed) is deflated once more into its
    /// `deflateFloor`: the floor counts exactly the bytes each document
    /// costs to compress.
    package static func zip(content: [UInt8], styles: SharedParts.Part, meta: [UInt8], templateParts: SharedParts.TemplateParts,
                    pictures: [PackagedPicture] = [], date: Datum, deflaters: DeflaterPool,
                    floor: StageClock? = nil) throws -> [UInt8] {
        let timestamp = DOSTimestamp(year: date.year, month: date.month, day: date.day)
        let (packedContent, packedMeta) = try deflaters.with { deflater in
            try measureFloor(of: [content, meta], with: deflater, on: floor)
            return (try deflater.pack(content), try deflater.pack(meta))
        }
        let archive = try ZipArchiveWriter()
        try archive.add("mimetype", Array(ODFVersion.mediaType.utf8), compression: .store, timestamp: timestamp)
        try archive.add("content.xml", packed: packedContent, timestamp: timestamp)
        try archive.add("styles.xml", packed: styles.packed, timestamp: timestamp)
        try archive.add("meta.xml", packed: packedMeta, timestamp: timestamp)
        for copy in templateParts.copies {
            try archive.add(copy.name, packed: copy.packed, timestamp: timestamp)
        }
        // Pictures are compressed already (an SVG is small), so stored. A
        // name the template uses already is left to it: only a template
        // made from a raadsdoc document has names like these, for the
        // same bytes.
        let pictures = pictures.filter { picture in !templateParts.copies.contains { $0.name == picture.path } }
        for picture in pictures {
            try archive.add(picture.path, picture.bytes, compression: .store, timestamp: timestamp)
        }
        try archive.add("META-INF/manifest.xml", packed: try manifest(templateParts, pictures: pictures, deflaters: deflaters,
                                                                       floor: floor),
                        timestamp: timestamp)
        return try archive.finish()
    }

    /// The template parts' shared manifest, or for a document with pictures
    /// one that lists them too.
    private static func manifest(_ templateParts: SharedParts.TemplateParts, pictures: [PackagedPicture],
                                 deflaters: DeflaterPool, floor: StageClock?) throws -> PackedEntry {
        guard !pictures.isEmpty else { return templateParts.manifest.packed }
        let parts = ManifestWriter.writtenParts + templateParts.copies.map { ($0.name, $0.mediaType) }
            + pictures.map { ($0.path, $0.mediaType) }
        let xml = try ManifestWriter.manifestXML(parts: parts)
        return try deflaters.with { deflater in
            try measureFloor(of: [xml], with: deflater, on: floor)
            return try deflater.pack(xml)
        }
    }

    /// Deflates `parts` with libdeflate alone into the floor of `clock`, if
    /// any; the time is taken out of the zip stage this runs inside.
    private static func measureFloor(of parts: [[UInt8]], with deflater: Deflater, on clock: StageClock?) throws {
        guard let clock else { return }
        let start = StageClock.now()
        for bytes in parts { _ = try deflater.deflated(bytes) }
        clock.move(StageClock.now() - start, from: .zip, to: .deflateFloor)
    }
}
