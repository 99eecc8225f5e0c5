#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a fresh thread with a stack of a known size and waits for
/// it. Yams builds its node tree recursively, one call level per nesting
/// level, up to libyaml's limit of 1000 levels; that needs about 1 MB of
/// stack in a debug build, more than a worker thread may have (512 KB on
/// macOS). Parsing on a thread of our own keeps hostile nesting from
/// overflowing whatever thread the caller runs on.
enum LargeStackThread {
    static let stackSize = 8 * 1024 * 1024

    /// The result of `body`, run on a thread with `stackSize` bytes of
    /// stack; on the calling thread if no thread can be started.
    static func run<Result>(_ body: () -> Result) -> Result {
        withoutActuallyEscaping(body) { body in
            var result: Result?
            let job = Job { result = body() }
            var attributes = pthread_attr_t()
            guard pthread_attr_init(&attributes) == 0 else { return body() }
            defer { pthread_attr_destroy(&attributes) }
            guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return body() }
            let context = Unmanaged.passRetained(job).toOpaque()
            #if canImport(Glibc)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            guard pthread_create(&thread, &attributes, runJob, context) == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                return body()
            }
            #if canImport(Glibc)
            pthread_join(thread, nil)
            #else
            if let thread { pthread_join(thread, nil) }
            #endif
            return result ?? body()
        }
    }
}

/// The work handed to the thread. The caller waits for the thread to end
/// before it reads what the work wrote, so there is no race.
private final class Job {
    let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }
}

#if canImport(Glibc)
private func runJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
    return nil
}
#else
private func runJob(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
    return nil
}
#endif
