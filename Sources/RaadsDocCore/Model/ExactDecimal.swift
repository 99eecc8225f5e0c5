/// A number with a fixed count of decimals, stored as an integer count of
/// the smallest unit: 2,75 with two decimals is 275. Scores such as 2,25
/// are compared and formatted without floating point.
public struct ExactDecimal: Sendable, Hashable, Comparable {
    public let units: Int
    public let decimals: Int

    public init(units: Int, decimals: Int) {
        self.units = units
        self.decimals = decimals
    }

    private var scale: Int { (0..<decimals).reduce(1) { result, _ in result * 10 } }

    /// Compares the values, not the digits as written: 2,5 and 2,50 are
    /// equal. Both sides are brought to the same scale in 128 bits, so no
    /// pair of values can overflow.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let left = lhs.units.multipliedFullWidth(by: rhs.scale), right = rhs.units.multipliedFullWidth(by: lhs.scale)
        return (left.high, left.low) < (right.high, right.low)
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        lhs.normalised == rhs.normalised
    }

    public func hash(into hasher: inout Hasher) {
        let value = normalised
        hasher.combine(value.units)
        hasher.combine(value.decimals)
    }

    /// The value without trailing zero decimals: 2,50 as 2,5, 0,00 as 0.
    /// Equal values have the same normalised form.
    private var normalised: (units: Int, decimals: Int) {
        var (units, decimals) = (units, decimals)
        while decimals > 0 && units % 10 == 0 {
            units /= 10
            decimals -= 1
        }
        return (units, decimals)
    }

    /// The whole part, rounded down.
    public var wholePart: Int { units >= 0 ? units / scale : -((-units + scale - 1) / scale) }

    public var isWhole: Bool { units % scale == 0 }

    /// Dutch notation without trailing zeros: "2,5", "2,75", "3".
    public var dutch: String {
        let sign = units < 0 ? "-" : ""
        let absolute = abs(units)
        var fraction = String(absolute % scale)
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(absolute / scale) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// Reads "2", "2,5" or "2.75" with at most `decimals` decimals.
    public static func parse(_ text: String, decimals: Int) -> ExactDecimal? {
        let trimmed = text.trimmingSpaces
        var body = Substring(trimmed)
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 15,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let wholeValue = Int(whole) else { return nil }
        var fractionDigits = parts.count == 2 ? String(parts[1]) : ""
        guard fractionDigits.count <= decimals, fractionDigits.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fractionDigits.isEmpty else { return nil }
        fractionDigits += String(repeating: "0", count: decimals - fractionDigits.count)
        let scale = (0..<decimals).reduce(1) { result, _ in result * 10 }
        let units = wholeValue * scale + (Int(fractionDigits) ?? 0)
        return ExactDecimal(units: negative ? -units : units, decimals: decimals)
    }
}
