import RaadsDocCore
import Synchronization
import ZipSupport

/// Deflaters lent out per document, one for each thread at work at once:
/// setting up a zlib stream costs more than deflating a small part (see
/// `Deflater`). Owned by a writer's `SharedParts`, so it holds at most as
/// many deflaters as that writer had threads packing at the same moment,
/// and they go when the writer goes.
package final class DeflaterPool: Sendable {
    private let idle = Mutex<[Deflater]>([])

    package init() {}

    /// Runs `body` with a deflater no other thread uses meanwhile.
    package func with<Result>(_ body: (Deflater) throws -> Result) rethrows -> Result {
        let deflater = idle.withLock { $0.popLast() } ?? Deflater(level: ODTPackage.compressionLevel)
        defer { idle.withLock { $0.append(deflater) } }
        return try body(deflater)
    }
}
