#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CLibZip

/// Builds a zip archive in memory with libzip. Entries are written in the
/// order they are added; the caller decides compression and timestamp per
/// entry, so the same entries always give the same bytes.
public final class ZipArchiveWriter {
    public enum Compression: Sendable {
        case store
        case deflate(level: Int)
    }

    private let source: OpaquePointer
    private let archive: OpaquePointer
    private var closed = false

    public init() throws(ZipError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError("libzip kon geen geheugenbuffer aanmaken: \(Self.message(&error))")
        }
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw ZipError("libzip kon geen archief openen: \(Self.message(&error))")
        }
        self.source = source
        self.archive = archive
    }

    deinit {
        if !closed { zip_discard(archive) }
        zip_source_free(source)
    }

    /// Adds an entry holding a copy of `data`.
    public func add(_ name: String, _ data: [UInt8], compression: Compression, timestamp: DOSTimestamp) throws(ZipError) {
        let copy = data.withUnsafeBytes { raw -> UnsafeMutableRawPointer? in
            guard let memory = malloc(max(raw.count, 1)) else { return nil }
            if let base = raw.baseAddress { memory.copyMemory(from: base, byteCount: raw.count) }
            return memory
        }
        guard let copy else { throw ZipError("onvoldoende geheugen voor \(name)") }
        guard let entrySource = zip_source_buffer(archive, copy, zip_uint64_t(data.count), 1) else {
            free(copy)
            throw ZipError("libzip kon \(name) niet toevoegen: \(lastError())")
        }
        let index = zip_file_add(archive, name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(entrySource)
            throw ZipError("libzip kon \(name) niet toevoegen: \(lastError())")
        }
        let (method, level): (Int32, UInt32) = switch compression {
        case .store: (ZIP_CM_STORE, 0)
        case .deflate(let level): (ZIP_CM_DEFLATE, UInt32(level))
        }
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, level) == 0 else {
            throw ZipError("libzip kon de compressie van \(name) niet instellen: \(lastError())")
        }
        try setTimestamp(index: index, timestamp, name: name)
    }

    /// Adds an entry whose data is packed already (see `Deflater` and
    /// `ZipArchiveReader.packed`): libzip copies it without compressing.
    public func add(_ name: String, packed entry: PackedEntry, timestamp: DOSTimestamp) throws(ZipError) {
        guard let entrySource = PackedSource.make(entry, in: archive) else {
            throw ZipError("libzip kon \(name) niet toevoegen: \(lastError())")
        }
        let index = zip_file_add(archive, name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(entrySource)
            throw ZipError("libzip kon \(name) niet toevoegen: \(lastError())")
        }
        let method = entry.isDeflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, 0) == 0 else {
            throw ZipError("libzip kon de compressie van \(name) niet instellen: \(lastError())")
        }
        try setTimestamp(index: index, timestamp, name: name)
    }

    /// Writes the central directory and returns the archive's bytes.
    public func finish() throws(ZipError) -> [UInt8] {
        guard !closed else { throw ZipError("archief is al afgesloten") }
        closed = true
        guard zip_close(archive) == 0 else {
            let text = lastError()
            zip_discard(archive)
            throw ZipError("libzip kon het archief niet afsluiten: \(text)")
        }
        guard zip_source_open(source) == 0 else {
            throw ZipError("libzip kon het archief niet teruglezen")
        }
        defer { zip_source_close(source) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0 else {
            throw ZipError("libzip kon de grootte van het archief niet bepalen")
        }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t($0.count)) }
        guard read == Int64(bytes.count) else {
            throw ZipError("libzip las het archief onvolledig terug")
        }
        return bytes
    }

    private func setTimestamp(index: Int64, _ timestamp: DOSTimestamp, name: String) throws(ZipError) {
        guard zip_file_set_mtime(archive, zip_uint64_t(index), timestamp.modificationTime, 0) == 0 else {
            throw ZipError("libzip kon de tijd van \(name) niet instellen: \(lastError())")
        }
    }

    private func lastError() -> String {
        String(cString: zip_strerror(archive))
    }

    static func message(_ error: inout zip_error_t) -> String {
        dutch(zip_error_code_zip(&error), english: String(cString: zip_error_strerror(&error)))
    }

    /// The Dutch for libzip's error code `code`; `english` is libzip's own
    /// text, kept for codes no reader of an .odt meets.
    static func dutch(_ code: Int32, english: String) -> String {
        switch code {
        case ZIP_ER_CRC: "de controlesom (CRC) van een bestand erin klopt niet: het archief is beschadigd"
        case ZIP_ER_INCONS: "de inhoudsopgave van het archief klopt niet (een bestandsnaam staat er twee keer in, of het archief is beschadigd)"
        case ZIP_ER_NOZIP: "het is geen zip-archief"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: "de gecomprimeerde gegevens zijn beschadigd"
        case ZIP_ER_COMPNOTSUPP: "een bestand erin is gecomprimeerd op een onbekende manier"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: "het archief is met een wachtwoord versleuteld"
        case ZIP_ER_EOF: "het archief houdt onverwacht op"
        case ZIP_ER_MULTIDISK: "het archief bestaat uit meerdere delen"
        case ZIP_ER_MEMORY: "onvoldoende geheugen"
        case ZIP_ER_READ, ZIP_ER_SEEK: "het archief kan niet gelezen worden"
        case ZIP_ER_WRITE, ZIP_ER_CLOSE, ZIP_ER_RENAME, ZIP_ER_TMPOPEN: "het archief kan niet geschreven worden"
        default: "zip-fout \(code) (\(english))"
        }
    }
}
