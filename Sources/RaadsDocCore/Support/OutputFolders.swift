import Synchronization

/// The folders below one output folder that a run writes into, each
/// entered (without following links, see `OpenDirectory.subdirectory`) and
/// created once per run instead of once per file; the file systems they are
/// on, so that files written with `.deferred` durability are flushed with
/// one syncfs per file system; and the folders that received renames, so
/// that each is flushed to disk once after all of them rather than after
/// every file.
///
/// At most `openLimit` folders stay open, so that a batch spread over
/// thousands of folders never runs out of descriptors; beyond that a
/// folder is entered again for each use.
public final class OutputFolders: Sendable {
    public let root: OpenDirectory
    private let open = Mutex<[String: OpenDirectory]>([:])
    private let renamedInto = Mutex<Set<String>>([])
    /// Per file system (device), the first folder met on it.
    private let fileSystems = Mutex<[UInt64: String]>([:])
    private static let openLimit = 256

    public init(_ root: OpenDirectory) {
        self.root = root
        if let device = root.device { fileSystems.withLock { $0[device] = "" } }
    }

    /// The folder `relative` below the root, made if it is missing.
    public func folder(_ relative: String) throws(FileSystem.Failure) -> OpenDirectory {
        if let known = open.withLock({ $0[relative] }) { return known }
        let entered = try root.subdirectory(relative, creating: true)
        open.withLock { folders in
            if folders.count < Self.openLimit { folders[relative] = entered }
        }
        // A folder below the root may be another file system (a mount).
        if let device = entered.device {
            fileSystems.withLock { if $0[device] == nil { $0[device] = relative } }
        }
        return entered
    }

    /// Flushes every file system a folder of this run is on, once each, so
    /// that what was written into them with `.deferred` durability is on
    /// disk. Returns why that failed, or nil.
    public func synchroniseFileSystems() -> String? {
        let folders = fileSystems.withLock { Array($0.values) }.sorted()
        for relative in folders {
            do throws(FileSystem.Failure) {
                try (relative.isEmpty ? root : try folder(relative)).synchroniseFileSystem()
            } catch {
                return error.description
            }
        }
        return nil
    }

    /// Renames `source` to `target`, both relative to the root and in the
    /// same folder or not, without flushing: the move counts as done only
    /// after `flushRenamedFolders`.
    public func move(_ source: String, to target: String) throws(FileSystem.Failure) {
        let from = try folder(PathName.directory(of: source))
        let targetFolder = PathName.directory(of: target)
        try from.move(PathName.lastComponent(of: source), to: PathName.lastComponent(of: target),
                      in: try folder(targetFolder))
        renamedInto.withLock { _ = $0.insert(targetFolder) }
    }

    /// Flushes every folder that `move` renamed into, once each, so that
    /// the renames survive a crash. Returns, per folder (relative to the
    /// root), why it could not be flushed.
    public func flushRenamedFolders() -> [String: String] {
        let folders = renamedInto.withLock { touched in
            defer { touched.removeAll() }
            return touched
        }
        var failures: [String: String] = [:]
        for relative in folders.sorted() {
            do throws(FileSystem.Failure) {
                let entered = try folder(relative)
                try entered.synchronise(for: entered.path)
            } catch {
                failures[relative] = error.description
            }
        }
        return failures
    }
}
