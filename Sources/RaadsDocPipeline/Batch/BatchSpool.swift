import Glibc
import RaadsDocCore
import Synchronization

/// Where a batch keeps what it learnt about each document, off the heap:
/// an append-only file in the output folder that `BatchItem.spooled` bytes
/// go to, while memory holds only a `BatchRecord` of fixed size per
/// document pointing into it. A later phase that changes an item appends
/// its new form and repoints the record, so nothing is rewritten in place.
///
/// The file is unlinked as soon as it is made (`OpenDirectory.unlinkedFile`),
/// so that a run killed at any moment leaves nothing behind; it lives on as
/// long as its descriptor, which the outcome holds until the closing report
/// is printed.
package final class BatchSpool: Sendable {
    private let descriptor: Int32
    private let end = Mutex<Int>(0)
    private let failure = Mutex<String?>(nil)

    package init(in directory: OpenDirectory) throws(FileSystem.Failure) {
        descriptor = try directory.unlinkedFile(for: "raadsdoc-tussenopslag")
    }

    deinit { close(descriptor) }

    /// Why a write or read failed (a full disk, say); the batch then
    /// writes no index.json, as it would be incomplete.
    package var problem: String? { failure.withLock { $0 } }

    /// Appends `bytes` and returns where they are. Safe from any thread.
    package func append(_ bytes: [UInt8]) -> (offset: Int, length: Int) {
        let offset = end.withLock { end in
            defer { end += bytes.count }
            return end
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress.map { $0 + written }, bytes.count - written, off_t(offset + written))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                record("kan de tussenopslag niet schrijven: \(SystemError.text())")
                break
            }
            written += count
        }
        return (offset, bytes.count)
    }

    /// The bytes an `append` put at `offset`; empty if they cannot be read.
    package func read(offset: Int, length: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let count = bytes.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress.map { $0 + done }, length - done, off_t(offset + done))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                record("kan de tussenopslag niet lezen: \(count < 0 ? SystemError.text() : "het bestand is te kort")")
                return []
            }
            done += count
        }
        return bytes
    }

    private func record(_ problem: String) {
        failure.withLock { if $0 == nil { $0 = problem } }
    }
}
