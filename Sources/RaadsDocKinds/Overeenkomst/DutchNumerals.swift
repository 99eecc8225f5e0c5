import RaadsDocCore
import RaadsDocSchema

/// Numbers written out in Dutch, as legal texts write them: "derde lid",
/// "in zesvoud", "twee maanden".
package enum DutchNumerals {
    private static let cardinals = [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
    ]
    private static let tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    private static let smallOrdinals = [
        "", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
        "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
    ]

    /// "een" … "negenennegentig"; digits beyond.
    package static func cardinal(_ number: Int) -> String {
        switch number {
        case 0...20: return cardinals[number]
        case 21...99:
            let unit = number % 10
            guard unit > 0 else { return tens[number / 10] }
            let unitWord = cardinals[unit]
            return unitWord + (unitWord.hasSuffix("e") ? "ën" : "en") + tens[number / 10]
        default: return String(number)
        }
    }

    /// "eerste", "derde", "eenentwintigste"; "100e" beyond ninety-nine.
    package static func ordinal(_ number: Int) -> String {
        switch number {
        case 1...19: smallOrdinals[number]
        case 20...99: cardinal(number) + "ste"
        default: "\(number)e"
        }
    }

    /// The number an ordinal word stands for: "tweede" → 2,
    /// "eenentwintigste" → 21.
    package static func ordinalValue(_ word: some StringProtocol) -> Int? {
        let lowered = word.lowercased()
        if let small = smallOrdinals.firstIndex(of: lowered), small > 0 { return small }
        guard lowered.hasSuffix("ste") else { return nil }
        let stem = lowered.dropLast(3)
        return (20...99).first { cardinal($0) == stem }
    }

    /// "tweevoud", "zesvoud": in how many copies a document is signed.
    package static func multiplicative(_ number: Int) -> String {
        switch number {
        case 1: "enkelvoud"
        case 2...20: cardinal(number) + "voud"
        default: "\(number)-voud"
        }
    }

    /// The number a word or digits stand for: "11", "twee", "één".
    package static func parse(_ word: Substring) -> Int? {
        if let number = Int(word), number >= 0 { return number }
        let lowered = word.lowercased()
        if lowered == "één" { return 1 }
        return cardinals.firstIndex(of: lowered)
    }
}
