import Glibc

/// Names the running raadsdoc executable by its file: device, inode, size
/// and time of last change. A rebuilt or reinstalled raadsdoc gets another
/// name even when its version number stays the same, which matters for
/// what is remembered about code that changed while the number did not.
enum ExecutableIdentity {
    /// nil when /proc/self/exe cannot be looked at (no /proc mounted).
    static let current: String? = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
