internal import CZlib

/// zlib's raw deflate, set up once and reset for every part. Setting up a
/// stream allocates and clears some 400 KB, which costs more than
/// deflating a letter's meta.xml; a batch therefore keeps one deflater per
/// thread. Parameters are libzip's own (raw deflate, largest memory level),
/// so a part packed here has the bytes libzip would have written.
///
/// Not for use by two threads at once.
public final class Deflater: @unchecked Sendable {
    /// zlib keeps a pointer to its stream, so the stream must not move.
    private let stream: UnsafeMutablePointer<z_stream>
    private let ready: Bool

    public init(level: Int) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        ready = deflateInit2_(stream, Int32(level), Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                              ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if ready { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// `bytes` deflated, with their CRC-32.
    public func pack(_ bytes: [UInt8]) throws(ZipError) -> PackedEntry {
        let data = try deflated(bytes)
        let crc = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        return PackedEntry(data: data, size: UInt64(bytes.count), crc: UInt32(crc), isDeflated: true)
    }

    /// `bytes` deflated, and nothing else: the benchmark's deflate floor.
    public func deflated(_ bytes: [UInt8]) throws(ZipError) -> [UInt8] {
        guard ready, deflateReset(stream) == Z_OK else { throw ZipError("zlib kon niet comprimeren") }
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        var finished = false
        let data = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: bound) { target, count in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = uInt(target.count)
                finished = deflate(stream, Z_FINISH) == Z_STREAM_END
                count = finished ? Int(stream.pointee.total_out) : 0
            }
        }
        guard finished else { throw ZipError("zlib kon niet comprimeren") }
        return data
    }
}
