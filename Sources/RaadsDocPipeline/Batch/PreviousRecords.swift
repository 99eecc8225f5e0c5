import HashSupport

/// What an earlier run recorded, by source path, packed into byte chunks:
/// `--alleen-gewijzigd` over 100,000 documents holds 100,000 of them while
/// the batch runs. As a Dictionary of Strings and arrays each record was
/// several small allocations; here it costs its bytes plus a table slot.
///
/// A record is laid out as: the source path's length (4 bytes) and UTF-8,
/// the fingerprint (32 bytes), the number of outputs (4 bytes), then per
/// output its path's length and UTF-8 and its digest. Records go into
/// chunks of `chunkSize` bytes that are never reallocated (one growing
/// array would hold its old and new storage at once when it doubles, at
/// the peak of the run); a record never spans two chunks. The table is
/// open addressing over the records' locations, probed linearly from the
/// source path's hash; a later record for the same path (the journal after
/// index.json) takes the place of the earlier one.
package struct PreviousRecords: Sendable {
    static let chunkSize = 1 << 20

    private var chunks: [[UInt8]] = []
    /// Per slot 0 (empty) or 1 + the record's chunk << 32 | its offset in the chunk.
    private var slots: [Int] = Array(repeating: 0, count: 16)
    package private(set) var count = 0

    package init() {}

    /// The record of the document made from `source`, if any.
    package subscript(source: String) -> BatchIndex.Record? {
        var source = source
        return source.withUTF8 { path in
            slot(of: path).location.map(record(at:))
        }
    }

    /// Records what an earlier run made from `source`, in place of what
    /// was recorded for it before.
    package mutating func insert(source: String, fingerprint: SHA256Digest, outputs: [(path: String, hash: SHA256Digest)]) {
        var bytes: [UInt8] = []
        append(source, to: &bytes)
        bytes += fingerprint.bytes
        append(UInt32(truncatingIfNeeded: outputs.count), to: &bytes)
        for output in outputs {
            append(output.path, to: &bytes)
            bytes += output.hash.bytes
        }
        if chunks.isEmpty || chunks[chunks.count - 1].count + bytes.count > chunks[chunks.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.chunkSize, bytes.count))
            chunks.append(chunk)
        }
        let location = (chunks.count - 1) << 32 | chunks[chunks.count - 1].count
        chunks[chunks.count - 1] += bytes

        var source = source
        let place = source.withUTF8 { slot(of: $0) }
        slots[place.index] = location + 1
        if place.location == nil {
            count += 1
            if count * 2 > slots.count { grow() }
        }
    }

    // MARK: Table

    /// The slot of `path` and the location of its record, or the empty
    /// slot where it belongs (location nil).
    private func slot(of path: UnsafeBufferPointer<UInt8>) -> (index: Int, location: Int?) {
        let mask = slots.count - 1
        var index = Self.hash(path) & mask
        while slots[index] != 0 {
            let location = slots[index] - 1
            if pathMatches(path, at: location) { return (index, location) }
            index = (index + 1) & mask
        }
        return (index, nil)
    }

    private mutating func grow() {
        let stored = slots.filter { $0 != 0 }
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for value in stored {
            var index = sourcePath(at: value - 1) { Self.hash($0) } & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = value
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    private func pathMatches(_ path: UnsafeBufferPointer<UInt8>, at location: Int) -> Bool {
        sourcePath(at: location) { $0.elementsEqual(path) }
    }

    /// `body` applied to the UTF-8 of the source path of the record at `location`.
    private func sourcePath<T>(at location: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let chunk = chunks[location >> 32]
        let offset = location & 0xFFFF_FFFF
        let length = Int(Self.word(in: chunk, at: offset))
        return chunk.withUnsafeBufferPointer { bytes in
            body(UnsafeBufferPointer(rebasing: bytes[(offset + 4)..<(offset + 4 + length)]))
        }
    }

    // MARK: Bytes

    private func append(_ text: String, to bytes: inout [UInt8]) {
        append(UInt32(truncatingIfNeeded: text.utf8.count), to: &bytes)
        bytes += text.utf8
    }

    private func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func word(in chunk: [UInt8], at offset: Int) -> UInt32 {
        chunk[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    private func record(at location: Int) -> BatchIndex.Record {
        let chunk = chunks[location >> 32]
        var position = location & 0xFFFF_FFFF
        func text() -> String {
            let length = Int(Self.word(in: chunk, at: position))
            defer { position += 4 + length }
            return String(decoding: chunk[(position + 4)..<(position + 4 + length)], as: UTF8.self)
        }
        func digest() -> SHA256Digest {
            defer { position += SHA256Digest.byteCount }
            return SHA256Digest(bytes: chunk[position..<(position + SHA256Digest.byteCount)])
        }
        _ = text()
        let fingerprint = digest()
        let outputCount = Int(Self.word(in: chunk, at: position))
        position += 4
        var outputs: [(path: String, hash: SHA256Digest)] = []
        outputs.reserveCapacity(outputCount)
        for _ in 0..<outputCount {
            let path = text()
            outputs.append((path, digest()))
        }
        return BatchIndex.Record(fingerprint: fingerprint, outputs: outputs)
    }
}
