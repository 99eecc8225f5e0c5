internal import CLibDeflate

/// Raw deflate with libdeflate, whose whole-buffer compressor is faster
/// than zlib's stream on the small parts of a document (content.xml and
/// meta.xml of a letter are a few KB) at the same level and about the same
/// size. Allocating a compressor costs more than packing a letter's
/// meta.xml, so a batch keeps one deflater per thread.
///
/// Not for use by two threads at once.
public final class Deflater: @unchecked Sendable {
    private let compressor: OpaquePointer?

    public init(level: Int) {
        compressor = libdeflate_alloc_compressor(Int32(level))
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
    }

    /// `bytes` deflated, with their CRC-32.
    public func pack(_ bytes: [UInt8]) throws(ZipError) -> PackedEntry {
        let data = try deflated(bytes)
        let crc = bytes.withUnsafeBufferPointer { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        return PackedEntry(data: data, size: UInt64(bytes.count), crc: crc, isDeflated: true)
    }

    /// `bytes` deflated, and nothing else: the benchmark's deflate floor.
    public func deflated(_ bytes: [UInt8]) throws(ZipError) -> [UInt8] {
        guard let compressor else { throw ZipError("libdeflate kon niet comprimeren: geen geheugen") }
        let bound = libdeflate_deflate_compress_bound(compressor, bytes.count)
        let data = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { target, count in
                count = libdeflate_deflate_compress(compressor, source.baseAddress, source.count, target.baseAddress, target.count)
            }
        }
        // libdeflate returns 0 only when the bound was too small, which it never is.
        guard !data.isEmpty || bytes.isEmpty else { throw ZipError("libdeflate kon niet comprimeren") }
        return data
    }
}
