import Glibc

/// An exclusive lock on an output folder for the length of a run (flock on
/// a hidden file inside it), so that two batches never write, sweep or
/// journal in the same folder at once. Released when the lock is dropped
/// or the process ends.
public final class OutputLock: Sendable {
    /// The lock file's name inside the output folder.
    public static let fileName = ".raadsdoc-slot"

    private let descriptor: Int32

    /// Takes the lock on `directory`, waiting at most `timeout` seconds for
    /// a run that holds it; a run still busy after that is reported.
    public init(_ directory: OpenDirectory, timeout: Double = 0) throws(FileSystem.Failure) {
        let descriptor = openat(directory.descriptor, Self.fileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard descriptor >= 0 else {
            throw FileSystem.Failure(description: "kan de uitvoermap \(PathName.displayed(directory.path)) niet vastzetten voor deze run: \(SystemError.text())")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw FileSystem.Failure(description: "\(PathName.displayed(PathName.join(directory.path, Self.fileName))) is geen gewoon bestand; haal het weg")
        }
        let deadline = StageClock.now() + Int(timeout * 1e9)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw FileSystem.Failure(description: "kan de uitvoermap \(PathName.displayed(directory.path)) niet vastzetten voor deze run: \(SystemError.text(code))")
            }
            guard StageClock.now() < deadline else {
                close(descriptor)
                throw FileSystem.Failure(description:
                    "een andere batch schrijft al in \(PathName.displayed(directory.path)); wacht tot die klaar is of kies een andere map met --uit")
            }
            usleep(50_000)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
