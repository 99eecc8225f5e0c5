/// Parsing of the typed scalar forms, shared by the spec checker (which
/// reports) and the object reader (which converts what was checked).
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
                                    message: "de datum \(trimmed) in '\(field)' bestaat niet"))
        }
        return .failure(Failure(rule: InputRules.dateNotation,
                                message: "'\(field)' moet een datum als JJJJ-MM-DD zijn, niet '\(trimmed)'"))
    }

    public static func amount(_ text: String, field: String) -> Result<Bedrag, Failure> {
        switch Bedrag.parse(text) {
        case .success(let bedrag): return .success(bedrag)
        case .failure(.negative):
            return .failure(Failure(rule: InputRules.amount, message: "'\(field)' mag niet negatief zijn"))
        case .failure(.notWholeOrCents):
            return .failure(Failure(rule: InputRules.amount,
                                    message: "'\(text)' in '\(field)' is geen geheel aantal euro's; schrijf centen met een komma: \"1.234,56\""))
        case .failure(.notANumber):
            return .failure(Failure(rule: InputRules.amount, message: "'\(text)' in '\(field)' is geen bedrag"))
        }
    }

    public static func integer(_ text: String, range: ClosedRange<Int>?, field: String) -> Result<Int, Failure> {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.count <= 15, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              let value = Int(trimmed) else {
            return .failure(Failure(rule: InputRules.invalidNumber, message: "'\(field)' moet een geheel getal zijn, niet '\(text)'"))
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
                                    message: "'\(field)' moet een getal met hoogstens \(decimals) decimalen zijn, niet '\(text)'"))
        }
        if let range, value < ExactDecimal(units: range.lowerBound, decimals: 0) || ExactDecimal(units: range.upperBound, decimals: 0) < value {
            return .failure(Failure(rule: InputRules.invalidNumber,
                                    message: "'\(field)' moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(value.dutch)"))
        }
        return .success(value)
    }

    public static func boolean(_ text: String, field: String) -> Result<Bool, Failure> {
        switch text.trimmingSpaces.lowercased() {
        case "ja", "true", "yes": .success(true)
        case "nee", "false", "no": .success(false)
        default: .failure(Failure(rule: InputRules.notBoolean, message: "'\(field)' moet ja of nee zijn, niet '\(text)'"))
        }
    }
}
