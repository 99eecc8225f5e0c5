import RaadsDocCore
import RaadsDocSchema

/// When a resultaat of a werkstroom is due, as the author writes it:
/// "voor 2021-10-01", "per …", "vanaf …", "uiterlijk …", "uiterlijk per …",
/// "halfjaarlijks", "gedurende het jaar", or "uiterlijk binnen 1 maand na
/// afronding kwartaal". The recurring forms are turned into dates inside the
/// plan's periode.
public enum Timing: Sendable, Equatable {
    /// A single date with the word that says how it binds.
    case dated(Deadline, Datum)
    case halfYearly
    case duringTheYear
    /// A report due `months` months after every quarter that ends inside
    /// the periode.
    case afterEachQuarter(months: Int)

    public enum Deadline: String, Sendable, CaseIterable {
        case voor, per, vanaf, uiterlijk
        case uiterlijkPer = "uiterlijk per"

        /// Capitalised, as at the start of a resultaat: "Uiterlijk per".
        package var opening: String {
            rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// The forms, for messages and the spec.
    public static let forms = "'voor JJJJ-MM-DD', 'per JJJJ-MM-DD', 'vanaf JJJJ-MM-DD', 'uiterlijk JJJJ-MM-DD', "
        + "'uiterlijk per JJJJ-MM-DD', 'halfjaarlijks', 'gedurende het jaar' of "
        + "'uiterlijk binnen 1 maand na afronding kwartaal'"

    /// Reads a timing; on failure, a Dutch explanation of what is wrong.
    public static func parse(_ text: String) -> Result<Timing, Problem> {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        switch words {
        case ["halfjaarlijks"]: return .success(.halfYearly)
        case ["gedurende", "het", "jaar"]: return .success(.duringTheYear)
        default: break
        }
        if words.count == 7, words[0] == "uiterlijk", words[1] == "binnen", ["maand", "maanden"].contains(words[3]),
           words[4...] == ["na", "afronding", "kwartaal"] {
            guard let months = Int(words[2]), (1...12).contains(months) else {
                return .failure(Problem("'\(words[2])' is geen aantal maanden van 1 tot en met 12"))
            }
            return .success(.afterEachQuarter(months: months))
        }
        guard let last = words.last, let deadline = Deadline(rawValue: words.dropLast().joined(separator: " ")) else {
            return .failure(Problem("'\(text.trimmingSpaces)' is geen timing die raadsdoc kent; schrijf \(forms)"))
        }
        guard let date = Datum(iso: last) else {
            let reason = Datum.hasISOShape(last) ? "de datum \(last) bestaat niet"
                : "schrijf de datum als JJJJ-MM-DD, zoals '\(deadline.rawValue) 2021-10-01'"
            return .failure(Problem("'\(text.trimmingSpaces)': \(reason)"))
        }
        return .success(.dated(deadline, date))
    }

    public struct Problem: Error, Sendable, Equatable {
        public let message: String
        package init(_ message: String) { self.message = message }
    }

    /// The words that open the resultaat in the document, dates in Dutch:
    /// "Voor 1 oktober 2021", "Halfjaarlijks, dus voor eind 2021, medio 2022
    /// en eind 2022", "Uiterlijk binnen 1 maand na afronding kwartaal
    /// (1 oktober 2021, 1 januari 2022)".
    public func opening(in periode: Periode) -> String {
        switch self {
        case .dated(let deadline, let date):
            return deadline.opening + " " + date.dutch
        case .duringTheYear:
            return "Gedurende het jaar"
        case .halfYearly:
            let moments = periode.halfYearEnds.map { ($0.month == 6 ? "medio " : "eind ") + String($0.year) }
            return moments.isEmpty ? "Halfjaarlijks" : "Halfjaarlijks, dus voor " + DutchList.joined(moments)
        case .afterEachQuarter(let months):
            let completions = periode.quarterCompletions.map(\.dutch)
            let phrase = "Uiterlijk binnen \(months) \(months == 1 ? "maand" : "maanden") na afronding kwartaal"
            return completions.isEmpty ? phrase : phrase + " (" + completions.joined(separator: ", ") + ")"
        }
    }
}

/// The period a plan covers, both days included.
public struct Periode: Sendable, Equatable {
    public var start: Datum
    public var end: Datum

    public init(start: Datum, end: Datum) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: Datum) -> Bool {
        start <= date && date <= end
    }

    /// The last day of every quarter that ends inside the periode.
    public var quarterEnds: [Datum] {
        periodEnds(everyMonths: 3)
    }

    /// The first day after every quarter that ends inside the periode: the
    /// moment the quarter is "afgerond".
    public var quarterCompletions: [Datum] {
        quarterEnds.compactMap { $0.adding(days: 1) }
    }

    /// 30 June and 31 December of every half year that ends inside the periode.
    public var halfYearEnds: [Datum] {
        periodEnds(everyMonths: 6)
    }

    /// The last days of the calendar periods of `months` months (3: the
    /// quarters, 6: the half years) that fall inside the periode.
    private func periodEnds(everyMonths months: Int) -> [Datum] {
        guard start <= end else { return [] }
        var ends: [Datum] = []
        for year in start.year...end.year {
            for month in stride(from: months, through: 12, by: months) {
                if let last = Datum(year: year, month: month, day: Datum.daysIn(month: month, year: year)), contains(last) {
                    ends.append(last)
                }
            }
        }
        return ends
    }
}
