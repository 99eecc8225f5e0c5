import RaadsDocCore

/// The writers put no-break spaces where words form a unit ("1 mei 2025",
/// "artikel 4"), looking at one text run at a time. A redline cuts runs at
/// changed words, so the spaces are bound before comparing, on the whole
/// text of each version, as the writer would bind them there.
enum BoundSpaces {
    static func apply(_ document: Document) -> Document {
        var document = document
        document.header = document.header.map(apply)
        document.body = document.body.map(apply)
        document.signature = document.signature.map(apply)
        document.attachments = document.attachments.map(apply)
        return document
    }

    private static func apply(_ block: Block) -> Block {
        block.mappingInlines(bound)
    }

    static func bound(_ inlines: [Inline]) -> [Inline] {
        inlines.indices.map { index in
            switch inlines[index] {
            case .text(let text): .text(NoBreakSpaces.bound(text, numberFollows: inlines.isReference(at: index + 1)))
            case .emphasis(let children): .emphasis(bound(children))
            case .strong(let children): .strong(bound(children))
            case .strikethrough(let children): .strikethrough(bound(children))
            case .link(let url, let children): .link(url: url, bound(children))
            case .change(let change, let children): .change(change, bound(children))
            case let other: other
            }
        }
    }
}
