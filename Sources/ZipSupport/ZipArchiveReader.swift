#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CLibZip

/// What the central directory says about one entry.
public struct ZipEntryInfo: Sendable, Equatable {
    public let index: Int
    public let name: String
    public let size: UInt64
    public let compressedSize: UInt64
    /// True when the entry is stored without compression.
    public let isStored: Bool
    /// Extra fields in the local header and in the central directory.
    public let extraFieldCount: Int
}

/// Reads a zip archive held in memory with libzip, with the limits a file
/// from elsewhere needs: the caller passes the largest size it will inflate.
public final class ZipArchiveReader: @unchecked Sendable {
    private let archive: OpaquePointer
    public let entries: [ZipEntryInfo]

    private static func message(_ error: UnsafeMutablePointer<zip_error_t>?) -> String {
        guard let error else { return "onbekende zip-fout" }
        return ZipArchiveWriter.dutch(zip_error_code_zip(error), english: String(cString: zip_error_strerror(error)))
    }

    public init(bytes: [UInt8]) throws(ZipError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(bytes.count, 1)) else { throw ZipError("onvoldoende geheugen") }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw ZipError("libzip kon het archief niet inlezen: \(ZipArchiveWriter.message(&error))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw ZipError("geen geldig zip-archief: \(ZipArchiveWriter.message(&error))")
        }
        self.archive = archive
        var found: [ZipEntryInfo] = []
        let count = zip_get_num_entries(archive, 0)
        var index: Int64 = 0
        while index < count {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            if zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let name = stat.name {
                let local = Int(zip_file_extra_fields_count(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_LOCAL)))
                let central = Int(zip_file_extra_fields_count(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_CENTRAL)))
                found.append(ZipEntryInfo(
                    index: Int(index),
                    name: String(cString: name),
                    size: stat.size,
                    compressedSize: stat.comp_size,
                    isStored: stat.comp_method == UInt16(ZIP_CM_STORE),
                    extraFieldCount: max(local, 0) + max(central, 0)))
            }
            index += 1
        }
        entries = found
    }

    deinit {
        zip_discard(archive)
    }

    public func entry(named name: String) -> ZipEntryInfo? {
        entries.first { $0.name == name }
    }

    /// One entry as it is stored, compressed, with its CRC: to be copied
    /// into another archive without inflating and deflating it again.
    public func packed(_ entry: ZipEntryInfo) throws(ZipError) -> PackedEntry {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(entry.index), 0, &stat) == 0,
              let file = zip_fopen_index(archive, zip_uint64_t(entry.index), zip_flags_t(ZIP_FL_COMPRESSED))
        else {
            throw ZipError("kan \(entry.name) niet openen: \(Self.message(zip_get_error(archive)))")
        }
        defer { zip_fclose(file) }
        let isDeflated = stat.comp_method == UInt16(ZIP_CM_DEFLATE)
        guard isDeflated || stat.comp_method == UInt16(ZIP_CM_STORE) else {
            throw ZipError("\(entry.name) is gecomprimeerd op een manier die ODF niet kent")
        }
        let count = Int(clamping: stat.comp_size)
        var failed = false
        let data = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let read = zip_fread(file, buffer.baseAddress.map { $0 + done }, zip_uint64_t(count - done))
                if read <= 0 { break }
                done += Int(read)
            }
            failed = done != count
            initialized = failed ? 0 : done
        }
        guard !failed else { throw ZipError("kan \(entry.name) niet lezen: \(Self.message(zip_file_get_error(file)))") }
        return PackedEntry(data: data, size: stat.size, crc: stat.crc, isDeflated: isDeflated)
    }

    /// Inflates one entry, refusing to go past `limit` bytes whatever the
    /// directory claims (a zip bomb may lie about its sizes).
    public func read(_ entry: ZipEntryInfo, limit: Int) throws(ZipError) -> [UInt8] {
        guard entry.size <= UInt64(limit) else {
            throw ZipError("\(entry.name) is groter dan \(limit) bytes")
        }
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw ZipError("kan \(entry.name) niet openen: \(Self.message(zip_get_error(archive)))")
        }
        defer { zip_fclose(file) }
        var result: [UInt8] = []
        result.reserveCapacity(Int(entry.size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            if read < 0 { throw ZipError("kan \(entry.name) niet lezen: \(Self.message(zip_file_get_error(file)))") }
            if read == 0 { break }
            result.append(contentsOf: chunk[0..<Int(read)])
            if result.count > limit { throw ZipError("\(entry.name) is groter dan \(limit) bytes") }
        }
        return result
    }
}

extension ZipArchiveReader {
    /// Whether `bytes` is a whole archive whose every entry inflates, within
    /// `limit` bytes each, to the size and CRC-32 its directory records
    /// (libzip checks the CRC when an entry is read to its end): for a file
    /// written without waiting for the disk, which a crash may have left
    /// empty or partly zeros.
    public static func entriesAreIntact(_ bytes: [UInt8], limit: Int) -> Bool {
        guard let reader = try? ZipArchiveReader(bytes: bytes) else { return false }
        return reader.entries.allSatisfy { entry in
            (try? reader.read(entry, limit: limit)).map { UInt64($0.count) == entry.size } ?? false
        }
    }
}
