import Glibc

/// Plain POSIX file access: cheap enough for the batch hot path, and with
/// Dutch messages for the errors a user can cause.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func read(_ path: String, limit: Int = Int.max) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "kan \(path) niet openen: \(errorText())") }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(description: "\(path) is een map, geen bestand")
        }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "kan \(path) niet lezen: \(errorText())")
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
            if result.count > limit { break }
        }
        return result
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same
    /// folder, flushed to disk (fsync), then renamed over the target, and
    /// the folder flushed so that the rename lasts. A crash at any moment
    /// leaves either the old file or the new one, never half of one; the
    /// temporary name starts with ".raadsdoc-tmp-" so a later run can sweep
    /// up what a killed run left behind.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let directory = PathName.directory(of: path)
        let temporary = PathName.join(directory, temporaryName(for: PathName.lastComponent(of: path)))
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "kan \(temporary) niet aanmaken: \(errorText())") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                posixWrite(descriptor, raw.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let text = errorText()
                close(descriptor)
                unlink(temporary)
                throw Failure(description: "kan \(path) niet schrijven: \(text)")
            }
            written += count
        }
        guard synchronise(descriptor) else {
            let text = errorText()
            close(descriptor)
            unlink(temporary)
            throw Failure(description: "kan \(path) niet op schijf vastleggen: \(text)")
        }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw Failure(description: "kan \(path) niet schrijven: \(errorText())")
        }
        guard rename(temporary, path) == 0 else {
            let text = errorText()
            unlink(temporary)
            throw Failure(description: "kan \(path) niet plaatsen: \(text)")
        }
        try synchroniseDirectory(directory, of: path)
    }

    /// Flushes the folder's entries to disk, so that a rename into it
    /// survives a crash. A file system that cannot flush folders (EINVAL)
    /// has nothing to flush.
    private static func synchroniseDirectory(_ directory: String, of path: String) throws(Failure) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Failure(description: "kan \(path) niet op schijf vastleggen: map \(directory) niet te openen: \(errorText())")
        }
        defer { close(descriptor) }
        guard synchronise(descriptor) || errno == EINVAL else {
            throw Failure(description: "kan \(path) niet op schijf vastleggen: \(errorText())")
        }
    }

    /// fsync, repeated when a signal interrupts it.
    private static func synchronise(_ descriptor: Int32) -> Bool {
        while fsync(descriptor) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// The mark in the name of every temporary file or folder raadsdoc
    /// makes next to its outputs.
    public static let temporaryMarker = ".raadsdoc-tmp-"

    /// A hidden name for the temporary form of `name` that does not end in
    /// its extension, so that no half-written file ever looks like an .odt
    /// or .pdf: ".brief.odt.raadsdoc-tmp-1234".
    public static func temporaryName(for name: String) -> String {
        "." + name + temporaryMarker + String(getpid())
    }

    /// The mark in the name of a finished output that a batch has written
    /// but not yet put in place under its own name.
    public static let stagedMarker = ".raadsdoc-klaar-"

    /// A hidden name for a finished `name` waiting to be put in place, that
    /// does not end in its extension and carries `tag` (what it was made
    /// from): ".brief.odt.raadsdoc-klaar-0123abcd".
    public static func stagedName(for name: String, tag: String) -> String {
        "." + name + stagedMarker + tag
    }

    /// Removes what a killed run left behind below `directory`: temporary
    /// files and folders, recognised by `temporaryMarker` in their name.
    /// Staged files (`stagedMarker`) are complete, so they are left alone and
    /// returned: the caller decides whether to adopt or remove them.
    public static func removeTemporaries(below directory: String) -> [String] {
        var staged: [String] = []
        for name in contents(of: directory) {
            let path = PathName.join(directory, name)
            if name.contains(temporaryMarker) {
                removeTree(path)
            } else if name.contains(stagedMarker) {
                staged.append(path)
            } else if isDirectory(path) {
                staged += removeTemporaries(below: path)
            }
        }
        return staged
    }

    /// Renames `source` to `target` in one step, replacing what was there.
    public static func move(_ source: String, to target: String) throws(Failure) {
        guard rename(source, target) == 0 else {
            throw Failure(description: "kan \(source) niet naar \(target) verplaatsen: \(errorText())")
        }
    }

    /// Removes a file, or a folder with everything in it.
    public static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            for name in contents(of: path) { removeTree(PathName.join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// The size of a regular file, or nil when there is none.
    public static func size(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    public static func createDirectories(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "kan map \(current) niet aanmaken: \(errorText())")
            }
        }
    }

    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The names in a folder, sorted, without "." and "..".
    public static func contents(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func remove(_ path: String) {
        unlink(path)
    }

    /// The absolute, symlink-free form of an existing path.
    public static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

@inline(__always)
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

@inline(__always)
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
