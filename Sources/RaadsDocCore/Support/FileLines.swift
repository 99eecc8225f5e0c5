import Glibc

/// The lines of a regular file, one at a time, in bounded memory: what is
/// held is the line being read and at most one 64 KB piece of the file.
/// Several can be read side by side (the shards' indexes a merge reads).
public final class FileLines {
    private let descriptor: Int32
    private let path: String
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false
    private var chunk = [UInt8](repeating: 0, count: FileSystem.chunkSize)

    /// A line longer than `maximumLength` bytes makes `next()` throw.
    public init(_ path: String, maximumLength: Int) throws(FileSystem.Failure) {
        descriptor = try FileSystem.openRegularFile(path).descriptor
        self.path = path
        self.maximumLength = maximumLength
    }

    deinit { close(descriptor) }

    /// The next line without its line feed (the last needs none), or nil
    /// at the end of the file.
    public func next() throws(FileSystem.Failure) -> ArraySlice<UInt8>? {
        while true {
            if let end = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { position = end + 1 }
                return try bounded(buffer[position..<end])
            }
            if ended {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return try bounded(buffer[position...])
            }
            buffer.removeSubrange(..<position)
            position = 0
            _ = try bounded(buffer[...])
            let count = try FileSystem.readChunk(descriptor, into: &chunk, path: path)
            if count == 0 { ended = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }

    private func bounded(_ line: ArraySlice<UInt8>) throws(FileSystem.Failure) -> ArraySlice<UInt8> {
        guard line.count <= maximumLength else {
            throw FileSystem.Failure(description: "\(PathName.displayed(path)) heeft een regel van meer dan \(maximumLength) bytes")
        }
        return line
    }
}
