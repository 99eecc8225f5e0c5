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
        /// zlib alone on the same XML bytes; measured only with statistics on.
        case deflateFloor

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
            }
        }
    }

    private final class Total: Sendable {
        let nanoseconds = Atomic<Int>(0)
    }

    private let totals: [Total] = Stage.allCases.map { _ in Total() }

    /// Whether this run measures the deflate floor (costs extra work per
    /// document).
    public let measuresDeflateFloor: Bool

    public init(measuresDeflateFloor: Bool = false) {
        self.measuresDeflateFloor = measuresDeflateFloor
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
