/// Symbolic references in an agreement's text. The syntax reads well in
/// YAML and survives Markdown untouched:
/// - `[[governance]]` → "artikel 4";
/// - `[[governance/3]]`, `[[governance/bestuurlijk-overleg/a]]` → a lid,
///   onderdeel or subonderdeel, each step an id or a position (1, 2, …);
/// - `[[financien-hoofdstuk]]` → "hoofdstuk 2"; `[[gelet-op]]` → "B";
/// - `[[datum:inwerkingtreding]]` → "1 augustus 2021".
/// The words follow the numbering style; a reference that starts a
/// sentence starts with a capital.
enum CrossReferences {
    struct Occurrence {
        /// From the opening `[[` to just after the closing `]]` (or to the
        /// end of the line when it is not closed).
        let range: Range<String.Index>
        /// What stands between the brackets; nil when they are not closed.
        let content: Substring?
    }

    static let opening = "[["
    static let closing = "]]"

    /// The references in `text`, in order. An opening without a closing on
    /// its line is one unclosed reference; the rest of that line is skipped,
    /// so that a line of stray brackets costs no more than one pass.
    static func occurrences(in text: String) -> [Occurrence] {
        guard mayContainReference(text) else { return [] }
        var found: [Occurrence] = []
        var rest = text[...]
        while let open = rest.firstRange(of: opening) {
            let afterOpen = rest[open.upperBound...]
            let lineEnd = afterOpen.firstIndex(of: "\n") ?? afterOpen.endIndex
            let line = afterOpen[..<lineEnd]
            guard let close = line.firstRange(of: closing) else {
                found.append(Occurrence(range: open.lowerBound..<lineEnd, content: nil))
                rest = text[lineEnd...]
                continue
            }
            if let nested = line[..<close.lowerBound].firstRange(of: opening) {
                found.append(Occurrence(range: open.lowerBound..<nested.lowerBound, content: nil))
                rest = text[nested.lowerBound...]
            } else {
                found.append(Occurrence(range: open.lowerBound..<close.upperBound, content: line[..<close.lowerBound]))
                rest = text[close.upperBound...]
            }
        }
        return found
    }

    /// Whether `text` has a "[[" at all: a byte scan that lets the many
    /// texts without references skip the search.
    private static func mayContainReference(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "[") && previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// At most this many broken references are reported per text; past
    /// that, the author has a different problem.
    static let reportLimit = 20

    /// Every reference in `text` that cannot be resolved, with the reason.
    static func failures(in text: String, outline: AgreementOutline) -> [(index: String.Index, message: String)] {
        let failures = occurrences(in: text).lazy.compactMap { occurrence -> (index: String.Index, message: String)? in
            guard let content = occurrence.content else {
                return (occurrence.range.lowerBound, "de verwijzing is niet afgesloten met ']]'")
            }
            if case .failure(let failure) = outline.resolve(content) {
                return (occurrence.range.lowerBound, failure.message)
            }
            return nil
        }
        return Array(failures.prefix(reportLimit))
    }

    /// The text with every reference replaced by its words. References that
    /// cannot be resolved stay as written; the checks reported them.
    static func resolved(_ text: String, outline: AgreementOutline) -> String {
        var result = ""
        var last = text.startIndex
        for occurrence in occurrences(in: text) {
            guard let content = occurrence.content, case .success(let words) = outline.resolve(content) else { continue }
            result += text[last..<occurrence.range.lowerBound]
            result += startsSentence(result) ? capitalized(words) : words
            last = occurrence.range.upperBound
        }
        result += text[last...]
        return result
    }

    /// Whether text following `preceding` begins a sentence or paragraph.
    private static func startsSentence(_ preceding: String) -> Bool {
        let space = preceding.reversed().prefix { $0 == " " || $0 == "\n" }
        guard let previous = preceding.dropLast(space.count).last else { return true }
        return space.count { $0 == "\n" } >= 2 || (!space.isEmpty && [".", "!", "?"].contains(previous))
    }

    private static func capitalized(_ words: String) -> String {
        guard let first = words.first else { return words }
        return first.uppercased() + words.dropFirst()
    }
}
