import RaadsDocCore
import Synchronization
import ZipSupport

/// One deflater per thread at work, lent out per document: setting up a
/// zlib stream costs more than deflating a small part (see `Deflater`).
package enum DeflaterPool {
    private static let idle = Mutex<[Deflater]>([])

    /// Runs `body` with a deflater no other thread uses meanwhile.
    package static func with<Result>(_ body: (Deflater) throws -> Result) rethrows -> Result {
        let deflater = idle.withLock { $0.popLast() } ?? Deflater(level: ODTPackage.compressionLevel)
        defer { idle.withLock { $0.append(deflater) } }
        return try body(deflater)
    }
}
