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

    /// Whether the words after a citation name another regulation: a
    /// name with a capital ("Gemeentewet", ", Awb"), or "van", "uit" or
    /// "der" followed by anything but this agreement.
    private static func citesOtherRegulation(_ rest: Substring) -> Bool {
        let afterComma = rest.hasPrefix(",") ? rest.dropFirst() : rest
        let words = afterComma.drop { $0 == " " || $0 == "\n" }
        // "artikel 4." ends the sentence; only a comma or space leads to a name.
        guard words.startIndex > rest.startIndex else { return false }
        if let first = words.first, first.isUppercase { return true }
        let next = words.prefix { $0.isLetter }.lowercased()
        guard ["van", "uit", "der"].contains(next) else { return false }
        let object = words.dropFirst(next.count).drop { $0 == " " || $0 == "\n" }.lowercased()
        return !(object.hasPrefix("deze overeenkomst") || object.hasPrefix("de overeenkomst") || object.hasPrefix("dit"))
    }
}
