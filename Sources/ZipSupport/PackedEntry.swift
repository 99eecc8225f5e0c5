/// An entry's data as it stands in an archive: deflated (or stored)
/// already, with the CRC and size of the uncompressed bytes. Adding it to
/// an archive costs a copy, not a compression.
public struct PackedEntry: Sendable, Equatable {
    /// The bytes as they are written into the archive.
    public let data: [UInt8]
    public let size: UInt64
    public let crc: UInt32
    public let isDeflated: Bool

    public init(data: [UInt8], size: UInt64, crc: UInt32, isDeflated: Bool) {
        self.data = data
        self.size = size
        self.crc = crc
        self.isDeflated = isDeflated
    }
}
