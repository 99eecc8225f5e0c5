import Glibc
import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import ZipSupport

/// Staging: a batch renders each document into a hidden file next to its
/// target while other inputs are still being checked, and renames them all
/// into place only after the last check. The staged name carries the start
/// of the document's fingerprint, so a later run can tell whether a file a
/// killed run staged is still what it would make.
extension BatchRunner {
    /// Hex digits of the fingerprint in a staged file's name.
    package static let stagedTagLength = 20
    /// The most a part of an adopted staged .odt may inflate to: far above
    /// what raadsdoc writes (pictures included), so only damage is refused.
    private static let adoptedEntryLimit = 512 << 20

    /// Writes the rendered .odt to its staged file, or with
    /// `--alleen-gewijzigd` adopts the one a killed run staged from the same
    /// fingerprint. Staged files are written atomically but not flushed
    /// (`.deferred`): `place` flushes each file system once before any of
    /// them gets its name. One a killed run left is therefore adopted only
    /// when every entry in it is intact, since a crash may have cut it short.
    package func stage(_ item: inout BatchItem, _ document: LoadedDocument, workspace: Workspace, folders: OutputFolders) {
        let relative = item.input.outputStem + ".odt"
        let staged = PathName.join(PathName.directory(of: relative), FileSystem.stagedName(
            for: PathName.lastComponent(of: relative), tag: String(item.fingerprint.prefix(Self.stagedTagLength))))
        do {
            let bytes: [UInt8]
            // Entering the folder first refuses one that is a link, before
            // anything in it is read or written.
            let folder = try folders.folder(PathName.directory(of: relative))
            if options.onlyChanged, folder.mode(of: PathName.lastComponent(of: staged)).map({ ($0 & S_IFMT) == S_IFREG }) == true,
               let finished = try? FileSystem.read(PathName.join(options.outputDirectory, staged)),
               ZipArchiveReader.entriesAreIntact(finished, limit: Self.adoptedEntryLimit) {
                bytes = finished
                item.status = .ongewijzigd
            } else {
                bytes = try renderer.odt(document, workspace: workspace, bundle: options.bundle)
                try workspace.clock.measure(.write) { () throws(FileSystem.Failure) in
                    try folder.writeAtomically(bytes, name: PathName.lastComponent(of: staged), durability: .deferred)
                }
                if workspace.clock.measuresFloor { try measureWriteFloor(bytes, in: folder, clock: workspace.clock) }
                item.status = .gemaakt
            }
            item.outputs = [(relative, SHA256.hex(bytes))]
            item.stagedPath = staged
        } catch {
            item.status = .mislukt
            item.failure = "\(error)"
        }
    }

    /// The benchmark's file-system floor: the output written once more, on
    /// the same storage, as plainly as an atomic write goes (a new file,
    /// the bytes, one rename; the flush to disk that it needs as well is
    /// the one `place` does for the whole batch, and is counted there),
    /// under a temporary name that is removed again (not counted) and that
    /// a killed run's sweep removes.
    private func measureWriteFloor(_ bytes: [UInt8], in folder: OpenDirectory, clock: StageClock) throws(FileSystem.Failure) {
        let name = FileSystem.temporaryName(for: "ondergrens")
        defer { folder.remove(name) }
        try clock.measure(.writeFloor) { () throws(FileSystem.Failure) in
            try folder.writeAtomically(bytes, name: name, durability: .deferred)
        }
    }

    /// Puts every staged .odt in place under its own name and journals it
    /// (unless PDF is still to come). Returns the indices placed. First
    /// every file system the staged files are on is flushed once, so that
    /// no .odt gets its name before its bytes are on disk; if that fails,
    /// none is placed. The renames run in parallel (renaming thousands of
    /// files one by one is a noticeable part of a fast batch); then each
    /// folder that received one is flushed to disk once, and only then does
    /// a rename count as done and go into the journal.
    package func place(_ items: inout BatchResults, in folders: OutputFolders, journal: Journal?, clock: StageClock,
                       progress: @escaping Progress) -> [Int] {
        let pending = items.indices.filter { items.records[$0].staged }
        let done = Counter()
        let staged = items
        let unflushedFiles: String? = pending.isEmpty ? nil : {
            let start = StageClock.now()
            defer {
                clock.add(.write, since: start)
                // The floor's own copies need the same flush to last.
                if clock.measuresFloor { clock.add(.writeFloor, since: start) }
            }
            return folders.synchroniseFileSystems()
        }()
        // Only why a rename failed comes back, so that the pass holds
        // nothing per document but that.
        let failures = WorkerPool.map(pending.count, jobs: options.jobs) { position -> String? in
            defer { progress("plaatsen", done.increment(), pending.count) }
            let item = staged[pending[position]]
            let source = item.stagedPath ?? ""
            if let unflushedFiles {
                removeStaged(source)
                return unflushedFiles
            }
            do throws(FileSystem.Failure) {
                try clock.measure(.write) { () throws(FileSystem.Failure) in
                    try folders.move(source, to: item.input.outputStem + ".odt")
                }
                return nil
            } catch {
                removeStaged(source)
                return error.description
            }
        }
        let unflushed = clock.measure(.write) { folders.flushRenamedFolders() }
        var placed: [Int] = []
        for (index, failure) in zip(pending, failures) {
            items.records[index].staged = false
            let folder = PathName.directory(of: items.inputs[index].outputStem + ".odt")
            guard let failure = failure ?? unflushed[folder] else {
                placed.append(index)
                continue
            }
            var item = items[index]
            item.stagedPath = nil
            item.status = .mislukt
            item.outputs = []
            item.failure = failure
            items.update(index, to: item)
        }
        if let journal {
            let (finished, journalled) = (items, placed)
            let groups = (journalled.count + Journal.linesPerWrite - 1) / Journal.linesPerWrite
            _ = WorkerPool.map(groups, jobs: options.jobs) { group in
                let start = group * Journal.linesPerWrite
                journal.append((start..<min(start + Journal.linesPerWrite, journalled.count)).map { finished.entry(at: journalled[$0]) })
            }
        }
        return placed
    }
}
