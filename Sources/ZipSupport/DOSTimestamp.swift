#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A timestamp in the MS-DOS format that zip entries carry. libzip 1.7
/// keeps an entry's time as a `time_t` and writes it back with
/// `localtime()`; the writer hands it the `time_t` that `mktime()` gives
/// for these fields, as `zip_file_set_dostime` would, so the archive's
/// bytes do not depend on the time zone.
public struct DOSTimestamp: Sendable, Equatable {
    public let time: UInt16
    public let date: UInt16

    /// Years before 1980 cannot be expressed and are clamped to 1980.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let clampedYear = min(max(year, 1980), 2107)
        date = UInt16(((clampedYear - 1980) << 9) | (month << 5) | day)
        time = UInt16((hour << 11) | (minute << 5) | (second / 2))
    }

    /// The `time_t` for these fields in the local time zone, worked out as
    /// libzip's `_zip_d2u_time` does. Once per timestamp, not per entry:
    /// `mktime()` takes glibc's time-zone lock several times, and with one
    /// call per entry the worker threads of a batch queued for that lock
    /// (about two futex waits per document). The last conversion is kept
    /// in one atomic word, the fields in the high half and the result in
    /// the low; a result that does not fit 32 bits is not kept.
    var modificationTime: time_t {
        let key = UInt64(date) << 16 | UInt64(time)
        let known = Self.lastConversion.load(ordering: .acquiring)
        if known >> 32 == key { return time_t(known & 0xFFFF_FFFF) }
        var fields = tm()
        fields.tm_isdst = -1
        fields.tm_year = Int32((date >> 9) & 127) + 1980 - 1900
        fields.tm_mon = Int32((date >> 5) & 15) - 1
        fields.tm_mday = Int32(date & 31)
        fields.tm_hour = Int32((time >> 11) & 31)
        fields.tm_min = Int32((time >> 5) & 63)
        fields.tm_sec = Int32((time << 1) & 62)
        let converted = mktime(&fields)
        if let low = UInt32(exactly: converted) {
            Self.lastConversion.store(key << 32 | UInt64(low), ordering: .releasing)
        }
        return converted
    }

    /// Starts with fields no date has (month 15 of 2107, at hour 31).
    private static let lastConversion = Atomic<UInt64>(UInt64.max)
}
