import Synchronization
import ZipSupport

/// Parts deflated once and kept in a small zip in memory, to be copied raw
/// into the zip of every document that needs them.
final class PrecompressedArchive: Sendable {
    let entries: [ZipEntryInfo]
    /// The parts' own bytes, for the benchmark's deflate floor.
    let uncompressed: [[UInt8]]
    private let archive: [UInt8]
    /// libzip archives are not shared between threads: each document
    /// borrows a reader of its own and gives it back.
    private let readers = Mutex<[ZipArchiveReader]>([])

    /// Deflates `parts` and copies `copies` of `source` raw, in that order.
    init(parts: [(name: String, bytes: [UInt8])], copies: [ZipEntryInfo] = [], from source: [UInt8] = []) throws {
        let writer = try ZipArchiveWriter()
        let timestamp = DOSTimestamp(year: 1980, month: 1, day: 1)
        if !copies.isEmpty {
            let reader = try ZipArchiveReader(bytes: source)
            for copy in copies { try writer.copyRaw(copy, from: reader, timestamp: timestamp) }
        }
        for part in parts {
            try writer.add(part.name, part.bytes, compression: .deflate(level: ODTPackage.compressionLevel), timestamp: timestamp)
        }
        archive = try writer.finish()
        let reader = try ZipArchiveReader(bytes: archive)
        entries = reader.entries
        uncompressed = parts.map(\.bytes)
        readers.withLock { $0.append(reader) }
    }

    func entry(named name: String) -> ZipEntryInfo? {
        entries.first { $0.name == name }
    }

    /// Runs `body` with a reader over the archive that no other thread uses.
    func withReader<Result>(_ body: (ZipArchiveReader) throws -> Result) throws -> Result {
        let reader = try readers.withLock { $0.popLast() } ?? ZipArchiveReader(bytes: archive)
        defer { readers.withLock { $0.append(reader) } }
        return try body(reader)
    }
}
