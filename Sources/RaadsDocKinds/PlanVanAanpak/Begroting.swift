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
    /// Whether the sentence on `contingency` stands under the table
    /// ('onvoorzien-vermelden: ja'); the percentage alone only serves the checks.
    public var statesContingency: Bool
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
        Begroting.sum(years.lazy.map { post.amount(for: $0.value) ?? 0 })
    }

    /// The computed total of all posts in `year`.
    public func total(inYear year: Int) -> Int {
        Begroting.sum(posts.lazy.map { $0.amount(for: year) ?? 0 })
    }

    /// The computed total of the whole begroting.
    public var total: Int {
        Begroting.sum(posts.lazy.map(total(of:)))
    }

    /// Every total, worked out once by the check and handed to compose.
    package var totals: BegrotingTotals {
        let postTotals = posts.map(total(of:))
        return BegrotingTotals(posts: postTotals, years: years.map { total(inYear: $0.value) }, total: Begroting.sum(postTotals))
    }

    /// Amounts (never negative) added up, held at `Int.max` where the sum
    /// would pass it. A total past `unit.largestTotal` is a fout
    /// (`amountPastLargestTotal`), so a held sum never reaches a document.
    package static func sum(_ amounts: some Sequence<Int>) -> Int {
        var total = 0
        for amount in amounts {
            let (sum, overflow) = total.addingReportingOverflow(amount)
            if overflow { return Int.max }
            total = sum
        }
        return total
    }

    /// The amount with which the begroting's total first passes
    /// `unit.largestTotal`, adding up post by post and year by year as
    /// `total` does; nil when the total stays within it. Every post and
    /// year total is part of the whole, so then each of them fits as well.
    package var amountPastLargestTotal: BegrotingAmount? {
        var total = 0
        for post in posts {
            for year in years {
                guard let cell = post.amounts.first(where: { $0.year == year.value })?.amount,
                      let value = cell.value else { continue }
                let (sum, overflow) = total.addingReportingOverflow(value)
                if overflow || sum > unit.largestTotal { return cell }
                total = sum
            }
        }
        return nil
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
    /// "€ 600.000". Past `largestTotal` (a fout, so never in a document)
    /// the number is written with the unit's name: "… x € 1.000".
    public func prose(_ value: Int) -> String {
        switch self {
        case .k: DutchNumber.grouped(value) + "k euro"
        case .thousands, .euro: bedrag(value)?.dutch ?? DutchNumber.grouped(value) + " " + rawValue
        }
    }

    /// `value` of this unit as an amount of money; nil when it passes what
    /// a `Bedrag` holds.
    public func bedrag(_ value: Int) -> Bedrag? {
        let (euros, overflow) = value.multipliedReportingOverflow(by: eurosPerUnit)
        return overflow ? nil : Bedrag(euros: euros)
    }

    private var eurosPerUnit: Int {
        switch self {
        case .euro: 1
        case .thousands, .k: 1000
        }
    }

    /// The largest total of a begroting in this unit: the most that is
    /// still an amount of money (`bedrag`), in whole euros and cents.
    package var largestTotal: Int { Int.max / 100 / eurosPerUnit }

    /// The unit as the table's top-left cell states it, under "Werkstroom".
    public var heading: String {
        switch self {
        case .k: "bedragen in k (x € 1.000)"
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

    /// The largest amount accepted: far above any municipal budget. Many of
    /// them can still add up past `largestTotal`.
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

/// The totals of a begroting: per post (in the order of `posts`), per year
/// (in the order of `years`) and of the whole.
public struct BegrotingTotals: Sendable {
    public let posts: [Int]
    public let years: [Int]
    public let total: Int
}
