/// The spaces a line must not break at, because the words on either side
/// are one unit: "€ 2.000", "artikel 4", "§ 2", "1 augustus 2021". Writers
/// put a no-break space there; the text itself, and what it says, stay as
/// written.
public enum NoBreakSpaces {
    public static let noBreakSpace: Character = "\u{00A0}"

    /// `text` with each such space a no-break space; `text` itself when it
    /// has none, so most text costs one scan. `numberFollows` says that a
    /// number comes right after the text (a cross-reference field), so
    /// that "artikel " before it binds too.
    public static func bound(_ text: String, numberFollows: Bool = false) -> String {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var result = String(words[0])
        var changed = false
        for index in 1..<words.count {
            let isLast = index == words.count - 1
            let binds = binds(words[index - 1], isLast && words[index].isEmpty && numberFollows ? "1" : words[index])
            changed = changed || binds
            result.append(binds ? noBreakSpace : " ")
            result += words[index]
        }
        return changed ? result : text
    }

    /// Whether the space between `before` and `after` joins a unit.
    static func binds(_ before: Substring, _ after: Substring) -> Bool {
        guard let next = after.first, let last = before.last else { return false }
        // "€ 2.000", "x € 1.000"
        if before == "€" { return next.isNumber }
        let word = before.lowercased().drop { $0 == "(" || $0 == "“" || $0 == "‘" }
        // "artikel 4", "lid 2", "§ 3", "hoofdstuk 2", "bijlage 1", "art. 171"
        if next.isNumber && citationWords.contains(String(word)) { return true }
        // "1 augustus", "augustus 2021"
        if last.isNumber, before.count <= 2, before.allSatisfy(\.isNumber) {
            return months.contains(String(after.lowercased().prefix { $0.isLetter }))
        }
        if months.contains(String(word)) {
            let digits = after.prefix { $0.isNumber }
            return digits.count == 4
        }
        return false
    }

    private static let citationWords: Set<String> = [
        "artikel", "artikelen", "art.", "lid", "leden", "§", "§§", "paragraaf", "paragrafen", "hoofdstuk", "hoofdstukken",
        "bijlage", "bijlagen", "onderdeel", "onderdelen", "afdeling", "titel", "pagina", "nr.", "nummer",
    ]

    private static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]
}

extension [Inline] {
    /// Whether the inline at `index` is a cross-reference field (a number).
    public func isReference(at index: Int) -> Bool {
        guard indices.contains(index), case .reference = self[index] else { return false }
        return true
    }
}
