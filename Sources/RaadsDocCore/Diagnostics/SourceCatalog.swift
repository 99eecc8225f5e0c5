import Synchronization

/// The source files read during a run, by path, so that the printer can
/// show the line a diagnostic points at. Shared between worker threads.
public final class SourceCatalog: Sendable {
    private let files = Mutex<[String: SourceFile]>([:])

    public init() {}

    public func add(_ file: SourceFile) {
        files.withLock { $0[file.path] = file }
    }

    public func file(_ path: String) -> SourceFile? {
        files.withLock { $0[path] }
    }
}
