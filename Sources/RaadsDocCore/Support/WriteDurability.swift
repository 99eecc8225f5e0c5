/// How much of an atomic write is on disk when it returns.
public enum WriteDurability: Sendable {
    /// The file and the folder entry that names it: the write survives a
    /// crash.
    case lasting
    /// Neither yet: the caller flushes the whole file system once
    /// (`OutputFolders.synchroniseFileSystems`) before anything relies on
    /// the file, so that a batch of thousands of files waits for the disk
    /// once instead of once per file. Until then a crash may leave the file
    /// empty or missing under its name, so nothing that reads it back may
    /// take it as complete without checking (a staged .odt is checked with
    /// `ZipArchiveReader.entriesAreIntact`).
    case deferred
}
