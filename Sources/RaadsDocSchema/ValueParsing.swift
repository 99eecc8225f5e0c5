import RaadsDocCore

/// Parsing of the typed scalar forms, shared by the spec checker (which
/// reports) and the object reader (which converts what was checked). Each
/// failure says what is wrong and how to write it instead.
public enum ValueParsing {
    public struct Failure: Error {
        public let rule: Rule
        public let message: String
    }

    public static func date(_ text: String, field: String) -> Result<Datum, Failure> {
        let trimmed = String(text.trimmingSpaces)
        if let datum = Datum(iso: trimmed) { return .success(datum) }
        if Datum.hasISOShape(trimmed) {
            return .failure(Failure(rule: InputRules.impossibleDate,
                                    message: "de datum \(trimmed) in '\(field)' bestaat niet: \(DateNotation.whyImpossible(trimmed))"))
        }
        let message = DateNotation.isoSuggestion(for: trimmed).map {
            "'\(field)' moet een datum als JJJJ-MM-DD zijn, niet '\(trimmed)'; schrijf \($0)"
        } ?? "'\(field)' moet een datum als JJJJ-MM-DD zijn, zoals 2021-07-13, niet '\(trimmed)'"
        return .failure(Failure(rule: InputRules.dateNotation, message: message))
    }

    public static func amount(_ text: String, field: String) -> Result<Bedrag, Failure> {
        let trimmed = String(text.trimmingSpaces)
        switch Bedrag.parse(text) {
        case .success(let bedrag):
            return .success(bedrag)
        case .failure(.negative):
            return .failure(Failure(rule: InputRules.amount,
                                    message: "'\(field)' mag niet negatief zijn ('\(trimmed)'); schrijf het bedrag zonder minteken"))
        case .failure(.notWholeOrCents):
            return .failure(Failure(rule: InputRules.amount, message: "'\(trimmed)' in '\(field)' \(AmountNotation.problem(trimmed))"))
        case .failure(.notANumber):
            return .failure(Failure(rule: InputRules.amount,
                                    message: "'\(trimmed)' in '\(field)' is geen bedrag; schrijf hele euro's (2000000 of 2.000.000) of euro's met centen (1.234,56)"))
        case .failure(.tooLarge):
            return .failure(Failure(rule: InputRules.amount,
                                    message: "'\(trimmed)' in '\(field)' is groter dan raadsdoc als bedrag aanneemt; controleer het aantal cijfers"))
        }
    }

    public static func integer(_ text: String, range: ClosedRange<Int>?, field: String) -> Result<Int, Failure> {
        let trimmed = text.trimmingSpaces
        let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : trimmed
        let isDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        if isDigits && (digits.count > 15 || Int(trimmed) == nil) {
            let bounds = range.map { "; het moet tussen \($0.lowerBound) en \($0.upperBound) liggen" } ?? ""
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "het getal in '\(field)' is te groot (\(digits.count) cijfers)\(bounds)"))
        }
        guard isDigits, let value = Int(trimmed) else {
            let bounds = range.map { " tussen \($0.lowerBound) en \($0.upperBound)" } ?? ""
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "'\(field)' moet een geheel getal\(bounds) zijn, niet '\(trimmed)'; schrijf alleen cijfers"))
        }
        if let range, !range.contains(value) {
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "'\(field)' moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(value)"))
        }
        return .success(value)
    }

    public static func decimal(_ text: String, decimals: Int, range: ClosedRange<Int>?, field: String) -> Result<ExactDecimal, Failure> {
        guard let value = ExactDecimal.parse(text, decimals: decimals) else {
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "'\(field)' moet een getal met hoogstens \(decimals) \(decimals == 1 ? "decimaal" : "decimalen") zijn, zoals 2,5, niet '\(text.trimmingSpaces)'"))
        }
        if let range, value < ExactDecimal(units: range.lowerBound, decimals: 0) || ExactDecimal(units: range.upperBound, decimals: 0) < value {
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "'\(field)' moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(value.dutch)"))
        }
        return .success(value)
    }

    /// The words `boolean` accepts, lowercased: ja and nee, as docs/invoer.md says.
    public static let booleanWords = (yes: ["ja"], no: ["nee"])

    /// The English words YAML editors suggest, with the Dutch word to write instead.
    private static let englishBooleans = ["true": "ja", "yes": "ja", "on": "ja", "false": "nee", "no": "nee", "off": "nee"]

    public static func boolean(_ text: String, field: String) -> Result<Bool, Failure> {
        let word = text.trimmingSpaces.lowercased()
        if booleanWords.yes.contains(word) { return .success(true) }
        if booleanWords.no.contains(word) { return .success(false) }
        if let dutch = englishBooleans[word] {
            return .failure(Failure(rule: InputRules.notBoolean,
                                    message: "'\(field)' moet ja of nee zijn, niet '\(text.trimmingSpaces)'; schrijf \(dutch)"))
        }
        return .failure(Failure(rule: InputRules.notBoolean, message: "'\(field)' moet ja of nee zijn, niet '\(text.trimmingSpaces)'"))
    }

    public static func choice(_ text: String, options: [String], field: String) -> Result<String, Failure> {
        let value = String(text.trimmingSpaces)
        if options.contains(value) { return .success(value) }
        let suggestion = Suggestions.closest(to: value, among: options).map { " — bedoelde je '\($0)'?" } ?? "."
        return .failure(Failure(rule: InputRules.invalidChoice,
                                message: "'\(value)' is geen geldige waarde voor '\(field)'\(suggestion) Kies uit: \(options.joined(separator: ", "))"))
    }
}

