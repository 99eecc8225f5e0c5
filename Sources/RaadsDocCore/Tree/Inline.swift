/// Inline content of a paragraph, heading or cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case lineBreak
    /// A tab, used between a hanging label and its text.
    case tab
    case link(url: String, [Inline])
    /// Text the author shows as struck through (~~weg~~).
    case strikethrough([Inline])
    /// A footnote: a number here, its blocks at the foot of the page,
    /// numbered in order by the word processor.
    case note([Block])
    /// A number the word processor reads from the list item or heading
    /// marked `bookmark`, so that it follows when that one is renumbered;
    /// `text` is what it reads now.
    case reference(bookmark: String, text: String)
    /// Words one version of a redline has and the other has not.
    case change(TrackedChange, [Inline])
}

extension [Inline] {
    /// The text without markup, as a reader would copy it.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += text
            case .emphasis(let inner), .strong(let inner), .link(_, let inner), .strikethrough(let inner), .change(_, let inner):
                result += inner.plainText
            case .note: break
            case .lineBreak: result += "\n"
            case .tab: result += "\t"
            case .reference(_, let text): result += text
            }
        }
        return result
    }
}

extension [Inline] {
    /// Whether the text ends in a colon: a lead-in line ("In deze
    /// overeenkomst wordt verstaan onder:") that belongs on the page of what
    /// it introduces. Looks only at the last text, not the whole paragraph.
    public var isLeadIn: Bool {
        for inline in reversed() {
            switch inline {
            case .text(let text):
                guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { continue }
                return last == ":"
            case .emphasis(let inner), .strong(let inner), .link(_, let inner), .strikethrough(let inner):
                return inner.isLeadIn
            case .change(let change, let inner):
                if change.kind == .insertion { return inner.isLeadIn }
            case .note, .lineBreak, .tab:
                continue
            case .reference:
                return false
            }
        }
        return false
    }
}
