import RaadsDocCore
import RaadsDocSchema

extension ExactDecimal {
    /// Dutch notation with the thousands grouped, for measured values in
    /// tables: "12.000", "2,5", "1.250,75".
    package var groupedDutch: String {
        let plain = dutch
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let comma = unsigned.firstIndex(of: ",") ?? unsigned.endIndex
        let whole = Int(unsigned[..<comma]).map(DutchNumber.grouped) ?? String(unsigned[..<comma])
        return (negative ? "-" : "") + whole + unsigned[comma...]
    }
}
