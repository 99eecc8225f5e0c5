import RaadsDocCore
import RaadsDocSchema

/// Numbers typed by hand where raadsdoc numbers: a lid that starts with
/// "3.", an onderdeel with "b)", a title "Artikel 4 Governance". Such a
/// number goes stale as soon as something is added or moved, and would
/// stand next to the generated one.
package enum HandNumbering {
    /// The label a lid, onderdeel or other numbered text starts with:
    /// "1.", "a)", "iv.", "2°", "§ 3", "(b)".
    package static func label(in text: String) -> Range<String.Index>? {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let rest = text[start...]
        if rest.first == "§" {
            let digits = rest.dropFirst().drop { $0 == " " }.prefix(while: \.isNumber)
            return digits.isEmpty ? nil : start..<digits.endIndex
        }
        if rest.first == "(" {
            let inner = rest.dropFirst().prefix { $0.isLetter || $0.isNumber }
            guard inner.endIndex < rest.endIndex, rest[inner.endIndex] == ")", isNumeral(inner) else { return nil }
            return start..<rest.index(after: inner.endIndex)
        }
        let token = rest.prefix { $0.isLetter || $0.isNumber }
        guard isNumeral(token), token.endIndex < rest.endIndex else { return nil }
        let punctuation = rest[token.endIndex...].prefix { $0 == "." || $0 == ")" || $0 == "°" }
        guard !punctuation.isEmpty, punctuation.count <= 2 else { return nil }
        guard punctuation.endIndex == rest.endIndex || rest[punctuation.endIndex].isWhitespace else { return nil }
        return start..<punctuation.endIndex
    }

    /// "Artikel 4", "Art. 4", "Hoofdstuk 2" at the start of a title.
    package static func titleLabel(in text: String) -> Range<String.Index>? {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let rest = text[start...]
        let word = rest.prefix { $0.isLetter || $0 == "." }
        guard ["artikel", "art.", "hoofdstuk"].contains(word.lowercased()) else { return nil }
        let digits = rest[word.endIndex...].drop { $0 == " " }.prefix(while: \.isNumber)
        return digits.isEmpty ? nil : start..<digits.endIndex
    }

    /// Digits, one letter or a doubled one ("aa"), or a Roman numeral.
    private static func isNumeral(_ token: Substring) -> Bool {
        guard !token.isEmpty, token.count <= 4 else { return false }
        if token.allSatisfy(\.isNumber) { return token.count <= 3 }
        guard token.allSatisfy(\.isLetter) else { return false }
        if token.count == 1 { return true }
        let lowered = token.lowercased()
        if lowered.count == 2, lowered.first == lowered.last { return true }
        return lowered.allSatisfy { "ivxlc".contains($0) }
    }
}
