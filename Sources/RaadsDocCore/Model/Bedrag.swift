/// An amount of money in whole cents. Amounts are never floating point:
/// "1.5" in a YAML file is refused rather than guessed at.
public struct Bedrag: Sendable, Hashable, Comparable {
    public let cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    /// `euros` whole euros; nil when that many cents pass `Int`.
    public init?(euros: Int) {
        let (cents, overflow) = euros.multipliedReportingOverflow(by: 100)
        if overflow { return nil }
        self.cents = cents
    }

    public static func < (lhs: Bedrag, rhs: Bedrag) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Bedrag, rhs: Bedrag) -> Bedrag { Bedrag(cents: lhs.cents + rhs.cents) }
    public static let zero = Bedrag(cents: 0)

    public var isWholeEuros: Bool { cents % 100 == 0 }

    /// "€ 2.000.000", or "€ 1.234,56" when there are cents.
    public var dutch: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = abs(cents)
        let euros = DutchNumber.grouped(absolute / 100)
        let rest = absolute % 100
        let fraction = rest == 0 ? "" : "," + (rest < 10 ? "0" : "") + String(rest)
        return "€ " + sign + euros + fraction
    }

    public enum ParseError: Error, Equatable {
        /// Not a number at all.
        case notANumber
        /// A decimal point or more than two decimals: "1.5", "12,345".
        case notWholeOrCents
        case negative
        /// More cents than `Int` holds: eighteen digits of euros.
        case tooLarge
    }

    /// Reads "2000000", "2.000.000", "€ 2.000.000", "1234,56" or "€ 1.234,56".
    /// Dots only group thousands; a comma introduces exactly two cents digits.
    public static func parse(_ text: String) -> Result<Bedrag, ParseError> {
        var body = Substring(text.trimmingSpaces)
        if body.hasPrefix("€") { body = body.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" } }
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty else { return .failure(.notANumber) }
        guard let euros = DutchNumber.parseGrouped(wholePart) else {
            return wholePart.allSatisfy({ $0.isNumber || $0 == "." }) ? .failure(.notWholeOrCents) : .failure(.notANumber)
        }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard fraction.count == 2, let value = Int(fraction), fraction.allSatisfy(\.isASCII) else {
                return .failure(.notWholeOrCents)
            }
            cents = value
        }
        if negative { return .failure(.negative) }
        guard let whole = Bedrag(euros: euros) else { return .failure(.tooLarge) }
        let (total, overflow) = whole.cents.addingReportingOverflow(cents)
        return overflow ? .failure(.tooLarge) : .success(Bedrag(cents: total))
    }
}

/// Whole numbers in Dutch notation: "1.285", "2.000.000".
public enum DutchNumber {
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// "2000000" or "2.000.000" with correct groups of three; nil otherwise.
    public static func parseGrouped(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard text.count <= 18 else { return nil }
        return Int(groups.joined())
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    package var trimmingSpaces: Substring { self[...].trimmingSpaces }
}

extension Substring {
    /// The text without leading and trailing spaces, tabs and newlines:
    /// whole Characters, so "\r\n" and a space with a combining mark stay.
    package var trimmingSpaces: Substring {
        // Nearly every value has nothing to trim: then its first byte starts
        // no space and its last byte ends none, and it comes back whole.
        if let first = utf8.first, let last = utf8.last, !mayStartSpace(first), !mayEndSpace(last) {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) }) else { return Substring("") }
        return self[start...end]
    }
}

/// The first and the last byte of the spaces `trimmingSpaces` takes off
/// (U+00A0 is C2 A0 in UTF-8).
private func mayStartSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2
}

private func mayEndSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0
}
