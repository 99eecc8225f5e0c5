import RaadsDocCore
import RaadsDocSchema

/// Citations typed as words instead of as references: "artikel 12, tweede
/// lid", "artikel 4, § 3", "artikel 4 lid 3". raadsdoc cannot keep their
/// numbers right, but it can tell when one names an article or lid the
/// agreement does not have. A citation of another regulation ("artikel 171,
/// eerste lid, Gemeentewet", "artikel 12 van de statuten") is left alone.
package enum HandCitations {
    package struct Found: Equatable {
        /// From "artikel" to the end of the lid, as typed.
        package let range: Range<String.Index>
        package let article: Int
        package let member: Int?
    }

    /// "artikel 4" or "art. 4", then optionally ", tweede lid", " lid 2",
    /// ", § 2" or ", paragraaf 2".
    nonisolated(unsafe) private static let pattern =
        /(?i)\b(?:artikel|art\.)\s+(\d{1,4})(?![\d\p{L}]|[.:]\d)(?:,\s+(\p{L}+)\s+lid\b|\s+lid\s+(\d{1,3})\b|,\s+(?:§|paragraaf)\s*(\d{1,3})\b)?/

    /// Every hand-typed citation of this agreement in `text`.
    package static func find(in text: String) -> [Found] {
        guard text.range(of: "art", options: .caseInsensitive) != nil else { return [] }
        return text.matches(of: pattern).compactMap { match in
            guard let article = Int(match.output.1), !citesOtherRegulation(text[match.range.upperBound...]) else { return nil }
            let member = match.output.2.flatMap(DutchNumerals.ordinalValue) ?? (match.output.3 ?? match.output.4).flatMap { Int($0) }
            return Found(range: match.range, article: article, member: member)
        }
    }

    /// Whether the words after a citation name another regulation: past
    /// the rest of the citation ("onder b en d", ", derde lid", "sub 2°"),
    /// a name with a capital ("Gemeentewet", ", Awb"), or "van", "uit" or
    /// "der" followed by anything but this agreement.
    private static func citesOtherRegulation(_ rest: Substring) -> Bool {
        var words = rest
        while true {
            let separated = words.drop { $0 == " " || $0 == "\n" || $0 == "," }
            // "artikel 4." ends the sentence; only a comma or space leads on.
            guard separated.startIndex > words.startIndex, let first = separated.first else { return false }
            let word = separated.prefix { !($0 == " " || $0 == "\n" || $0 == "," || $0 == "." || $0 == ";" || $0 == ":") }
            guard !word.isEmpty else { return false }
            if first.isUppercase { return true }
            let lowered = word.lowercased()
            if ["van", "uit", "der"].contains(lowered) {
                let object = separated.dropFirst(word.count).drop { $0 == " " || $0 == "\n" }.lowercased()
                return !(object.hasPrefix("deze overeenkomst") || object.hasPrefix("de overeenkomst") || object.hasPrefix("dit"))
            }
            guard citationWords.contains(lowered) || DutchNumerals.ordinalValue(lowered) != nil || isNumber(word) else { return false }
            words = separated.dropFirst(word.count)
        }
    }

    /// Words that continue a citation: "onder b en d", "lid 2", "aanhef".
    private static let citationWords: Set<String> = [
        "lid", "leden", "onder", "onderdeel", "onderdelen", "sub", "subonderdeel", "§", "§§", "paragraaf", "paragrafen",
        "en", "of", "tot", "met", "aanhef", "volzin",
    ]

    /// "2", "b", "2°", "a)", "iv": a number of a lid or onderdeel.
    private static func isNumber(_ word: Substring) -> Bool {
        let bare = word.filter { $0 != "°" && $0 != ")" }
        guard !bare.isEmpty, bare.count <= 4 else { return false }
        return bare.count == 1 || bare.allSatisfy(\.isNumber) || bare.allSatisfy { "ivx".contains($0) }
    }
}
