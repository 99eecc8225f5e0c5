import Foundation
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import Synchronization

/// Runs independent pieces of work on a fixed number of threads. Threads
/// rather than the system's shared pool, so that `--jobs N` means N things
/// at once even when the work waits on a LibreOffice process.
public enum WorkerPool {
    /// Calls `work(index)` for every index in `0..<count` on `jobs` threads
    /// and returns the results in index order.
    public static func map<Result: Sendable>(_ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let finished = DispatchGroup()
        let threads = min(max(jobs, 1), max(count, 1))
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                LargeStackThread.markCurrentThread()
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { break }
                    let result = work(index)
                    results.withLock { $0[index] = result }
                }
                finished.leave()
            }
            thread.stackSize = LargeStackThread.stackSize
            thread.start()
        }
        finished.wait()
        return results.withLock { $0.compactMap { $0 } }
    }

    /// The number of cores, the default for `--jobs`.
    public static var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
