internal import CSyncFS
import Glibc

/// Flushing a whole file system at once (Linux's syncfs), for a batch that
/// writes thousands of files: one wait for the disk instead of an fsync
/// per file, with the same guarantee once it returns.
public enum FileSystemFlush {
    /// Writes every dirty page of the file system that holds `descriptor`
    /// to disk and waits for it. Returns the errno when that failed (Linux
    /// reports write-back errors here since 5.8), or nil.
    public static func flush(containing descriptor: Int32) -> Int32? {
        while raadsdoc_syncfs(descriptor) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }
}
