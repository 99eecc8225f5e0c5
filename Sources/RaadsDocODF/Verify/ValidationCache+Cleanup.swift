import Glibc
import RaadsDocCore

/// Cleaning up: the cache removes only what it wrote itself, recognised
/// by name and by being a regular file, and never follows a symbolic link:
/// every folder is opened with O_NOFOLLOW and everything in it is looked at
/// and removed relative to that folder, so a link (to a folder or a file)
/// named like an entry or a version folder is left alone, and so is
/// whatever it points to. A folder is removed only once it is empty, so a
/// file of someone else's keeps its folder too.
extension ValidationCache {
    /// Removes the entries of other raadsdoc versions and schemas (and those
    /// from before entries were kept per version), then the oldest entries
    /// of this version and schema beyond `maximumEntries` or `maximumBytes`.
    package func clean() {
        let baseFolder = open(base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard baseFolder >= 0 else { return }
        defer { close(baseFolder) }
        for name in OpenDirectory.names(in: baseFolder) where name != folderName {
            if Self.isUnversionedEntry(name) {
                Self.removeFile(name, in: baseFolder)
            } else if Self.isVersionFolder(name) {
                Self.removeVersionFolder(name, in: baseFolder)
            }
        }
        let current = openat(baseFolder, folderName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard current >= 0 else { return }
        defer { close(current) }
        var entries = OpenDirectory.names(in: current).filter(Self.isEntry).compactMap { Self.regularFile($0, in: current) }
        entries.sort { ($0.modified, $0.name) < ($1.modified, $1.name) }
        var count = entries.count
        var bytes = entries.reduce(0) { $0 + $1.size }
        for entry in entries {
            guard count > maximumEntries || bytes > maximumBytes else { break }
            unlinkat(current, entry.name, 0)
            count -= 1
            bytes -= entry.size
        }
    }

    /// An entry as `problems(of:validate:)` writes it, or the temporary file
    /// a killed write left: "<64 hex>.txt", ".<64 hex>.txt.raadsdoc-tmp-<pid>".
    static func isEntry(_ name: String) -> Bool {
        let stem = withoutTemporaryWrapping(name)
        return stem.hasSuffix(entrySuffix) && isHex(stem.dropLast(entrySuffix.count), count: 64)
    }

    /// An entry from before entries were kept per version, straight in the
    /// base folder: "odf13-<64 hex>.txt" (or its temporary file).
    static func isUnversionedEntry(_ name: String) -> Bool {
        let stem = withoutTemporaryWrapping(name)
        return stem.hasPrefix(folderPrefix) && isEntry(String(stem.dropFirst(folderPrefix.count)))
    }

    /// A folder of some version's entries: "odf13-<version>-<16 hex>".
    static func isVersionFolder(_ name: String) -> Bool {
        guard name.hasPrefix(folderPrefix), name.utf8.count > folderPrefix.utf8.count + folderHashLength + 1 else { return false }
        let tail = name.suffix(folderHashLength + 1)
        return tail.first == "-" && isHex(tail.dropFirst(), count: folderHashLength)
    }

    /// `name` without the wrapping of a temporary file, ".<name>.raadsdoc-tmp-<pid>-<count>".
    private static func withoutTemporaryWrapping(_ name: String) -> String {
        FileSystem.originalName(ofTemporary: name) ?? name
    }

    private static func isHex(_ text: Substring, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Empties another version's folder of its entries and removes it if
    /// nothing else is left in it.
    private static func removeVersionFolder(_ name: String, in parent: Int32) {
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return }
        for entry in OpenDirectory.names(in: folder) where isEntry(entry) { removeFile(entry, in: folder) }
        close(folder)
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    private static func removeFile(_ name: String, in folder: Int32) {
        if regularFile(name, in: folder) != nil { unlinkat(folder, name, 0) }
    }

    /// `name` in `folder` when it is a regular file (not a link), with its
    /// time of last change and size.
    private static func regularFile(_ name: String, in folder: Int32) -> (name: String, modified: Int, size: Int)? {
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (name, status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec, Int(status.st_size))
    }
}
