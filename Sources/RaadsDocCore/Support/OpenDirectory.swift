import FileSystemSupport
import Glibc

/// A folder held open by its descriptor, so that everything raadsdoc writes
/// into it is created, renamed and removed relative to that folder (openat,
/// renameat, unlinkat) and never through a symbolic link someone planted in
/// it: a folder below it is entered with O_NOFOLLOW, a temporary file is
/// created with O_EXCL|O_NOFOLLOW under a name no other writer uses.
public final class OpenDirectory: Sendable {
    package let descriptor: Int32
    /// The folder as the user named it, for messages.
    public let path: String

    /// Opens the folder `path`; a link the user named as the folder itself
    /// is followed, since that is their choice.
    public init(_ path: String) throws(FileSystem.Failure) {
        let shown = path.isEmpty ? "." : path
        let descriptor = open(shown, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileSystem.Failure(description: "kan map \(PathName.displayed(shown)) niet openen: \(SystemError.text())")
        }
        self.descriptor = descriptor
        self.path = shown
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// The folder `relative` below this one, each step entered without
    /// following a link; with `creating`, missing folders are made. A step
    /// that is a link, or `..`, is refused: nothing is ever written outside.
    public func subdirectory(_ relative: String, creating: Bool) throws(FileSystem.Failure) -> OpenDirectory {
        var current = OpenDirectory(descriptor: dup(descriptor), path: path)
        guard current.descriptor >= 0 else {
            throw FileSystem.Failure(description: "kan map \(PathName.displayed(path)) niet openen: \(SystemError.text())")
        }
        for component in relative.split(separator: "/") where component != "." {
            let name = String(component)
            let shown = PathName.join(current.path, name)
            guard name != ".." else {
                throw FileSystem.Failure(description: "\(PathName.displayed(shown)) ligt buiten \(PathName.displayed(path)); raadsdoc schrijft alleen binnen de uitvoermap")
            }
            var next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && creating {
                if mkdirat(current.descriptor, name, 0o755) != 0 && errno != EEXIST {
                    throw FileSystem.Failure(description: "kan map \(PathName.displayed(shown)) niet aanmaken: \(SystemError.text())")
                }
                next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            guard next >= 0 else {
                let code = errno
                if let mode = current.mode(of: name), (mode & S_IFMT) != S_IFDIR {
                    let what = (mode & S_IFMT) == S_IFLNK
                        ? "is een symbolische koppeling; raadsdoc volgt in \(PathName.displayed(path)) geen koppelingen, zodat het nooit buiten die map schrijft"
                        : "is \(SystemError.kindName(ofMode: mode)), geen map"
                    throw FileSystem.Failure(description: "\(PathName.displayed(shown)) \(what)")
                }
                throw FileSystem.Failure(description: "kan map \(PathName.displayed(shown)) niet openen: \(SystemError.text(code))")
            }
            current = OpenDirectory(descriptor: next, path: shown)
        }
        return current
    }

    /// The file type and permissions of `name` in this folder, the link
    /// itself for a link; nil when there is no such entry.
    public func mode(of name: String) -> mode_t? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return status.st_mode
    }

    /// Refuses a target that exists and is not a regular file: writing
    /// "over" a device, a pipe, a folder or a link is never what was meant.
    public func requireWritableTarget(_ name: String) throws(FileSystem.Failure) {
        guard let mode = mode(of: name), (mode & S_IFMT) != S_IFREG else { return }
        throw FileSystem.Failure(description:
            "\(PathName.displayed(PathName.join(path, name))) bestaat al en is \(SystemError.kindName(ofMode: mode)); raadsdoc overschrijft alleen gewone bestanden, kies een andere naam")
    }

    /// Writes `bytes` as `name` in this folder atomically: a temporary file
    /// (O_EXCL|O_NOFOLLOW, a name unique to this process and call), flushed
    /// to disk, renamed over the target, and the folder flushed so that the
    /// rename lasts. A crash leaves either the old file or the new one.
    /// With `.deferred` nothing is flushed yet (see `WriteDurability`).
    public func writeAtomically(_ bytes: [UInt8], name: String, durability: WriteDurability = .lasting) throws(FileSystem.Failure) {
        let file = try AtomicFile(name, in: self)
        try file.write(bytes)
        try file.commit(durability)
    }

    /// A scratch file for reading and writing that only this process can
    /// reach: created with O_EXCL|O_NOFOLLOW under a temporary name for
    /// `name` and unlinked at once, so that a run killed at any moment
    /// leaves nothing behind (and a kill between the two steps leaves a
    /// name that `FileSystem.removeTemporaries` sweeps). The caller owns
    /// the descriptor and closes it.
    package func unlinkedFile(for name: String) throws(FileSystem.Failure) -> Int32 {
        let temporary = FileSystem.temporaryName(for: name)
        let file = openat(descriptor, temporary, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else {
            throw FileSystem.Failure(description: "kan \(PathName.displayed(PathName.join(path, name))) niet aanmaken: \(SystemError.text())")
        }
        unlinkat(descriptor, temporary, 0)
        return file
    }

    /// Renames `source` in this folder to `target` in `directory`, in one
    /// step, replacing a regular file there. The caller flushes the folder
    /// (`OutputFolders.flushRenamedFolders`, once after many renames).
    public func move(_ source: String, to target: String, in directory: OpenDirectory) throws(FileSystem.Failure) {
        let shown = PathName.join(directory.path, target)
        try directory.requireWritableTarget(target)
        guard renameat(descriptor, source, directory.descriptor, target) == 0 else {
            throw FileSystem.Failure(description: "kan \(PathName.displayed(shown)) niet plaatsen: \(SystemError.text())")
        }
    }

    /// Removes the file (not a folder) `name` in this folder.
    public func remove(_ name: String) {
        unlinkat(descriptor, name, 0)
    }

    /// Removes `name` in this folder: a file or link itself, or a folder
    /// with everything in it, never following a link.
    public func removeTree(_ name: String) {
        guard let mode = mode(of: name) else { return }
        if (mode & S_IFMT) == S_IFDIR, let folder = try? subdirectory(name, creating: false) {
            for entry in folder.entries() { folder.removeTree(entry.name) }
            unlinkat(descriptor, name, AT_REMOVEDIR)
        } else {
            unlinkat(descriptor, name, 0)
        }
    }

    /// Flushes the folder's entries to disk, so that a rename into it
    /// survives a crash. A file system that cannot flush folders (EINVAL)
    /// has nothing to flush.
    package func synchronise(for shown: String) throws(FileSystem.Failure) {
        guard FileSystem.synchronise(descriptor) || errno == EINVAL else {
            throw FileSystem.Failure(description: "kan \(PathName.displayed(shown)) niet op schijf vastleggen: \(SystemError.text())")
        }
    }

    /// Flushes the whole file system this folder is on, waiting until its
    /// dirty data is on disk (see `WriteDurability.deferred`).
    package func synchroniseFileSystem() throws(FileSystem.Failure) {
        if let failure = FileSystemFlush.flush(containing: descriptor) {
            throw FileSystem.Failure(description: "kan de uitvoer in \(PathName.displayed(path)) niet op schijf vastleggen: \(SystemError.text(failure))")
        }
    }

    /// The device of the file system this folder is on.
    package var device: UInt64? {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? UInt64(status.st_dev) : nil
    }

    /// The names in this folder, sorted, without "." and "..", with their
    /// type as the entry itself has it (a link is a link).
    package func entries() -> [(name: String, mode: mode_t)] {
        Self.names(in: descriptor).sorted().compactMap { name in mode(of: name).map { (name, $0) } }
    }

    /// The names in the folder open as `descriptor`, without "." and "..",
    /// in the order the file system gives them; the descriptor is left as
    /// it was.
    package static func names(in descriptor: Int32) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let handle = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(handle) }
        // The copy shares its position with the descriptor: start at the top.
        rewinddir(handle)
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
