import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// Starts a program in its own process group, so that it and every process
/// it starts (soffice starts soffice.bin) can be killed together when it
/// hangs.
public struct Subprocess {
    public enum Outcome: Equatable {
        case exited(Int32)
        case timedOut
    }

    public let pid: pid_t

    /// Starts `arguments[0]` (looked up on PATH) with its output discarded.
    public static func start(_ arguments: [String]) -> Subprocess? {
        guard !arguments.isEmpty else { return nil }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
        return status == 0 ? Subprocess(pid: pid) : nil
    }

    /// Waits for the process; after `timeout` seconds kills its whole group.
    public func wait(timeout seconds: Double) -> Outcome {
        var waited = 0.0
        let step = 0.05
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let exited = (status & 0x7f) == 0
                return .exited(exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
            }
            if result < 0 && errno != EINTR { return .exited(-1) }
            if waited >= seconds {
                kill(-pid, SIGKILL)
                var ignored: Int32 = 0
                waitpid(pid, &ignored, 0)
                return .timedOut
            }
            usleep(useconds_t(step * 1_000_000))
            waited += step
        }
    }

    /// The full path of a program on `searchPath` (by default PATH), if
    /// there is one.
    public static func find(_ program: String, searchPath: String? = nil) -> String? {
        guard let path = searchPath ?? getenv("PATH").map({ String(cString: $0) }) else { return nil }
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
