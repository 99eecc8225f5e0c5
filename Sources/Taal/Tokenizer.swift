/// Splits Dutch text into words, numbers, abbreviations, URLs, e-mail
/// addresses and code spans, each with its UTF-8 byte range.
///
/// Within a word, hyphens join parts ("e-mail", "Noord-Holland") and an
/// apostrophe between letters stays ("zo'n", "auto's"); a hyphen right
/// after a word before a space stays too, as in "wind- en zonne-energie".
/// HTML tags and character entities ("<li>", "&amp;") are markup, not
/// text, and yield no tokens.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var scanner = TokenScanner(ScalarText(text))
        return scanner.scan()
    }

    /// Only the tokens made of letters (kinds `.word` and `.abbreviation`).
    public static func words(in text: String) -> [Token] {
        tokens(in: text).filter(\.isWord)
    }
}

/// Top-level domains that make "gemeente.nl" an address rather than two
/// words and a full stop.
private let topLevelDomains: Set<String> = [
    "nl", "be", "eu", "com", "org", "net", "info", "gov", "int", "brussels", "vlaanderen", "frl", "amsterdam",
]

struct TokenScanner {
    let text: ScalarText
    var position = 0
    var tokens: [Token] = []

    init(_ text: ScalarText) {
        self.text = text
    }

    mutating func scan() -> [Token] {
        while position < text.count {
            let start = position
            if let end = markupEnd(at: start) {
                position = end
            } else if text.scalars[start] == "`", let end = codeEnd(at: start) {
                emit(start..<end, .code)
            } else if let end = urlEnd(at: start) {
                emit(start..<end, .url)
            } else if let end = emailEnd(at: start) {
                emit(start..<end, .email)
            } else if startsWord(at: start) {
                scanWord(at: start)
            } else {
                position += 1
            }
        }
        return tokens
    }

    private mutating func emit(_ range: Range<Int>, _ kind: Token.Kind) {
        tokens.append(Token(text: text.string(range), range: text.byteRange(range), kind: kind))
        position = range.upperBound
    }

    private func startsWord(at index: Int) -> Bool {
        guard let scalar = text[index] else { return false }
        if scalar.isWordCharacter { return true }
        let before = text[index - 1]
        let afterBoundary = before.map { $0.isSpace || "([/\"“‘".unicodeScalars.contains($0) } ?? true
        // "-adaptatie" in "klimaatmitigatie en -adaptatie".
        if scalar.isHyphen, afterBoundary, text[index + 1]?.isLetterLike == true { return true }
        // "'s", "'t", "'n" as in "'s avonds", "'s-Hertogenbosch".
        if scalar.isApostrophe, afterBoundary, let letter = text[index + 1], "stnk".unicodeScalars.contains(letter) {
            return text[index + 2].map { !$0.isLetterLike } ?? true
        }
        return false
    }

    private mutating func scanWord(at start: Int) {
        if let end = abbreviationEnd(start: start) {
            emit(start..<end, .abbreviation)
            return
        }
        var index = start
        if text.scalars[index].isHyphen || text.scalars[index].isApostrophe { index += 1 }
        let firstEnd = segmentEnd(from: index)
        var allDigits = isDigits(index..<firstEnd)
        var segmentStart = index
        index = firstEnd
        while let connector = text[index], text[index + 1]?.isWordCharacter == true {
            let nextEnd = segmentEnd(from: index + 1)
            let next = index + 1..<nextEnd
            let joined: Bool
            if connector.isHyphen {
                joined = true
            } else if connector.isApostrophe {
                // "auto's", "RES'en", "baby'tje", "d'Hondt"; not the quote in "klimaat'team'".
                let short = nextEnd - (index + 1) <= 3 || index - segmentStart <= 2
                joined = short && text[index - 1]?.isLetterLike == true && text[index + 1]?.isLetterLike == true
            } else if connector.isNumberSeparator {
                joined = allDigits && isDigits(next)
            } else {
                joined = false
            }
            guard joined else { break }
            allDigits = allDigits && isDigits(next)
            segmentStart = index + 1
            index = nextEnd
        }
        if allDigits {
            emit(start..<index, .number)
            return
        }
        // A hyphen left hanging before a space or comma: "wind- en".
        if let hyphen = text[index], hyphen.isHyphen,
           text[index + 1].map({ $0.isSpace || ",/)".unicodeScalars.contains($0) }) ?? true {
            index += 1
        }
        emit(start..<index, .word)
    }

