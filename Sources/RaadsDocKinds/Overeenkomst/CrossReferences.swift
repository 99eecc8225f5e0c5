import RaadsDocCore
import RaadsDocSchema

/// Symbolic references in an agreement's text. The syntax reads well in
/// YAML and survives Markdown untouched:
/// - `[[governance]]` → "artikel 4";
/// - `[[governance/3]]`, `[[governance/bestuurlijk-overleg/a]]` → a lid,
///   onderdeel or subonderdeel, each step an id or a position (1, 2, …);
/// - `[[financien-hoofdstuk]]` → "hoofdstuk 2"; `[[gelet-op]]` → "B";
/// - `[[datum:inwerkingtreding]]` → "1 augustus 2021".
/// The words follow the numbering style; a reference that starts a
/// sentence starts with a capital. Every citation links to the bookmark of
/// what it cites, and its numbers are LibreOffice references where
/// LibreOffice can show them as written (docs/verwijzingen.md).
package enum CrossReferences {
    package struct Occurrence {
        /// From the opening `[[` to just after the closing `]]` (or to the
        /// end of the line when it is not closed).
        package let range: Range<String.Index>
        /// What stands between the brackets; nil when they are not closed.
        package let content: Substring?
    }

    /// The references in `text`, in order. An opening without a closing on
    /// its line is one unclosed reference; the rest of that line is skipped,
    /// so that a line of stray brackets costs no more than one pass. Works
    /// on the UTF-8 bytes: the brackets are ASCII, and a byte search is
    /// many times cheaper than a search by characters.
    package static func occurrences(in text: String) -> [Occurrence] {
        let utf8 = text.utf8
        guard utf8.withContiguousStorageIfAvailable(mayContainReference) ?? true else { return [] }
        let bytes = Array(utf8)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var found: [Occurrence] = []
        var position = 0
        while let open = find(UInt8(ascii: "["), in: bytes, from: position, before: bytes.count) {
            let afterOpen = open + 2
            let lineEnd = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            guard let close = find(UInt8(ascii: "]"), in: bytes, from: afterOpen, before: lineEnd) else {
                found.append(Occurrence(range: index(open)..<index(lineEnd), content: nil))
                position = lineEnd
                continue
            }
            if let nested = find(UInt8(ascii: "["), in: bytes, from: afterOpen, before: close) {
                found.append(Occurrence(range: index(open)..<index(nested), content: nil))
                position = nested
            } else {
                found.append(Occurrence(range: index(open)..<index(close + 2), content: text[index(afterOpen)..<index(close)]))
                position = close + 2
            }
        }
        return found
    }

    /// Where `bracket` first stands twice in a row in `bytes[start..<end]`
    /// (both within the range).
    private static func find(_ bracket: UInt8, in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        var offset = start
        while offset + 1 < end {
            if bytes[offset + 1] != bracket {
                offset += 2
            } else if bytes[offset] == bracket {
                return offset
            } else {
                offset += 1
            }
        }
        return nil
    }

    /// Whether the text has a "[[" at all: a byte scan that lets the many
    /// texts without references skip the search.
    private static func mayContainReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "[") && previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// At most this many broken references are reported per text; past
    /// that, the author has a different problem.
    package static let reportLimit = 20

    /// Every reference in `text` that cannot be resolved, with the reason.
    package static func failures(in text: String, outline: OvereenkomstOutline) -> [(index: String.Index, message: String)] {
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

    /// The text with every reference replaced by its words: as a Markdown
    /// link to the bookmark of what it cites ("[artikel 4 lid 3](#art-4-lid-3)"),
    /// which `live` then fills with the numbers LibreOffice keeps up to
    /// date; a date as plain words. References that cannot be resolved stay
    /// as written; the checks reported them.
    package static func resolved(_ text: String, outline: OvereenkomstOutline) -> Resolved {
        var result = ""
        var citations: [String: [Inline]] = [:]
        var last = text.startIndex
        for occurrence in occurrences(in: text) {
            guard let content = occurrence.content, case .success(let citation) = outline.resolve(content) else { continue }
            result += text[last..<occurrence.range.lowerBound]
            let words = startsSentence(result) ? capitalized(citation.words) : citation.words
            if let target = citation.target {
                citations["#" + target] = citation.inlines
                result += "[\(words)](#\(target))"
            } else {
                result += words
            }
            last = occurrence.range.upperBound
        }
        result += text[last...]
        return Resolved(markdown: result, citations: citations)
    }

    /// A text with its references resolved: Markdown, and the inlines of
    /// each citation by the link it became.
    package struct Resolved {
        package let markdown: String
        package let citations: [String: [Inline]]

        /// `inlines` with each citation link holding the citation's words
        /// and live numbers; a link whose words were changed keeps them.
        package func live(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .link(let url, let children):
                    guard let citation = citations[url] else { return .link(url: url, live(children)) }
                    let written = children.plainText
                    if written == citation.plainText { return .link(url: url, citation) }
                    if written == capitalized(citation.plainText), case .text(let first)? = citation.first {
                        return .link(url: url, [.text(capitalized(first))] + citation.dropFirst())
                    }
                    return inline
                case .emphasis(let children): return .emphasis(live(children))
                case .strong(let children): return .strong(live(children))
                default: return inline
                }
            }
        }
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
