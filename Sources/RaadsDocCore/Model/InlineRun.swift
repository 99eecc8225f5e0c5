/// Inlines being gathered, with adjacent text merged into one `.text` so
/// the writer sees one run per sentence. The trailing text grows in one
/// string of its own: cmark splits a paragraph's text at every line break
/// and special character, and re-concatenating the last `.text` for each
/// piece copied the whole run every time.
struct InlineRun {
    private var items: [Inline] = []
    /// The text after `items`, not yet one of them; nil when the last
    /// inline is not text.
    private var text: String?

    /// Appends `piece` to the trailing text, or starts one.
    mutating func appendText(_ piece: String) {
        if text == nil { text = piece } else { text?.append(piece) }
    }

    /// Appends an inline as it is; text merges with the text before it.
    mutating func append(_ inline: Inline) {
        if case .text(let piece) = inline { return appendText(piece) }
        flush()
        items.append(inline)
    }

    /// Appends inlines as they are, merging only their last text with what
    /// follows (a container's inlines keep their first text separate from
    /// the text before them).
    mutating func append(contentsOf inlines: [Inline]) {
        guard !inlines.isEmpty else { return }
        flush()
        if case .text(let last)? = inlines.last {
            items += inlines.dropLast()
            text = last
        } else {
            items += inlines
        }
    }

    consuming func inlines() -> [Inline] {
        flush()
        return items
    }

    private mutating func flush() {
        if let text {
            items.append(.text(text))
            self.text = nil
        }
    }
}
