import CZlib

/// zlib's deflate on its own, without a zip around it: the benchmark's
/// "deflate floor", the least time any ODT writer needs to compress the
/// same XML at the same level.
public enum RawDeflate {
    /// The size of `bytes` deflated at `level`, or nil when zlib fails.
    /// Raw deflate with the largest memory level, as libzip sets it up.
    public static func compressedSize(_ bytes: [UInt8], level: Int) -> Int? {
        var stream = z_stream()
        let windowBits: Int32 = -15
        guard deflateInit2_(&stream, Int32(level), Z_DEFLATED, windowBits, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var input = bytes
        let result: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        return result == Z_STREAM_END ? Int(stream.total_out) : nil
    }
}