/// Advice on dates written another way than YYYY-MM-DD.
package enum DateNotation {
    /// Why a date of the ISO shape does not exist: "februari 2021 heeft 28
    /// dagen".
    package static func whyImpossible(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map { Int($0) ?? 0 }
        guard parts.count == 3 else { return "schrijf een bestaande datum" }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        if year == 0 { return "jaar 0 bestaat niet" }
        guard (1...12).contains(month) else { return "maand \(month) bestaat niet; de maanden lopen van 01 tot en met 12" }
        if day == 0 { return "dag 0 bestaat niet; de dagen beginnen bij 01" }
        let days = Datum.daysIn(month: month, year: year)
        return "\(Datum.monthNames[month - 1]) \(year) heeft \(days) dagen"
    }

    /// The ISO form of a date written as 13-07-2021, 13/7/2021, 13.07.2021,
    /// 2021-7-13 or 13 juli 2021, when that date exists.
    package static func isoSuggestion(for text: String) -> String? {
        let parts = text.lowercased().split(whereSeparator: { "-/. ".contains($0) }).map(String.init)
        guard parts.count == 3 else { return nil }
        let month = Int(parts[1]) ?? Datum.monthNames.firstIndex(of: parts[1]).map { $0 + 1 }
        guard let month, let first = Int(parts[0]), let last = Int(parts[2]) else { return nil }
        let datum = parts[0].count == 4
            ? Datum(year: first, month: month, day: last)
            : parts[2].count == 4 ? Datum(year: last, month: month, day: first) : nil
        return datum?.iso
    }
}

/// Advice on amounts that are neither whole euros nor euros with cents.
package enum AmountNotation {
    /// What is wrong with an amount `Bedrag.parse` refused as
    /// `.notWholeOrCents`, and how to write it.
    package static func problem(_ text: String) -> String {
        var body = Substring(text)
        if body.hasPrefix("€") { body = body.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" } }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let example = parts[1].count == 1 ? "\(parts[0]),\(parts[1])0" : "12,50"
            return "heeft geen twee cijfers achter de komma; schrijf centen met twee cijfers, zoals \(example)"
        }
        if parts.count > 2 {
            return "heeft meer dan één komma; schrijf euro's met centen zoals 1.234,56"
        }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count == 2, let last = groups.last, (1...2).contains(last.count) {
            return "is geen geheel aantal euro's: in een bedrag scheidt een punt groepen van drie cijfers. Schrijf centen met een komma, zoals \(groups[0]),\(last.count == 1 ? last + "0" : last)"
        }
        let digits = body.filter { $0 != "." }
        let regrouped = Int(digits).map { " (\(DutchNumber.grouped($0)))" } ?? ""
        return "heeft de punten niet om de drie cijfers; schrijf het bedrag zonder punten of met een punt voor elke drie cijfers\(regrouped)"
    }
}