    private func segmentEnd(from start: Int) -> Int {
        var index = start
        while let scalar = text[index], scalar.isWordCharacter { index += 1 }
        return index
    }

    private func isDigits(_ range: Range<Int>) -> Bool {
        !range.isEmpty && text.scalars[range].allSatisfy(\.isDigit)
    }

    /// "d.d.", "t.a.v.", "o.a.": single letters each followed by a stop,
    /// at least two of them. Returns the end after the last stop.
    private func abbreviationEnd(start: Int) -> Int? {
        var index = start
        var letters = 0
        while let letter = text[index], letter.isLetterLike, text[index + 1] == ".",
              text[index - 1].map({ !$0.isLetterLike }) ?? true {
            letters += 1
            index += 2
        }
        return letters >= 2 ? index : nil
    }

    /// The end of an HTML tag or character entity starting here.
    private func markupEnd(at index: Int) -> Int? {
        let scalar = text.scalars[index]
        if scalar == "<", let next = text[index + 1], next.isLetterLike || next == "/" || next == "!" {
            var end = index + 1
            while let current = text[end], current != ">", current != "<", current != "\n" { end += 1 }
            return text[end] == ">" ? end + 1 : nil
        }
        if scalar == "&" {
            var end = index + 1
            if text[end] == "#" { end += 1 }
            let nameStart = end
            while let current = text[end], current.isWordCharacter, end - nameStart < 10 { end += 1 }
            return end > nameStart && text[end] == ";" ? end + 1 : nil
        }
        return nil
    }

    /// The end after the closing backtick on the same line.
    private func codeEnd(at index: Int) -> Int? {
        var end = index + 1
        while let current = text[end], current != "`", current != "\n" { end += 1 }
        return text[end] == "`" && end > index + 1 ? end + 1 : nil
    }

    private func urlEnd(at index: Int) -> Int? {
        if let before = text[index - 1], before.isWordCharacter || before == "." || before == "@" { return nil }
        let prefixes = ["https://", "http://", "www.", "mailto:"]
        let hasPrefix = prefixes.contains { prefix in
            prefix.unicodeScalars.enumerated().allSatisfy { offset, expected in
                text[index + offset].map { $0 == expected || ($0.value >= 0x41 && $0.value <= 0x5A && $0.value + 0x20 == expected.value) } ?? false
            }
        }
        var end = index
        while let current = text[end], !current.isSpace, !"<>\"“”‘’()[]".unicodeScalars.contains(current) { end += 1 }
        while end > index, let last = text[end - 1], ".,;:!?'".unicodeScalars.contains(last) { end -= 1 }
        if hasPrefix { return end > index ? end : nil }
        // Most words hold no stop: no domain, and no string to build.
        guard text.scalars[index..<end].contains(".") else { return nil }
        // A bare domain: "gemeente.nl", "ce.nl/publicaties".
        let candidate = text.string(index..<end)
        let host = candidate.split(separator: "/", maxSplits: 1).first.map(String.init) ?? candidate
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, topLevelDomains.contains(last.lowercased()),
              labels.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.isWordCharacter || $0.isHyphen } })
        else { return nil }
        return end
    }

    private func emailEnd(at index: Int) -> Int? {
        if let before = text[index - 1], before.isWordCharacter || before == "." { return nil }
        var end = index
        while let current = text[end], current.isWordCharacter || "._%+-@".unicodeScalars.contains(current) { end += 1 }
        while end > index, text[end - 1] == "." { end -= 1 }
        guard text.scalars[index..<end].contains("@") else { return nil }
        let candidate = text.string(index..<end)
        let sides = candidate.split(separator: "@", omittingEmptySubsequences: false)
        guard sides.count == 2, !sides[0].isEmpty, sides[1].contains("."),
              sides[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty })
        else { return nil }
        return end
    }
}

extension Unicode.Scalar {
    /// Joins digit groups: "1.000,50", "1/1/2023", "12:30", "2023-2026".
    var isNumberSeparator: Bool { self == "." || self == "," || self == "/" || self == ":" || isHyphen }
}
