/// The spaces a line must not break at, because the words on either side
/// are one unit: "€ 2.000", "artikel 4", "§ 2", "1 augustus 2021". Writers
/// put a no-break space there; the text itself, and what it says, stay as
/// written.
public enum NoBreakSpaces {
    public static let noBreakSpace: Character = "\u{00A0}"

    /// `text` with each such space a no-break space; `text` itself when it
    /// has none. `numberFollows` says that a number comes right after the
    /// text (a cross-reference field), so that "artikel " before it binds
    /// too. The writers call this for every run of text, so it walks the
    /// UTF-8 bytes once and looks closer only where a number, or a word
    /// that may be one, stands next to a space.
    public static func bound(_ text: String, numberFollows: Bool = false) -> String {
        let utf8 = text.utf8
        var bindings: [String.Index] = []
        var wordStart = utf8.startIndex
        var space = utf8.firstIndex(of: UInt8(ascii: " "))
        while let current = space {
            let afterStart = utf8.index(after: current)
            let next = utf8[afterStart...].firstIndex(of: UInt8(ascii: " "))
            let afterEnd = next ?? utf8.endIndex
            // A reference field follows the last space: a number after it.
            let fieldFollows = next == nil && afterStart == afterEnd && numberFollows
            if fieldFollows || mayBind(utf8[wordStart..<current], utf8[afterStart..<afterEnd]),
               binds(text[wordStart..<current], fieldFollows ? "1" : text[afterStart..<afterEnd]) {
                bindings.append(current)
            }
            wordStart = afterStart
            space = next
        }
        guard !bindings.isEmpty else { return text }
        // Built through the scalar view, which cuts exactly at each space;
        // String's own subscript rounds to whole Characters, and a space
        // with a combining mark after it is one.
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var start = scalars.startIndex
        for index in bindings {
            result.append(contentsOf: scalars[start..<index])
            result.append("\u{00A0}")
            start = scalars.index(after: index)
        }
        result.append(contentsOf: scalars[start...])
        return String(result)
    }

    /// A byte-level sieve for `binds`: every rule needs a number right
    /// after the space (€, citation words, "augustus 2021") or a short
    /// number before it ("1 augustus"). Anything not ASCII goes to `binds`.
    private static func mayBind(_ before: Substring.UTF8View, _ after: Substring.UTF8View) -> Bool {
        guard let first = after.first else { return false }
        if first >= 0x80 || isDigit(first) { return true }
        if before.contains(where: { $0 >= 0x80 }) { return before.count <= 8 }
        return !before.isEmpty && before.count <= 2 && before.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
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
