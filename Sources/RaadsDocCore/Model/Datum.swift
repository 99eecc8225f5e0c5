/// A calendar date without time or time zone, as documents carry them.
/// Parsing, arithmetic and Dutch formatting are done here rather than with
/// Foundation's calendars, so that results never depend on the machine's
/// time zone or locale and stay cheap on the rendering path.
public struct Datum: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Only valid dates can be made; `nil` for 2021-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Datum.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO form YYYY-MM-DD, and nothing else.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Datum.number(bytes[0..<4]), let month = Datum.number(bytes[5..<7]),
              let day = Datum.number(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether the text has the ISO shape, valid or not: tells "2021-02-30"
    /// (impossible date) apart from "13 juli" (wrong notation).
    public static func hasISOShape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }
    }

    public var iso: String {
        Datum.pad(year, 4) + "-" + Datum.pad(month, 2) + "-" + Datum.pad(day, 2)
    }

    public var description: String { iso }

    /// "13 juli 2021".
    public var dutch: String {
        "\(day) \(Datum.monthNames[month - 1]) \(year)"
    }

    public static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    public static func < (lhs: Datum, rhs: Datum) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The date `days` days since 1970-01-01 (civil_from_days).
    public init?(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    public func adding(days: Int) -> Datum? {
        Datum(dayNumber: dayNumber + days)
    }

    /// The same day `months` months later, clamped to the end of a shorter
    /// month (31 januari + 1 maand = 28 of 29 februari).
    public func adding(months: Int) -> Datum? {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        guard (1...9999).contains(newYear) else { return nil }
        return Datum(year: newYear, month: newMonth, day: min(day, Datum.daysIn(month: newMonth, year: newYear)))
    }

    /// The date of a POSIX timestamp, in UTC (used with SOURCE_DATE_EPOCH).
    public init?(epochSeconds: Int) {
        self.init(dayNumber: epochSeconds >= 0 ? epochSeconds / 86400 : (epochSeconds - 86399) / 86400)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Datum {
    /// 1970-01-01: stands in for a date that failed to parse, on paths that
    /// only run after the checks have already reported it.
    public static let epoch = Datum(dayNumber: 0) ?? Datum.fallback

    private static var fallback: Datum {
        Datum(uncheckedYear: 1970, month: 1, day: 1)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
