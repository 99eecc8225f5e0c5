internal import CLibZip

/// A libzip source that hands over a `PackedEntry` as it is. Its stat
/// reports the compression method, CRC and sizes, so libzip copies the
/// bytes into the archive without compressing them again, as it does for
/// an entry copied compressed from another archive.
final class PackedSource {
    private let entry: PackedEntry
    private var offset = 0
    private var error = zip_error_t()

    private init(_ entry: PackedEntry) {
        self.entry = entry
        zip_error_init(&error)
    }

    deinit {
        zip_error_fini(&error)
    }

    /// A new source for `entry`; libzip owns it once it is added to an archive.
    static func make(_ entry: PackedEntry, in archive: OpaquePointer) -> OpaquePointer? {
        let context = Unmanaged.passRetained(PackedSource(entry)).toOpaque()
        guard let source = zip_source_function(archive, callback, context) else {
            Unmanaged<PackedSource>.fromOpaque(context).release()
            return nil
        }
        return source
    }

    private static let callback: zip_source_callback = { context, data, length, command in
        guard let context else { return -1 }
        return Unmanaged<PackedSource>.fromOpaque(context).takeUnretainedValue()
            .handle(command, data: data, length: length, context: context)
    }

    private static let supported: zip_int64_t = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                 ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
        .reduce(0) { $0 | (zip_int64_t(1) << $1.rawValue) }

    private func handle(_ command: zip_source_cmd_t, data: UnsafeMutableRawPointer?, length: zip_uint64_t,
                        context: UnsafeMutableRawPointer) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN:
            offset = 0
            return 0
        case ZIP_SOURCE_READ:
            guard let data else { return fail(ZIP_ER_INVAL) }
            let count = min(Int(clamping: length), entry.data.count - offset)
            entry.data.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress, count > 0 { data.copyMemory(from: base + offset, byteCount: count) }
            }
            offset += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard let data, length >= MemoryLayout<zip_stat_t>.size else { return fail(ZIP_ER_INVAL) }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = entry.size
            stat.pointee.comp_size = zip_uint64_t(entry.data.count)
            stat.pointee.crc = entry.crc
            stat.pointee.comp_method = zip_uint16_t(entry.isDeflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE)
            stat.pointee.encryption_method = zip_uint16_t(ZIP_EM_NONE)
            stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD
                                               | ZIP_STAT_ENCRYPTION_METHOD)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&error, data, length)
        case ZIP_SOURCE_FREE:
            Unmanaged<PackedSource>.fromOpaque(context).release()
            return 0
        case ZIP_SOURCE_SUPPORTS:
            return Self.supported
        default:
            return fail(ZIP_ER_OPNOTSUPP)
        }
    }

    private func fail(_ code: Int32) -> zip_int64_t {
        zip_error_set(&error, code, 0)
        return -1
    }
}
