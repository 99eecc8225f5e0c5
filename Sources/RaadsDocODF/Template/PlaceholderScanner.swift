import RaadsDocCore
import XMLSupport

/// Finds the placeholders in one paragraph of a template and rewrites the
/// paragraph so that each becomes a single marker element.
///
/// LibreOffice splits what the author typed as "{{onderwerp}}" over several
/// elements whenever part of it was formatted or edited separately: spans
/// (also the invisible `officeooo:rsid` spans of editing sessions), `text:s`
/// for spaces, soft page breaks, bookmarks and change-tracking marks. The
/// scanner reads the paragraph's text through those elements, finds the
/// placeholders in it, and removes their characters from whichever text
/// nodes held them, leaving the zero-width elements where they were.
package enum PlaceholderScanner {
    /// The name of the marker element; "#" cannot start an XML name, so no
    /// template can contain one.
    package static let markerName = "#plaatshouder"
    package static let longestPlaceholder = 80

    /// Elements whose text is part of the paragraph's text.
    private static let transparent: Set<String> = ["span", "a", "meta"]
    /// Elements that take no room in the text.
    private static let zeroWidth: Set<String> = [
        "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "change", "change-start", "change-end",
        "reference-mark", "reference-mark-start", "reference-mark-end", "toc-mark", "toc-mark-start",
        "toc-mark-end", "alphabetical-index-mark", "alphabetical-index-mark-start",
        "alphabetical-index-mark-end", "user-index-mark", "user-index-mark-start", "user-index-mark-end",
    ]
    /// Stands for anything else (a tab, a field, a frame): a placeholder
    /// cannot run across it.
    private static let barrier: Unicode.Scalar = "\u{FFFC}"

    /// What a paragraph turned out to hold.
    package struct Found {
        package var names: [String] = []
        /// Whether the paragraph holds nothing but its placeholders and white space.
        package var alone = true
    }

    /// A text node or a `text:s` in the paragraph, by its index path.
    private struct Slot {
        var path: [Int]
        var text: [Unicode.Scalar]
        var isSpaceElement: Bool
    }

    private struct Flattened {
        var slots: [Slot] = []
        var scalars: [Unicode.Scalar] = []
        /// For each scalar, its slot and offset in it; slot -1 for a barrier.
        var owners: [(slot: Int, offset: Int)] = []

        mutating func collect(_ element: XMLElement, path: [Int]) {
            for (index, child) in element.children.enumerated() {
                switch child {
                case .text(let text):
                    add(Slot(path: path + [index], text: Array(text.unicodeScalars), isSpaceElement: false))
                case .element(let child) where child.namespace == ODFNamespaces.text:
                    if PlaceholderScanner.transparent.contains(child.localName) {
                        collect(child, path: path + [index])
                    } else if child.localName == "s" {
                        // More spaces than a placeholder can hold need not be counted.
                        let count = min(max(Int(child.value(ODFNamespaces.text, "c") ?? "1") ?? 1, 1),
                                        PlaceholderScanner.longestPlaceholder + 1)
                        add(Slot(path: path + [index], text: Array(repeating: " ", count: count), isSpaceElement: true))
                    } else if !PlaceholderScanner.zeroWidth.contains(child.localName) {
                        scalars.append(PlaceholderScanner.barrier)
                        owners.append((-1, 0))
                    }
                case .element:
                    scalars.append(PlaceholderScanner.barrier)
                    owners.append((-1, 0))
                }
            }
        }

        private mutating func add(_ slot: Slot) {
            for offset in slot.text.indices {
                scalars.append(slot.text[offset])
                owners.append((slots.count, offset))
            }
            slots.append(slot)
        }
    }

    /// Rewrites `paragraph` with a marker per placeholder and returns the
    /// names in order of appearance.
    package static func normalize(_ paragraph: inout XMLElement) -> Found {
        var flat = Flattened()
        flat.collect(paragraph, path: [])
        let matches = self.matches(in: flat.scalars)
        var result = Found()
        result.names = matches.map(\.name)
        var position = 0
        for match in matches + [(range: flat.scalars.count..<flat.scalars.count, name: "")] {
            for scalar in flat.scalars[position..<match.range.lowerBound]
            where scalar == barrier || !scalar.properties.isWhitespace {
                result.alone = false
            }
            position = match.range.upperBound
        }
        for match in matches.reversed() {
            remove(match, from: &paragraph, flat: flat)
        }
        return result
    }

    /// The placeholders in the text: "{{", a name of at most
    /// `longestPlaceholder` characters without braces or barriers, "}}".
    /// Names are read in lower case: LibreOffice's autocorrect capitalises
    /// the first word of a sentence, and "{{Inhoud}}" means "{{inhoud}}".
    package static func matches(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, name: String)] {
        var found: [(range: Range<Int>, name: String)] = []
        var index = 0
        while index + 3 < scalars.count {
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            var end = index + 2
            var closed = false
            while end + 1 < scalars.count, end - index <= longestPlaceholder {
                let scalar = scalars[end]
                if scalar == "}" {
                    closed = scalars[end + 1] == "}"
                    break
                }
                if scalar == "{" || scalar == barrier { break }
                end += 1
            }
            if closed {
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[(index + 2)..<end])
                found.append((index..<(end + 2), String(name).trimmingSpaces.lowercased()))
                index = end + 2
            } else {
                index += 1
            }
        }
        return found
    }

    /// Removes the characters of `match` from the slots that hold them and
    /// puts a marker where it began. Slots are edited last to first, so the
    /// index paths of the slots still to edit stay valid.
    private static func remove(_ match: (range: Range<Int>, name: String), from paragraph: inout XMLElement,
                               flat: Flattened) {
        var spans: [(slot: Int, lower: Int, upper: Int)] = []
        for position in match.range {
            let owner = flat.owners[position]
            if let last = spans.last, last.slot == owner.slot {
                spans[spans.count - 1].upper = owner.offset + 1
            } else {
                spans.append((owner.slot, owner.offset, owner.offset + 1))
            }
        }
        for (order, span) in spans.enumerated().reversed() where flat.slots.indices.contains(span.slot) {
            let slot = flat.slots[span.slot]
            edit(at: slot.path[...], in: &paragraph) { current in
                // A text node may already have lost a later placeholder, so
                // it is cut as it is now, not as it was collected.
                guard !slot.isSpaceElement, case .text(let text) = current else { return [] }
                let scalars = Array(text.unicodeScalars)
                var replacement: [XMLContent] = [.text(string(scalars[..<min(span.lower, scalars.count)]))]
                if order == 0 {
                    replacement.append(.element(XMLElement(name: markerName,
                                                           attributes: [XMLAttribute(name: "naam", value: match.name)])))
                }
                if span.upper < scalars.count { replacement.append(.text(string(scalars[span.upper...]))) }
                return replacement
            }
        }
    }

    /// Replaces the node at `path` by what `body` makes of it.
    private static func edit(at path: ArraySlice<Int>, in element: inout XMLElement,
                             _ body: (XMLContent) -> [XMLContent]) {
        guard let first = path.first, element.children.indices.contains(first) else { return }
        if path.count == 1 {
            element.children.replaceSubrange(first...first, with: body(element.children[first]))
            return
        }
        guard case .element(var child) = element.children[first] else { return }
        edit(at: path.dropFirst(), in: &child, body)
        element.children[first] = .element(child)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
