import RaadsDocCore
import RaadsDocSchema

/// The begroting of a plan van aanpak: posts with an amount per year, in
/// one unit. Amounts are whole numbers of that unit; the totals in the
/// document are always computed here, the declared ones only serve the
/// checks in `BegrotingCheck`.
public struct Begroting: Sendable {
    public var unit: BegrotingUnit
    public var years: [Located<Int>]
    public var posts: [Post]
    /// The plan's total as the author declared it.
    public var declaredTotal: BegrotingAmount?
    /// The total per year as the author declared it, in declared order.
    public var declaredYearTotals: [YearAmount]
    /// Percentage onvoorziene kosten included in every post.
    public var contingency: Located<ExactDecimal>?
    public var explanation: RichText?
    public var position: SourcePosition

    public struct Post: Sendable {
        public var werkstroom: Located<String>
        public var description: String?
        /// The sentence after the amount in the list above the table
        /// ("600k euro budget voor werkstroom 1 – …").
        public var explanation: RichText?
        /// The amount per year, as written (year keys in written order).
        public var amounts: [YearAmount]
        /// Where `bedragen` stands, for a year that is missing.
        public var amountsPosition: SourcePosition
        public var declaredTotal: BegrotingAmount?
        public var position: SourcePosition

        /// The amount for `year`, if the post names it and it is valid.
        public func amount(for year: Int) -> Int? {
            amounts.first { $0.year == year }?.amount.value
        }
    }

    /// Whether every amount is valid and every post names exactly the
    /// begroting's years: only then does arithmetic on it mean anything.
    public var isWellFormed: Bool {
        let yearSet = Set(years.map(\.value))
        let declared = [declaredTotal].compactMap { $0 } + declaredYearTotals.map(\.amount)
        return yearSet.count == years.count
            && posts.allSatisfy { post in
                Set(post.amounts.compactMap(\.year)) == yearSet && post.amounts.count == yearSet.count
                    && post.amounts.allSatisfy { $0.amount.value != nil }
                    && post.declaredTotal.map { $0.value != nil } ?? true
            }
            && declared.allSatisfy { $0.value != nil }
            && declaredYearTotals.allSatisfy { $0.year.map(yearSet.contains) ?? false }
    }

    /// The computed total of a post over the begroting's years.
    public func total(of post: Post) -> Int {
        years.reduce(0) { $0 + (post.amount(for: $1.value) ?? 0) }
    }

    /// The computed total of all posts in `year`.
    public func total(inYear year: Int) -> Int {
        posts.reduce(0) { $0 + ($1.amount(for: year) ?? 0) }
    }

    /// The computed total of the whole begroting.
    public var total: Int {
        posts.reduce(0) { $0 + total(of: $1) }
    }
}

/// An amount for one year, as written under `bedragen` or
/// `totaal-per-jaar`: "2021: 200k".
public struct YearAmount: Sendable {
    /// The key as written, where it stands.
    public var key: Located<String>
    public var amount: BegrotingAmount

    /// The year the key names, or nil when it is no year.
    public var year: Int? { Int(key.value.trimmingSpaces) }
}

/// The unit of a begroting's amounts.
public enum BegrotingUnit: String, Sendable, CaseIterable {
    /// Whole euros.
    case euro = "euro"
    /// Thousands of euros, with a "bedragen x € 1.000" header.
    case thousands = "x € 1.000"
    /// Thousands of euros written with a k suffix, as seed 001 does: "1.285k".
    case k = "k"

    /// How a number of this unit is written in the table: "1.285k", "1.285".
    public func tableText(_ value: Int) -> String {
        DutchNumber.grouped(value) + (self == .k ? "k" : "")
    }

    /// How an amount of this unit is written in running text: "600k euro",
    /// "€ 600.000".
    public func prose(_ value: Int) -> String {
        switch self {
        case .k: DutchNumber.grouped(value) + "k euro"
        case .thousands: Bedrag(euros: value * 1000).dutch
        case .euro: Bedrag(euros: value).dutch
        }
    }

    /// The caption above the amount columns; nil when the amounts carry
    /// their unit themselves.
    public var caption: String? {
        switch self {
        case .k: nil
        case .thousands: "bedragen x € 1.000"
        case .euro: "bedragen in €"
        }
    }

    /// The unit as named in messages: "hele euro's".
    package var wholeUnits: String {
        switch self {
        case .k: "hele k (duizenden euro's)"
        case .thousands: "hele eenheden van € 1.000"
        case .euro: "hele euro's"
        }
    }

    /// The largest amount accepted: far above any municipal budget, and low
    /// enough that no sum of amounts from one file can overflow.
    package static let largest = 1_000_000_000_000

    /// Reads an amount of this unit: "200", "1.285", "200k" under k,
    /// "€ 200.000" under euro. Never a fraction, never negative.
    public func parse(_ text: String) -> Result<Int, BegrotingAmount.Problem> {
        var body = Substring(text.trimmingSpaces)
        if body.hasPrefix("-") { return .failure(.negative) }
        if body.hasPrefix("€") {
            guard self == .euro else { return .failure(.wrongUnit) }
            body = body.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" }
        }
        if let last = body.last, last == "k" || last == "K" {
            guard self == .k else { return .failure(.wrongUnit) }
            body = body.dropLast()
        }
        if let value = DutchNumber.parseGrouped(body) {
            return value <= BegrotingUnit.largest ? .success(value) : .failure(.tooLarge)
        }
        let numeric = !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        return .failure(numeric ? .fraction : .notANumber)
    }
}

/// An amount as written in the begroting: its value when it is a valid
/// whole number of the unit, and where it stands.
public struct BegrotingAmount: Sendable {
    public enum Problem: Error, Sendable, Equatable {
        case notANumber, fraction, negative, wrongUnit, tooLarge
    }

    public let text: String
    public let result: Result<Int, Problem>
    public let position: SourcePosition

    public init(_ text: String, unit: BegrotingUnit, at position: SourcePosition) {
        self.text = String(text.trimmingSpaces)
        self.result = unit.parse(text)
        self.position = position
    }

    public var value: Int? { try? result.get() }
}
