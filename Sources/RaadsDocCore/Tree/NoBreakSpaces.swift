/// The spaces a line must not break at, because the words on either side
/// are one unit: "€ 2.000", "artikel 4", "§ 2", "1 augustus 2021". Writers
/// put a no-break space there; the text itself, and what it says, stay as
/// written.
public enum NoBreakSpaces {
    /// `text` with each such space a no-break space; `text` itself when it
    /// has none. `numberFollows` says that a number comes right after the
    /// text (a cross-reference field), so that "artikel " before it binds
    /// too. The writers call this for every run of text, so it walks the
    /// UTF-8 bytes once and looks at the words only where a number, or a
    /// word that may be one, stands next to a space.
    public static func bound(_ text: String, numberFollows: Bool = false) -> String {
        var storage = text
        let bindings = storage.withUTF8 { bytes in bindingSpaces(in: bytes, of: text, numberFollows: numberFollows) }
        guard !bindings.isEmpty else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + bindings.count)
        var start = 0
        let bytes = Array(text.utf8)
        for offset in bindings {
            result += bytes[start..<offset]
            result += [0xC2, 0xA0]  // U+00A0 NO-BREAK SPACE
            start = offset + 1
        }
        result += bytes[start...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte offsets of the spaces in `bytes` (the UTF-8 of `text`)
    /// that join a unit.
    private static func bindingSpaces(in bytes: UnsafeBufferPointer<UInt8>, of text: String, numberFollows: Bool) -> [Int] {
        let space = UInt8(ascii: " ")
        var found: [Int] = []
        var wordStart = 0
        var index = bytes.firstIndex(of: space) ?? bytes.count
        while index < bytes.count {
            let afterStart = index + 1
            var next = afterStart
            while next < bytes.count, bytes[next] != space { next += 1 }
            // A reference field follows the last space: a number after it.
            let fieldFollows = next == bytes.count && afterStart == next && numberFollows
            if fieldFollows || mayBind(bytes[wordStart..<index], bytes[afterStart..<next]) {
                let before = text.utf8Slice(wordStart..<index)
                if binds(before, fieldFollows ? "1" : text.utf8Slice(afterStart..<next)) { found.append(index) }
            }
            wordStart = afterStart
            index = next
        }
        return found
    }

    /// A byte-level sieve for `binds`, from what each of its rules needs:
    /// a number right after the space ("€ 2.000", "artikel 4", "augustus
    /// 2021"), or a short number before it and a letter after it ("1
    /// augustus"). A Character is a number when its first scalar has a
    /// numeric type; a number of other scripts before the space is bounded
    /// to eight bytes. ASCII, nearly every byte here, is told apart
    /// without decoding (once per space of every text run).
    private static func mayBind(_ before: Slice<UnsafeBufferPointer<UInt8>>, _ after: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = after.first else { return false }
        if first >= 0x80 { return startsWithNumber(after) }
        if isDigit(first) { return true }
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20), let lead = before.first,
              lead >= 0x80 ? startsWithNumber(before) : isDigit(lead) else { return false }
        if before.contains(where: { $0 >= 0x80 }) { return before.count <= 8 }
        return before.count <= 2 && before.allSatisfy(isDigit)
    }

    /// Whether the first scalar of the UTF-8 in `bytes` has a numeric type.
    private static func startsWithNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first else { return false }
        if first < 0x80 { return isDigit(first) }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.numericType != nil
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

extension String {
    /// The text between two UTF-8 offsets that fall on scalar boundaries
    /// (here: next to a space).
    fileprivate func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}
