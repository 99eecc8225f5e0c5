import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import Synchronization

/// An append-only log of finished documents, one JSON object per line.
/// Each line is written with a single `write` on a file opened with
/// O_APPEND, so a run killed at any moment leaves whole lines only; the
/// next run reads them back (see `BatchIndex.previousRecords`).
package final class Journal: Sendable {
    private let path: String
    private let descriptor = Mutex<Int32>(-1)

    package init(path: String) {
        self.path = path
    }

    /// Appends an entry (`BatchIndex.entry`) as one line.
    package func append(_ entry: String) {
        let line = Array((entry + "\n").utf8)
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
