import Foundation
import Glibc

/// Runs work on a fresh thread with a stack of a known size and waits for
/// it. Yams builds its node tree recursively, one call level per nesting
/// level, up to libyaml's limit of 1000 levels; that needs about 1 MB of
/// stack in a debug build, more than a worker thread may have (512 KB on
/// macOS). Parsing on a thread of our own keeps hostile nesting from
/// overflowing whatever thread the caller runs on.
package enum LargeStackThread {
    package static let stackSize = 8 * 1024 * 1024

    /// The result of `body`, run on a thread with `stackSize` bytes of
    /// stack; on the calling thread when that already has as much (the main
    /// thread, batch workers), or if no thread can be started.
    package static func run<Result>(_ body: () -> Result) -> Result {
        if currentThreadHasLargeStack() { return body() }
        return withoutActuallyEscaping(body) { body in
            var result: Result?
            let job = Job { result = body() }
            var attributes = pthread_attr_t()
            guard pthread_attr_init(&attributes) == 0 else { return body() }
            defer { pthread_attr_destroy(&attributes) }
            guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return body() }
            let context = Unmanaged.passRetained(job).toOpaque()
            var thread = pthread_t()
            guard pthread_create(&thread, &attributes, runJob, context) == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                return body()
            }
            pthread_join(thread, nil)
            return result ?? body()
        }
    }
}

extension LargeStackThread {
    /// Marks the calling thread as one started with at least `stackSize`
    /// bytes of stack (batch workers do), so work runs on it directly.
    package static func markCurrentThread() {
        pthread_setspecific(largeStackKey, UnsafeRawPointer(bitPattern: 1))
    }

    /// Whether the calling thread has at least `stackSize` bytes of stack:
    /// a marked thread, or the main thread when its limit is that large
    /// (RLIM_INFINITY, the largest value, counts as large).
    package static func currentThreadHasLargeStack() -> Bool {
        if pthread_getspecific(largeStackKey) != nil { return true }
        guard Thread.isMainThread else { return false }
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0 else { return false }
        return limit.rlim_cur >= rlim_t(stackSize)
    }

    private static let largeStackKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

/// The work handed to the thread. The caller waits for the thread to end
/// before it reads what the work wrote, so there is no race.
private final class Job {
    let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }
}

private func runJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
    return nil
}
