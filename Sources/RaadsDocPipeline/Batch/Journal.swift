import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import Synchronization

/// An append-only log of finished documents, one JSON object per line.
/// Lines are written a group at a time, each group with a single `write`
/// on a file opened with O_APPEND, so a run killed at any moment leaves
/// whole lines only; the next run reads them back (see
/// `BatchIndex.previousRecords`).
package final class Journal: Sendable {
    private let path: String
    private let descriptor = Mutex<Int32>(-1)

    package init(path: String) {
        self.path = path
    }

    /// How many entries a caller with many puts in one `append`: one
    /// write for a group rather than one per document, whose lock the
    /// worker threads would otherwise queue for.
    package static let linesPerWrite = 64

    /// Appends entries (`BatchIndex.entry`), each as one line, in one write.
    package func append(_ entries: [String]) {
        var line: [UInt8] = []
        line.reserveCapacity(entries.reduce(0) { $0 + $1.utf8.count + 1 })
        for entry in entries {
            line.append(contentsOf: entry.utf8)
            line.append(UInt8(ascii: "\n"))
        }
        descriptor.withLock { descriptor in
            if descriptor < 0 { descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o644) }
            guard descriptor >= 0 else { return }
            _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
    }

    /// Closes and deletes the journal once index.json holds everything.
    package func remove() {
        descriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            unlink(path)
        }
    }
}
