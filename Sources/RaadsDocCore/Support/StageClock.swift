import Glibc
import Synchronization

/// Time spent per pipeline stage in one run, summed over all its threads,
/// for the benchmark's breakdown (`raadsdoc batch --statistieken`). A run's
/// workspace owns one, and everything that measures a stage is handed it,
/// so two runs in one process count apart. Reading the monotonic clock
/// costs tens of nanoseconds, so it is always on.
public final class StageClock: Sendable {
    public enum Stage: Int, CaseIterable, Sendable {
        case read, yaml, check, taal, compose, xml, zip, write
        /// The floor, measured only with statistics on: libdeflate alone on
        /// exactly the bytes compressed per document, at the same level...
        case deflateFloor
        /// ...and writing each output once more beside it, on the same
        /// storage, as plainly as an atomic write can: a new file, the
        /// bytes, one rename, plus the one flush of the file system that
        /// the batch's writes share.
        case writeFloor

        /// The stages that are the floor rather than the pipeline.
        public var isFloor: Bool { self == .deflateFloor || self == .writeFloor }

        public var dutchName: String {
            switch self {
            case .read: "lezen"
            case .yaml: "YAML"
            case .check: "controle"
            case .taal: "taalcontrole"
            case .compose: "opbouw"
            case .xml: "XML schrijven"
            case .zip: "zip"
            case .write: "wegschrijven"
            case .deflateFloor: "alleen deflate (libdeflate)"
            case .writeFloor: "alleen schrijven (write, rename, syncfs)"
            }
        }
    }

    private final class Total: Sendable {
        let nanoseconds = Atomic<Int>(0)
    }

    private let totals: [Total] = Stage.allCases.map { _ in Total() }

    /// Whether this run measures the floor (costs a second deflate and a
    /// second write per document).
    public let measuresFloor: Bool

    public init(measuresFloor: Bool = false) {
        self.measuresFloor = measuresFloor
    }

    /// Runs `work` and adds its duration to `stage`.
    @inline(__always)
    public func measure<Result, Failure: Error>(_ stage: Stage, _ work: () throws(Failure) -> Result) throws(Failure) -> Result {
        let start = Self.now()
        defer { add(stage, since: start) }
        return try work()
    }

    /// Adds the time since `start` (from `now()`), less `excluded`
    /// nanoseconds that other stages already counted.
    public func add(_ stage: Stage, since start: Int, excluding excluded: Int = 0) {
        totals[stage.rawValue].nanoseconds.wrappingAdd(max(Self.now() - start - excluded, 0), ordering: .relaxed)
    }

    /// Counts `nanoseconds` that a measurement of `enclosing` includes under
    /// `stage` instead (the floor, measured inside the zip stage).
    public func move(_ nanoseconds: Int, from enclosing: Stage, to stage: Stage) {
        totals[stage.rawValue].nanoseconds.wrappingAdd(nanoseconds, ordering: .relaxed)
        totals[enclosing.rawValue].nanoseconds.wrappingSubtract(nanoseconds, ordering: .relaxed)
    }

    /// Seconds spent per stage so far.
    public func seconds() -> [(Stage, Double)] {
        Stage.allCases.map { ($0, Double(totals[$0.rawValue].nanoseconds.load(ordering: .relaxed)) / 1e9) }
    }

    /// Nanoseconds on the monotonic clock.
    public static func now() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return spec.tv_sec * 1_000_000_000 + spec.tv_nsec
    }
}
