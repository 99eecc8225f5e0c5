import RaadsDocCore
import RaadsDocSchema

/// Symbolic references in an agreement's text. The syntax reads well in
/// YAML and survives Markdown untouched:
/// - `[[governance]]` → "artikel 4";
/// - `[[governance/3]]`, `[[governance/bestuurlijk-overleg/a]]` → a lid,
///   onderdeel or subonderdeel, each step an id or a position (1, 2, …);
/// - `[[4]]`, `[[4/3/1]]` → the article at that place, and further steps;
/// - `[[taken/2/2]] en [[taken/2/3]]` → "artikel 1, tweede lid, onderdelen
///   b en c", each number its own link;
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
    ///
    /// `within` is where the text stands, so that a citation inside the
    /// same article leaves the article out. References that follow each
    /// other joined by ", ", " en " or " of " and differ only in their last
    /// number are cited together ("onderdelen b en c"): each stays its own
    /// link, the first with the shared words.
    package static func resolved(_ text: String, outline: OvereenkomstOutline, within: ClausePath? = nil) -> Resolved {
        let scheme = outline.scheme
        var resolved: [(range: Range<String.Index>, citation: Citation)] = []
        for occurrence in occurrences(in: text) {
            guard let content = occurrence.content, case .success(var citation) = outline.resolve(content) else { continue }
            if let path = citation.path { citation.inlines = scheme.citationInlines(path, within: within) }
            resolved.append((occurrence.range, citation))
        }
        var result = ""
        var citations: [String: [[Inline]]] = [:]
        var last = text.startIndex
        var index = 0
        while index < resolved.count {
            var group = [resolved[index]]
            var words = [resolved[index].citation.inlines]
            while index + group.count < resolved.count, let previous = group.last {
                let next = resolved[index + group.count]
                let paths = (group + [next]).compactMap(\.citation.path)
                guard isJoiner(text[previous.range.upperBound..<next.range.lowerBound]), paths.count == group.count + 1,
                      let combined = scheme.combinedCitationInlines(paths, within: within) else { break }
                group.append(next)
                words = combined
            }
            for (member, inlines) in zip(group, words) {
                result += text[last..<member.range.lowerBound]
                let shown = startsSentence(result) ? capitalized(inlines) : Self.withoutRepeatedArticle(inlines, after: result)
                if let target = member.citation.target {
                    citations["#" + target, default: []].append(shown)
                    result += "[\(shown.plainText)](#\(target))"
                } else {
                    result += shown.plainText
                }
                last = member.range.upperBound
            }
            index += group.count
        }
        result += text[last...]
        return Resolved(markdown: result, citations: citations)
    }

    /// "de artikelen 2 en 3", "het tweede lid" after the "de" or "het"
    /// the author wrote: without their own.
    private static func withoutRepeatedArticle(_ inlines: [Inline], after preceding: String) -> [Inline] {
        guard case .text(let first)? = inlines.first, preceding.hasSuffix(" ") else { return inlines }
        let lastWord = String(preceding.dropLast().reversed().prefix { $0.isLetter }.reversed()).lowercased()
        guard let article = ["de ", "het "].first(where: first.hasPrefix), lastWord + " " == article else { return inlines }
        return [.text(String(first.dropFirst(article.count)))] + inlines.dropFirst()
    }

    /// Whether what stands between two references joins them into one
    /// citation: ", ", " en " or " of ", across a line break too.
    private static func isJoiner(_ between: Substring) -> Bool {
        let words = between.split { $0 == " " || $0 == "\n" }
        guard !between.isEmpty else { return false }
        switch words {
        case [","]: return between.first == "," && between.count > 1
        case ["en"], ["of"]: return between.first == " " || between.first == "\n"
        default: return false
        }
    }

    /// A text with its references resolved: Markdown, and the inlines of
    /// each citation by the link it became (one link may be cited in
    /// several forms, alone and together with others).
    package struct Resolved {
        package let markdown: String
        package let citations: [String: [[Inline]]]

        /// `inlines` with each citation link holding the citation's words
        /// and live numbers; a link whose words were changed keeps them.
        package func live(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .link(let url, let children):
                    guard let forms = citations[url] else { return .link(url: url, live(children)) }
                    let written = children.plainText
                    guard let citation = forms.first(where: { $0.plainText == written }) else { return inline }
                    return .link(url: url, citation)
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

    /// A citation at the start of a sentence: its first word with a
    /// capital; a paragraaf sign written out ("Paragraaf 2", "Paragrafen 2
    /// en 3"), since no sentence starts with "§".
    private static func capitalized(_ inlines: [Inline]) -> [Inline] {
        switch inlines.first {
        case .text(let first)? where first.hasPrefix("§§ "):
            return [.text("Paragrafen " + first.dropFirst(3))] + inlines.dropFirst()
        case .text(let first)?:
            return [.text(capitalized(first))] + inlines.dropFirst()
        case .reference(_, let text)? where text.hasPrefix("§ "):
            let rest = inlines.dropFirst()
            if case .text(let next)? = rest.first {
                return [.text("Paragraaf " + text.dropFirst(2) + next)] + rest.dropFirst()
            }
            return [.text("Paragraaf " + text.dropFirst(2))] + rest
        default:
            return inlines
        }
    }
}
