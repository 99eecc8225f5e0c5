import Glibc
import Synchronization

/// Plain POSIX file access: cheap enough for the batch hot path, and with
/// Dutch messages for the errors a user can cause. Only regular files are
/// read (a pipe or a device is refused before it is opened, so nothing can
/// block); writes go through `OpenDirectory`, never through a link planted
/// in the folder written to.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The bytes of the regular file at `path` (a link the user made to one
    /// is followed), reading at most just past `limit`. The piece read into
    /// is sized from the file (a byte more, to see the end in the same
    /// read), from 4 KB (a file whose size says 0 may still hold bytes) up
    /// to 64 KB: a batch reads every input this way, and a zeroed 64 KB
    /// buffer per small file cost more than the read.
    public static func read(_ path: String, limit: Int = Int.max) throws(Failure) -> [UInt8] {
        let (descriptor, size) = try openRegularFile(path)
        defer { close(descriptor) }
        var result: [UInt8] = []
        result.reserveCapacity(min(size, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: min(max(size, 4095), limit, chunkSize - 1) + 1)
        while result.count <= limit {
            let count = try readChunk(descriptor, into: &chunk, path: path)
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// Hands the regular file at `path` to `body` 64 KB at a time, for as
    /// long as `body` returns true; a file of any size is read in that much
    /// memory.
    public static func readChunks(_ path: String, _ body: (ArraySlice<UInt8>) -> Bool) throws(Failure) {
        let descriptor = try openRegularFile(path).descriptor
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = try readChunk(descriptor, into: &chunk, path: path)
            if count == 0 || !body(chunk[0..<count]) { break }
        }
    }

    /// Hands each line of the regular file at `path` to `body` (see
    /// `FileLines`) for as long as `body` returns true.
    public static func readLines(_ path: String, maximumLength: Int,
                                 _ body: (ArraySlice<UInt8>) -> Bool) throws(Failure) {
        let lines = try FileLines(path, maximumLength: maximumLength)
        while let line = try lines.next(), body(line) {}
    }

    static let chunkSize = 64 * 1024

    /// Opens the regular file at `path` for reading; its size as fstat gave it.
    static func openRegularFile(_ path: String) throws(Failure) -> (descriptor: Int32, size: Int) {
        try requireRegularFile(path)
        // O_NONBLOCK: should the path be swapped for a pipe after the check,
        // opening it still cannot block; fstat below then refuses it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw Failure(description: "kan \(PathName.displayed(path)) niet openen: \(errorText())") }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let failure = Failure(description: "kan \(PathName.displayed(path)) niet lezen: \(errorText())")
            close(descriptor)
            throw failure
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw notRegular(path, mode: status.st_mode)
        }
        return (descriptor, max(0, Int(status.st_size)))
    }

    /// Reads the next piece of `descriptor` into `chunk`; 0 at the end.
    static func readChunk(_ descriptor: Int32, into chunk: inout [UInt8], path: String) throws(Failure) -> Int {
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw Failure(description: "kan \(PathName.displayed(path)) niet lezen: \(errorText())") }
        }
    }

    /// Why `path` cannot be read as an input file, in Dutch; nil when it is
    /// a regular file (or a link to one). Never opens it, so a pipe or a
    /// device cannot block or be touched.
    public static func problem(readingFile path: String) -> String? {
        do {
            try requireRegularFile(path)
            return nil
        } catch {
            return error.description
        }
    }

    private static func requireRegularFile(_ path: String) throws(Failure) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            var link = stat()
            if code == ENOENT && lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                throw Failure(description: "\(PathName.displayed(path)) is een symbolische koppeling naar iets dat niet bestaat")
            }
            throw Failure(description: code == ENOENT ? "\(PathName.displayed(path)) bestaat niet" : "kan \(PathName.displayed(path)) niet openen: \(SystemError.text(code))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw notRegular(path, mode: status.st_mode) }
    }

    private static func notRegular(_ path: String, mode: mode_t) -> Failure {
        (mode & S_IFMT) == S_IFDIR
            ? Failure(description: "\(PathName.displayed(path)) is een map, geen bestand")
            : Failure(description: "\(PathName.displayed(path)) is \(SystemError.kindName(ofMode: mode)), geen gewoon bestand; raadsdoc leest alleen gewone bestanden")
    }

    /// Writes `bytes` to `path` atomically (see `OpenDirectory.writeAtomically`):
    /// a crash at any moment leaves either the old file or the new one, and
    /// a target that is not a regular file is refused.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        try OpenDirectory(PathName.directory(of: path)).writeAtomically(bytes, name: PathName.lastComponent(of: path))
    }

    /// Writes `bytes` to `relative` below the folder `root` atomically,
    /// making the folders between; no folder below `root` is entered
    /// through a link, so nothing lands outside it.
    public static func writeAtomically(_ bytes: [UInt8], to relative: String, below root: String) throws(Failure) {
        try OpenDirectory(root).subdirectory(PathName.directory(of: relative), creating: true)
            .writeAtomically(bytes, name: PathName.lastComponent(of: relative))
    }

    /// fsync, repeated when a signal interrupts it.
    package static func synchronise(_ descriptor: Int32) -> Bool {
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
    /// or .pdf, and that no other writer uses: the process id and a count
    /// that every call in this process takes a new value of,
    /// ".brief.odt.raadsdoc-tmp-1234-7".
    public static func temporaryName(for name: String) -> String {
        "." + name + temporaryMarker + String(getpid()) + "-" + String(temporaryCount.wrappingAdd(1, ordering: .relaxed).newValue)
    }

    private static let temporaryCount = Atomic<Int>(0)

    /// The name a temporary file was made for, when `name` is exactly one
    /// raadsdoc made (".<name>.raadsdoc-tmp-<pid>[-<count>]"); nil otherwise.
    public static func originalName(ofTemporary name: String) -> String? {
        guard name.hasPrefix("."), let marker = name.ranges(of: temporaryMarker).last,
              marker.lowerBound > name.index(after: name.startIndex) else { return nil }
        let tail = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(tail.count),
              tail.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }) else { return nil }
        return String(name[name.index(after: name.startIndex)..<marker.lowerBound])
    }

    /// Whether `name` is exactly a staged name raadsdoc makes
    /// (".<name>.raadsdoc-klaar-<hex>").
    public static func isStagedName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.ranges(of: stagedMarker).last,
              marker.lowerBound > name.index(after: name.startIndex) else { return false }
        let tag = name[marker.upperBound...].utf8
        return !tag.isEmpty && tag.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
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
    /// files and folders, recognised by their exact name pattern
    /// (`originalName(ofTemporary:)`). Staged files (`isStagedName`) are
    /// complete, so they are left alone and returned, relative to
    /// `directory`: the caller decides whether to adopt or remove them.
    /// Links are never followed (so a loop of them cannot hang the sweep),
    /// and everything is removed relative to an opened folder.
    public static func removeTemporaries(below directory: String) -> [String] {
        guard let root = try? OpenDirectory(directory) else { return [] }
        return removeTemporaries(in: root, relative: "")
    }

    private static func removeTemporaries(in directory: OpenDirectory, relative: String) -> [String] {
        var staged: [String] = []
        for (name, mode) in directory.entries() {
            let type = mode & S_IFMT
            let path = relative.isEmpty ? name : relative + "/" + name
            if originalName(ofTemporary: name) != nil && (type == S_IFREG || type == S_IFDIR || type == S_IFLNK) {
                directory.removeTree(name)
            } else if isStagedName(name) && type == S_IFREG {
                staged.append(path)
            } else if type == S_IFDIR, let folder = try? directory.subdirectory(name, creating: false) {
                staged += removeTemporaries(in: folder, relative: path)
            }
        }
        return staged
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
                throw Failure(description: "kan map \(PathName.displayed(current)) niet aanmaken: \(errorText())")
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

    /// Whether there is an entry at `path` at all, a dangling or looping
    /// link included (which `exists` says is not there).
    public static func hasEntry(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
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
        SystemError.text()
    }
}

@inline(__always)
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

