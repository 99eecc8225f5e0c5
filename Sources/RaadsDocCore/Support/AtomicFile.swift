import Glibc

/// A file being written atomically as `name` in a folder, piece by piece:
/// the bytes go to a temporary file (O_EXCL|O_NOFOLLOW, a name unique to
/// this process and call) created relative to the opened folder, and only
/// `commit` flushes it to disk and renames it over the target. Until then
/// the old file stays as it was; a crash leaves either the old file or the
/// new one. Writes are buffered, so that a large file (index.json of a big
/// batch) never has to be held in memory whole.
public final class AtomicFile {
    private let directory: OpenDirectory
    private let name: String
    private let shown: String
    private let temporary: String
    private var file: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16
    /// How many temporary names an open tries before it gives up.
    private static let temporaryAttempts = 100

    /// Creates the temporary file for `name` in `directory`; a target that
    /// exists and is not a regular file is refused.
    public init(_ name: String, in directory: OpenDirectory) throws(FileSystem.Failure) {
        self.directory = directory
        self.name = name
        shown = PathName.join(directory.path, name)
        try directory.requireWritableTarget(name)
        // A name that is taken (a leftover of a killed run whose process id
        // came back, or something planted) is never opened: the next one is tried.
        var temporary = FileSystem.temporaryName(for: name)
        var file = openat(directory.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        for _ in 0..<Self.temporaryAttempts where file < 0 && errno == EEXIST {
            temporary = FileSystem.temporaryName(for: name)
            file = openat(directory.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard file >= 0 else { throw FileSystem.Failure(description: "kan \(PathName.displayed(shown)) niet aanmaken: \(SystemError.text())") }
        self.file = file
        self.temporary = temporary
    }

    /// Removes the temporary file of a write that was neither committed nor
    /// abandoned.
    deinit { abandon() }

    public func write(_ text: String) throws(FileSystem.Failure) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws(FileSystem.Failure) {
        if buffer.count + bytes.count < Self.bufferSize {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        try writeAll(bytes)
    }

    /// Renames the file over the target; with `.lasting` it first flushes
    /// the file to disk and afterwards the folder, so that the rename
    /// lasts. With `.deferred` the caller flushes both later.
    public func commit(_ durability: WriteDurability = .lasting) throws(FileSystem.Failure) {
        try flush()
        if durability == .lasting {
            guard FileSystem.synchronise(file) else { throw fail("op schijf vastleggen", errno) }
        }
        let closed = close(file)
        file = -1
        guard closed == 0 else { throw fail("schrijven", errno) }
        do {
            try directory.requireWritableTarget(name)
        } catch {
            abandon()
            throw error
        }
        guard renameat(directory.descriptor, temporary, directory.descriptor, name) == 0 else { throw fail("plaatsen", errno) }
        if durability == .lasting { try directory.synchronise(for: shown) }
    }

    /// Gives the write up: the temporary file goes, the target stays as it was.
    public func abandon() {
        if file >= 0 {
            close(file)
            file = -1
            unlinkat(directory.descriptor, temporary, 0)
        }
        if !buffer.isEmpty { buffer = [] }
    }

    private func flush() throws(FileSystem.Failure) {
        guard !buffer.isEmpty else { return }
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws(FileSystem.Failure) {
        guard file >= 0 else { throw FileSystem.Failure(description: "kan \(PathName.displayed(shown)) niet schrijven: het bestand is al gesloten") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.write(file, raw.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail("schrijven", errno)
            }
            written += count
        }
    }

    private func fail(_ what: String, _ code: Int32) -> FileSystem.Failure {
        if file >= 0 { close(file) }
        file = -1
        unlinkat(directory.descriptor, temporary, 0)
        return FileSystem.Failure(description: "kan \(PathName.displayed(shown)) niet \(what): \(SystemError.text(code))")
    }
}
