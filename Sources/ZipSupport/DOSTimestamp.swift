/// A timestamp in the MS-DOS format that zip entries carry. Setting it with
/// `zip_file_set_dostime` keeps the archive's bytes independent of the time
/// zone (`zip_file_set_mtime` goes through `localtime()`).
public struct DOSTimestamp: Sendable, Equatable {
    public let time: UInt16
    public let date: UInt16

    /// Years before 1980 cannot be expressed and are clamped to 1980.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let clampedYear = min(max(year, 1980), 2107)
        date = UInt16(((clampedYear - 1980) << 9) | (month << 5) | day)
        time = UInt16((hour << 11) | (minute << 5) | (second / 2))
    }
}
